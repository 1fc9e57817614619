package io.github.vcrdeleteonfail.cucumber.demo;

import com.sun.net.httpserver.HttpServer;
import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The README's demo: starts a user service on 127.0.0.1, runs the suite in {@code examples/demo}
 * with the plugin registered, and says plainly what happened to the cassettes.
 */
public final class Demo {

    static final Path CASSETTE_DIR = Paths.get("target/demo/cassettes").toAbsolutePath();
    private static final String PLUGIN =
            "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin:examples/demo/vcr-delete-on-fail.yaml";
    private static HttpServer server;

    private Demo() {}

    static String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "[%4$s] %5$s%6$s%n");
        deleteRecursively(CASSETTE_DIR);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/users/alice",
                exchange -> {
                    String body =
                            exchange.getRequestURI().getPath().endsWith("/orders")
                                    ? "[{\"order\":1},{\"order\":2}]"
                                    : "{\"id\":\"alice\",\"name\":\"Alice Liddell\"}";
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                });
        server.start();
        int exit;
        try {
            say("Running examples/demo/features with --plugin " + PLUGIN);
            say("Service on " + serviceUrl() + "; cassettes in " + CASSETTE_DIR);
            exit =
                    Main.run(
                            new String[] {
                                "--glue",
                                Demo.class.getPackageName(),
                                "--plugin",
                                PLUGIN,
                                "--plugin",
                                "pretty",
                                "--monochrome",
                                "examples/demo/features"
                            },
                            Demo.class.getClassLoader());
        } finally {
            server.stop(0);
        }
        Path kept = CASSETTE_DIR.resolve("users/Fetch_a_user.yaml");
        Path deleted = CASSETTE_DIR.resolve("users/Fetch_a_user_s_orders.yaml");
        say("Cassettes left: " + list(CASSETTE_DIR));
        boolean asDesigned = exit == 1 && Files.isRegularFile(kept) && !Files.exists(deleted);
        if (asDesigned) {
            say(
                    "DEMO OK: \"Fetch a user's orders\" failed on purpose after recording two"
                            + " interactions; the plugin deleted its partial cassette "
                            + CASSETTE_DIR.relativize(deleted)
                            + ", so the next run records it afresh. The passing scenario kept "
                            + CASSETTE_DIR.relativize(kept)
                            + ".");
            System.exit(0);
        }
        say(
                "DEMO FAILED: expected Cucumber's exit status 1, "
                        + kept
                        + " kept and "
                        + deleted
                        + " deleted; got exit status "
                        + exit
                        + " and "
                        + list(CASSETTE_DIR));
        System.exit(1);
    }

    private static void say(String line) {
        System.out.println(System.lineSeparator() + ">>> " + line);
    }

    private static List<String> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
