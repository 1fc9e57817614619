package io.github.vcrdeleteonfail.cucumber.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.files.Checkpoints;
import io.github.vcrdeleteonfail.cucumber.safety.killglue.KillSteps;
import io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun;
import io.github.vcrdeleteonfail.cucumber.testkit.ForkedRun;
import io.github.vcrdeleteonfail.cucumber.testkit.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the real Cucumber CLI in forked JVMs, {@code on-failure: restore}: a run killed
 * in the middle of a scenario that re-records a good cassette (by SIGKILL once the recording is
 * written, or halted in the middle of the restore after the scenario failed), then a second run
 * that does not touch the cassette: the cassette is byte for byte its good recording again, the
 * second run's log names the repaired cassette at WARNING, and the work folder is gone.
 */
class CrashedRunTest {

    private static final String CASSETTE = "crash/Re-record_the_users.yaml";
    private static final byte[] GOOD =
            "interactions:\n- request: GET /users\n  response: 200 [alice, bob]\n"
                    .getBytes(StandardCharsets.UTF_8);

    @TempDir Path tmp;
    private Path cassettes;
    private Path work;
    private Path config;
    private Path signal;

    @BeforeEach
    void prepare() throws IOException {
        tmp = tmp.toRealPath();
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
        work = tmp.resolve("vcr-work");
        signal = tmp.resolve("recorded.signal");
        Files.createDirectories(cassettes.resolve(CASSETTE).getParent());
        Files.write(cassettes.resolve(CASSETTE), GOOD);
        config =
                Files.writeString(
                        tmp.resolve("vcr.yaml"),
                        "cassette-dir: "
                                + cassettes
                                + "\non-failure: restore\nsnapshot-dir: "
                                + work
                                + "\n");
        Files.createDirectories(tmp.resolve("features"));
        Files.writeString(
                tmp.resolve("features/calm.feature"),
                "Feature: Calm\n  Scenario: Nothing is recorded\n    When a step passes\n");
    }

    private Path crashFeature(String lastStep) throws IOException {
        return Files.writeString(
                tmp.resolve("features/crash.feature"),
                "@vcr-delete-on-fail\nFeature: Crash\n  Scenario: Re-record the users\n"
                        + "    Given the recorder writes \"half a new recording\" into the"
                        + " default cassette\n    When "
                        + lastStep
                        + "\n");
    }

    @Test
    void aRunKilledAfterReRecordingIsRepairedByTheNextRun() throws Exception {
        Path feature = crashFeature("the JVM is killed here");
        ForkedRun first = start(feature, null);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(signal)
                    && first.process().isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(signal).as(first.console()).exists();
        } finally {
            first.kill();
        }

        assertKilledMidScenarioThenRepaired();
    }

    @Test
    void aRunHaltedInTheMiddleOfTheRestoreIsRepairedByTheNextRun() throws Exception {
        Path feature = crashFeature("a step fails");
        Result first = start(feature, "restore.after-incoming").await();
        assertThat(first.exitStatus()).as(first.describe()).isEqualTo(Checkpoints.HALT_STATUS);

        assertKilledMidScenarioThenRepaired();
    }

    @Test
    void aRunKilledWhileRefreshingIsRepairedByTheNextRun() throws Exception {
        Files.writeString(config, "refresh: all\n", java.nio.file.StandardOpenOption.APPEND);
        aRunKilledAfterReRecordingIsRepairedByTheNextRun();
    }

    private void assertKilledMidScenarioThenRepaired() throws Exception {
        assertThat(cassettes.resolve(CASSETTE))
                .as("the run died with the new, partial recording in place")
                .hasContent("half a new recording");
        assertThat(work).as("the dead run left its journal").isDirectory();

        Result second = start(tmp.resolve("features/calm.feature"), null).await();
        assertThat(second.exitStatus()).as(second.describe()).isZero();

        assertThat(Files.readAllBytes(cassettes.resolve(CASSETTE)))
                .as("byte for byte the good recording")
                .isEqualTo(GOOD);
        try (Stream<Path> left = Files.list(cassettes.resolve(CASSETTE).getParent())) {
            assertThat(left).containsExactly(cassettes.resolve(CASSETTE));
        }
        assertThat(second.log())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith(
                                                "WARNING: Cassette "
                                                        + CASSETTE
                                                        + " repaired after a crash for a run that"
                                                        + " died before it finished: "));
        assertThat(work).as("the work folder").doesNotExist();
    }

    private ForkedRun start(Path feature, String haltAt) throws IOException {
        CucumberRun run =
                CucumberRun.forkedCli()
                        .scratch(Files.createTempDirectory(tmp, "run"))
                        .workingDirectory(tmp)
                        .sampleGlue(cassettes)
                        .glue(KillSteps.class.getPackageName())
                        .systemProperty(KillSteps.SIGNAL_PROPERTY, signal.toString())
                        .plugin(config.toString())
                        .withoutOutput()
                        .features(feature);
        if (haltAt != null) {
            run.systemProperty(Checkpoints.PROPERTY, haltAt);
        }
        return run.start();
    }
}
