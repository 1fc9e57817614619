package io.github.vcrdeleteonfail.cucumber.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun;
import io.github.vcrdeleteonfail.cucumber.testkit.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults during a real run: the run goes on, each fault is reported with its path and cause, and
 * nothing else is touched.
 */
class FaultInjectionTest {

    @TempDir Path tmp;
    private Path cassettes;
    private Path features;
    private Path locked;
    private Result result;
    private List<String> log;

    @BeforeEach
    void createFolders() throws IOException {
        tmp = tmp.toRealPath();
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
        features = Files.createDirectories(tmp.resolve("features"));
    }

    @AfterEach
    void release() throws Exception {
        if (locked != null) {
            unlock(locked);
        }
    }

    @Test
    void aCassetteThatCannotBeDeletedIsReportedAndTheRunGoesOn() throws Exception {
        Path stuck = write("faults/Stuck.yaml", "stuck");
        Path free = write("faults/Free.yaml", "free");
        lock(stuck);
        feature(
                "@vcr-delete-on-fail\nFeature: Faults\n"
                        + "  Scenario: Stuck\n    When a step fails\n"
                        + "  Scenario: Free\n    When a step fails\n");

        assertThat(run(config(""))).as(result.describe()).isEqualTo(1);

        assertThat(stuck).hasContent("stuck");
        assertThat(free).doesNotExist();
        assertThat(log)
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .startsWith(
                                                "WARNING: Cassette faults/Stuck.yaml failed to"
                                                        + " delete for failed scenario \"Stuck\"")
                                        .contains(stuck.toString())
                                        .containsAnyOf(
                                                "AccessDeniedException", // read-only folder
                                                "Operation not permitted") // immutable file
                                        .endsWith("the cassette may be stale"));
        assertThat(log)
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .contains("1 deleted, 1 failed to delete")
                                        .contains("failed to delete: faults/Stuck.yaml"));
    }

    @Test
    void aCassetteRemovedBySomeoneElseIsNothingToDelete() throws Exception {
        Path cassette = write("faults/Removed.yaml", "recorded");
        feature(
                "@vcr-delete-on-fail @someone-else-removes\nFeature: Faults\n"
                        + "  Scenario: Removed\n    When a step fails\n");

        assertThat(run(config(""))).as(result.describe()).isEqualTo(1);

        assertThat(cassette).doesNotExist();
        assertThat(log)
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .startsWith(
                                                "FINE: Cassette faults/Removed.yaml nothing to"
                                                        + " delete")
                                        .contains("it does not exist"));
        assertThat(log).noneMatch(l -> l.startsWith("WARNING") || l.startsWith("SEVERE"));
    }

    @Test
    void aConfigurationFileThatDisappearsDuringTheRunChangesNothing() throws Exception {
        Path cassette = write("faults/Fails.yaml", "recorded");
        Path config = config("");
        feature(
                "@vcr-delete-on-fail\nFeature: Faults\n"
                        + "  Scenario: Fails\n    Given the configuration file \""
                        + config
                        + "\" disappears\n    When a step fails\n");

        assertThat(run(config)).as(result.describe()).isEqualTo(1);

        assertThat(config).doesNotExist();
        assertThat(cassette).doesNotExist();
    }

    @Test
    void aPathTooLongForTheFileSystemIsReportedAndTheRunGoesOn() throws Exception {
        Path other = write("faults/Other.yaml", "recorded");
        String longPath = "x".repeat(300) + "/" + "y".repeat(4200) + ".yaml";
        feature(
                "Feature: Faults\n"
                        + "  @vcr-delete-on-fail:"
                        + longPath
                        + "\n  Scenario: Too long\n    When a step fails\n"
                        + "  @vcr-delete-on-fail:faults/Other.yaml\n"
                        + "  Scenario: Other\n    When a step fails\n");

        assertThat(run(config("on-failure: quarantine\nquarantine-dir: " + tmp.resolve("q"))))
                .as(result.describe())
                .isEqualTo(1);

        assertThat(other).doesNotExist();
        assertThat(tmp.resolve("q")).isDirectory();
        assertThat(log)
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .contains("for failed scenario \"Too long\"")
                                        .contains("failed to quarantine")
                                        .contains("File name too long"));
        assertThat(log).noneMatch(l -> l.startsWith("SEVERE"));
    }

    @Test
    void aQuarantineThatCannotBeWrittenIsReportedAndTheCassetteStays() throws Exception {
        Path cassette = write("faults/Fails.yaml", "recorded");
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder");
        feature("@vcr-delete-on-fail\nFeature: Faults\n  Scenario: Fails\n    When a step fails\n");

        assertThat(run(config("on-failure: quarantine\nquarantine-dir: " + blocker.resolve("q"))))
                .as(result.describe())
                .isEqualTo(1);

        assertThat(cassette).hasContent("recorded");
        assertThat(log)
                .anySatisfy(
                        l ->
                                assertThat(l)
                                        .startsWith("WARNING: Cassette faults/Fails.yaml failed")
                                        .contains("could not move it to " + blocker.resolve("q"))
                                        .contains("FileSystemException")
                                        .endsWith("the cassette may be stale"));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = cassettes.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private void feature(String text) throws IOException {
        Files.writeString(features.resolve("faults.feature"), text, StandardCharsets.UTF_8);
    }

    private Path config(String extra) throws IOException {
        return Files.writeString(
                tmp.resolve("vcr.yaml"), "cassette-dir: " + cassettes + "\n" + extra + "\n");
    }

    private int run(Path config) {
        result =
                CucumberRun.cli()
                        .scratch(tmp)
                        .sampleGlue(cassettes)
                        .plugin(config.toString())
                        .features(features)
                        .run();
        log = result.log();
        return result.exitStatus();
    }

    /**
     * Makes a file undeletable: its folder read-only for an ordinary user; for root, which ignores
     * permissions, the immutable attribute.
     */
    private void lock(Path file) throws Exception {
        locked = file;
        Path folder = file.getParent();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            assumeTrue(
                    exec("chattr", "+i", file.toString()) == 0,
                    "running as root and chattr +i is not supported here: no way to make a file"
                            + " undeletable");
        }
    }

    private static void unlock(Path file) throws Exception {
        exec("chattr", "-i", file.toString());
        Files.setPosixFilePermissions(
                file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int exec(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
