package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repair of what dead runs left is done before any scenario goes ahead, on every thread: a
 * scenario that recorded its cassette while the repair was still running could have it put back as
 * it was before the dead run (its new recording lost).
 */
class RecoveryBeforeScenariosTest {

    private static final int ENTRIES = 1_000;

    @TempDir Path temp;

    @Test
    void aScenarioOfAnotherThreadWaitsUntilTheRepairIsDone() throws Exception {
        temp = temp.toRealPath();
        Path cassettes = Files.createDirectories(temp.resolve("cassettes"));
        Path workPath = cassettes.resolveSibling(".vcr-delete-on-fail");
        WorkFolder dead = WorkFolder.at(workPath, cassettes, "dead");
        dead.ensureRun();
        for (int i = 0; i < ENTRIES; i++) {
            write(cassettes.resolve("d" + i + "/made.yaml"), "made by a scenario that never ended");
            dead.journal()
                    .write(
                            JournalEntry.of(
                                    i + 1,
                                    JournalEntry.SNAPSHOT,
                                    "absent",
                                    dead.cassetteDir(),
                                    path("d" + i + "/made.yaml")));
        }
        dead.close();
        Path journal = workPath.resolve("dead").resolve(WorkFolder.JOURNAL);
        Path config =
                write(
                        temp.resolve("vcr.yaml"),
                        "cassette-dir: " + cassettes + "\nci-output: off\non-failure: restore\n");
        AttachedPlugin run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        run.send(TestRunStarted.class, new TestRunStarted(Instant.now()));
        StubTestCase first =
                new StubTestCase("First", "file:first.feature", 2, List.of("@vcr-delete-on-fail"));
        StubTestCase second =
                new StubTestCase(
                        "Second", "file:second.feature", 2, List.of("@vcr-delete-on-fail"));

        try {
            // The first scenario's start makes the configuration final and starts the repair.
            CompletableFuture<Void> firstStarted =
                    CompletableFuture.runAsync(
                            () -> run.send(TestCaseStarted.class, AttachedPlugin.started(first)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (entries(journal) == ENTRIES && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(entries(journal)).as("the repair has begun").isLessThan(ENTRIES);

            run.send(TestCaseStarted.class, AttachedPlugin.started(second));

            assertThat(entries(journal))
                    .as("entries left when the second scenario went ahead")
                    .isZero();
            firstStarted.get(60, TimeUnit.SECONDS);
            run.send(TestCaseFinished.class, AttachedPlugin.finished(first, Status.PASSED));
            run.send(TestCaseFinished.class, AttachedPlugin.finished(second, Status.PASSED));
        } finally {
            run.finish(); // the plugin is let go of even when an assertion failed
        }
        assertThat(cassettes.resolve("d0/made.yaml")).doesNotExist();
    }

    /** The entries left in a journal; none once its folder is gone. */
    private static long entries(Path journal) {
        try (Stream<Path> files = Files.list(journal)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".entry")).count();
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
