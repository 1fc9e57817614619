package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lock files the plugin opens (a dead run's {@code lock}, the shared {@code cassettes.lock}, a
 * report's {@code .<name>.lock}) are opened so that a FIFO put at their place cannot block the run:
 * opened for writing alone, a FIFO waits for a reader forever. Such a file is refused with a
 * message that names it, and a link at the shared lock file is not followed: nothing is created
 * where it leads.
 */
class LockFileTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir Path temp;
    private Path cassettes;
    private Path workPath;
    private final List<Path> fifos = new ArrayList<>();

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        workPath = temp.resolve(".vcr-delete-on-fail");
    }

    /** A writer the code under test left blocked on a FIFO is let go: it would hang the JVM. */
    @AfterEach
    void releaseBlockedWriters() throws IOException {
        for (Path fifo : fifos) {
            if (Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)) {
                // Read and write: never waits itself, and is the reader a blocked writer waits for.
                FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
            }
        }
    }

    private Path fifo(Path path) throws Exception {
        Files.createDirectories(path.getParent());
        assumeTrue(
                new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0,
                "mkfifo is available");
        fifos.add(path);
        return path;
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aFifoAtADeadRunsLockIsReportedAndBlocksNothing(boolean handles) throws Exception {
        write(cassettes.resolve("a.yaml"), "the failed scenario's");
        Path deadRun = workPath.resolve("dead");
        write(deadRun.resolve(WorkFolder.JOURNAL).resolve("000000000001.entry"), "seq=1\n");
        Path lock = fifo(deadRun.resolve(WorkFolder.LOCK));

        List<String> repairs =
                assertTimeoutPreemptively(
                        PATIENCE, () -> TestFiles.recover(workPath, cassettes, handles));

        assertThat(repairs)
                .containsExactly(
                        deadRun
                                + ": its lock "
                                + lock
                                + " is not a regular file (a FIFO, device or folder put there), so"
                                + " whether that run still goes on cannot be told; nothing of it is"
                                + " touched (delete "
                                + deadRun
                                + " once no run uses it)");
        assertThat(Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(deadRun.resolve(WorkFolder.JOURNAL).resolve("000000000001.entry"))
                .hasContent("seq=1\n");
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the failed scenario's"));
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aFifoAtTheSharedLockFileFailsTheOperationWithoutBlocking(boolean handles)
            throws Exception {
        write(cassettes.resolve("a.yaml"), "the failed scenario's");
        Files.createDirectories(workPath);
        Path lock = fifo(workPath.resolve(WorkFolder.CASSETTE_LOCKS));
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run");
        try {
            FileResult result =
                    assertTimeoutPreemptively(
                            PATIENCE,
                            () ->
                                    new CassetteFolder(cassettes, work, handles)
                                            .delete(path("a.yaml")));

            assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
            assertThat(result.detail())
                    .contains(
                            lock
                                    + " is not a regular file (a FIFO, device or folder put"
                                    + " there): remove it");
        } finally {
            assertTimeoutPreemptively(PATIENCE, work::close);
        }
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the failed scenario's"));
    }

    /** The clean-up of an empty work folder locks the shared lock file: never through a link. */
    @Test
    void aLinkAtTheSharedLockFileIsNotFollowedByTheCleanUp() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(workPath);
        symlink(workPath.resolve(WorkFolder.CASSETTE_LOCKS), outside.resolve("created"));
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run");

        work.removeIfEmpty();
        work.close();

        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void aFifoAtAReportsLockFileFailsTheWriteWithoutBlocking() throws Exception {
        Path report = temp.resolve("reports/r.json");
        Path lock = fifo(temp.resolve("reports/.r.json.lock"));

        FileResult result =
                assertTimeoutPreemptively(
                        PATIENCE,
                        () -> OwnedFiles.update(report, old -> "{\"by\": \"t\"}", "\"by\""));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(result.detail())
                .contains(
                        lock
                                + " is not a regular file (a FIFO, device or folder put there):"
                                + " remove it");
        assertThat(report).doesNotExist();
        assertThat(Files.exists(lock, LinkOption.NOFOLLOW_LINKS)).as("the FIFO stays").isTrue();
    }
}
