package com.example.users;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** The service under test, embedded for the demo: a tiny JSON API on 127.0.0.1. */
final class UserService {

    private static HttpServer server;
    private static final AtomicInteger CALLS = new AtomicInteger();

    private UserService() {}

    static synchronized String start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(
                    "/users/alice",
                    exchange -> {
                        CALLS.incrementAndGet();
                        String body =
                                exchange.getRequestURI().getPath().endsWith("/orders")
                                        ? "[{\"order\":1},{\"order\":2}]"
                                        : "{\"id\":\"alice\",\"name\":\"Alice Liddell\"}";
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, bytes.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(bytes);
                        }
                    });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    static int calls() {
        return CALLS.get();
    }
}
