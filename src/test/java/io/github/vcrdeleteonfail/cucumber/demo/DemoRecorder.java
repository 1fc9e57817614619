package io.github.vcrdeleteonfail.cucumber.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal "record once" recorder: when its cassette exists it replays it, otherwise it calls the
 * service and appends each interaction to the cassette at once, the way EasyVCR does. A scenario
 * that fails half way therefore leaves a partial cassette behind.
 */
final class DemoRecorder {

    private final Path cassette;
    private final List<String> replay;
    private int next;

    DemoRecorder(Path cassette) {
        this.cassette = cassette;
        try {
            this.replay = Files.exists(cassette) ? read(cassette) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean replaying() {
        return replay != null;
    }

    String get(URI uri) {
        if (replay != null) {
            if (next >= replay.size()) {
                throw new IllegalStateException(
                        "The cassette " + cassette + " has no recorded answer for GET " + uri);
            }
            return replay.get(next++);
        }
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(uri).build(),
                                    HttpResponse.BodyHandlers.ofString());
            Files.createDirectories(cassette.getParent());
            Files.writeString(
                    cassette,
                    "- request: GET " + uri.getPath() + "\n  body: '" + response.body() + "'\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(Path cassette) throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(cassette, StandardCharsets.UTF_8)) {
            if (line.startsWith("  body: '")) {
                bodies.add(line.substring(9, line.length() - 1));
            }
        }
        return bodies;
    }
}
