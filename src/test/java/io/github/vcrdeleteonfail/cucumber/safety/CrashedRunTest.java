package io.github.vcrdeleteonfail.cucumber.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.core.cli.Main;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.internal.files.Checkpoints;
import io.github.vcrdeleteonfail.cucumber.safety.killglue.KillSteps;
import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
    private final Map<Process, Path> logs = new HashMap<>();
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
        Process first = start(feature, null);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(signal) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(signal).as(output(first)).exists();
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }

        assertKilledMidScenarioThenRepaired();
    }

    @Test
    void aRunHaltedInTheMiddleOfTheRestoreIsRepairedByTheNextRun() throws Exception {
        Path feature = crashFeature("a step fails");
        Process first = start(feature, "restore.after-incoming");
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(output(first)).isEqualTo(Checkpoints.HALT_STATUS);

        assertKilledMidScenarioThenRepaired();
    }

    @Test
    void aRunKilledWhileRefreshingIsRepairedByTheNextRun() throws Exception {
        Files.writeString(config, "refresh: all\n", java.nio.file.StandardOpenOption.APPEND);
        Path feature = crashFeature("the JVM is killed here");
        Process first = start(feature, null);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(signal) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(signal).as(output(first)).exists();
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }

        assertKilledMidScenarioThenRepaired();
    }

    private void assertKilledMidScenarioThenRepaired() throws Exception {
        assertThat(cassettes.resolve(CASSETTE))
                .as("the run died with the new, partial recording in place")
                .hasContent("half a new recording");
        assertThat(work).as("the dead run left its journal").isDirectory();

        Process second = start(tmp.resolve("features/calm.feature"), null);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = output(second);
        assertThat(second.exitValue()).as(output).isZero();

        assertThat(Files.readAllBytes(cassettes.resolve(CASSETTE)))
                .as("byte for byte the good recording")
                .isEqualTo(GOOD);
        try (Stream<Path> left = Files.list(cassettes.resolve(CASSETTE).getParent())) {
            assertThat(left).containsExactly(cassettes.resolve(CASSETTE));
        }
        assertThat(log(output))
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

    private Process start(Path feature, String haltAt) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-D" + SampleSteps.CASSETTE_DIR_PROPERTY + "=" + cassettes);
        command.add("-D" + KillSteps.SIGNAL_PROPERTY + "=" + signal);
        command.add("-Dcucumber.publish.quiet=true");
        command.add("-Djava.util.logging.config.file=" + loggingConfig());
        if (haltAt != null) {
            command.add("-D" + Checkpoints.PROPERTY + "=" + haltAt);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.add("--glue");
        command.add(SampleSteps.class.getPackageName());
        command.add("--glue");
        command.add(KillSteps.class.getPackageName());
        command.add("--plugin");
        command.add(VcrDeleteOnFailPlugin.class.getName() + ":" + config);
        command.add("--monochrome");
        command.add(feature.toString());
        File log = Files.createTempFile(tmp, "cucumber", ".log").toFile();
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(tmp.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log);
        builder.environment().keySet().removeIf(k -> k.startsWith("VCR_DELETE_ON_FAIL_"));
        Process process = builder.start();
        logs.put(process, log.toPath());
        return process;
    }

    private String output(Process process) throws IOException {
        return Files.readString(logs.get(process), StandardCharsets.UTF_8);
    }

    private static List<String> log(String output) {
        return output.lines()
                .filter(l -> l.startsWith("VCR "))
                .map(l -> l.substring(4))
                .collect(Collectors.toList());
    }

    private Path loggingConfig() throws IOException {
        Path file = tmp.resolve("logging.properties");
        if (!Files.exists(file)) {
            Files.writeString(
                    file,
                    "handlers=java.util.logging.ConsoleHandler\n"
                            + "java.util.logging.ConsoleHandler.level=ALL\n"
                            + "java.util.logging.SimpleFormatter.format=VCR %4$s: %5$s%6$s%n\n"
                            + VcrDeleteOnFailPlugin.LOGGER_NAME
                            + ".level=ALL\n");
        }
        return file;
    }
}
