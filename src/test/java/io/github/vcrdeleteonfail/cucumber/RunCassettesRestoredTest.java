package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.LogCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's own cassettes ({@link Cassettes#deleteOnRunFailure}) with {@code on-failure: restore}:
 * registered in a {@code @BeforeAll} hook, put back when a run-level hook fails, kept otherwise.
 */
class RunCassettesRestoredTest {

    @TempDir Path tmp;
    private Path cassette;
    private LogCapture log;
    private AttachedPlugin run;

    @BeforeEach
    void registerTheRunsCassetteThenSpoilIt() throws IOException {
        tmp = tmp.toRealPath();
        Path cassettes = tmp.resolve("cassettes");
        cassette = cassettes.resolve("setup/tokens.yaml");
        Files.createDirectories(cassette.getParent());
        Files.writeString(cassette, "recorded");
        Path config =
                Files.writeString(
                        tmp.resolve("vcr.yaml"),
                        "cassette-dir: " + cassettes + "\nci-output: off\non-failure: restore\n");
        log = LogCapture.start();
        run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        run.send(TestRunStarted.class, new TestRunStarted(Instant.now()));
        Cassettes.deleteOnRunFailure(Path.of("setup/tokens.yaml"));
        Files.writeString(cassette, "spoilt");
    }

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    @Test
    void aRunThatFailsInARunLevelHookGetsItsCassetteBack() {
        finishRun(Status.FAILED, new IllegalStateException("AfterAll failed"));

        assertThat(cassette).hasContent("recorded");
    }

    @Test
    void aRunThatPassesKeepsItsCassetteAsItIsAndSaysWhy() {
        finishRun(Status.PASSED, null);

        assertThat(cassette).hasContent("spoilt");
        assertThat(log.lines())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains("Kept the run's cassettes [setup/tokens.yaml]")
                                        .endsWith(": the run did not fail"));
    }

    private void finishRun(Status status, Throwable error) {
        run.send(
                TestRunFinished.class,
                new TestRunFinished(Instant.now(), new Result(status, Duration.ZERO, error)));
    }
}
