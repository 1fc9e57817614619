package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Delete and quarantine, with folder handles and with the checked-path fallback. */
class CassetteFolderTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path outside;
    private WorkFolder work;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "secret");
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/data.yaml"), "data");
        work = WorkFolder.at(temp.resolve(".vcr-delete-on-fail"), cassettes, "run-1");
    }

    private CassetteFolder folder(boolean handles) {
        return new CassetteFolder(cassettes, work, handles);
    }

    @Test
    void usesFolderHandlesOnLinuxAndTheFallbackWhenAsked() {
        assumeTrue(System.getProperty("os.name").contains("Linux"));
        assertThat(folder(true).usesFolderHandles()).isTrue();
        assertThat(folder(false).usesFolderHandles()).isFalse();
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void deletesAFile(boolean handles) throws IOException {
        Files.createDirectories(cassettes.resolve("users"));
        Files.writeString(cassettes.resolve("users/a.yaml"), "a");

        FileResult result = folder(handles).delete(path("users/a.yaml"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(result.detail()).isEqualTo("file deleted");
        assertThat(cassettes.resolve("users/a.yaml")).doesNotExist();
        assertThat(cassettes.resolve("users")).isDirectory();
        work.close();
        assertThat(temp.resolve(".vcr-delete-on-fail")).doesNotExist();
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void deletesAFolderWithItsLinksAsLinks(boolean handles) throws IOException {
        Files.createDirectories(cassettes.resolve("rec/deep/er"));
        Files.writeString(cassettes.resolve("rec/1.yaml"), "1");
        Files.writeString(cassettes.resolve("rec/deep/er/2.yaml"), "2");
        Files.createSymbolicLink(cassettes.resolve("rec/out"), outside.resolve("folder"));
        Files.createSymbolicLink(
                cassettes.resolve("rec/deep/file"), outside.resolve("secret.yaml"));
        Map<String, String> before = TreeState.of(outside);

        FileResult result = folder(handles).delete(path("rec"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(result.detail()).isEqualTo("folder deleted (6 entries)");
        assertThat(cassettes.resolve("rec")).doesNotExist();
        assertThat(TreeState.of(outside)).isEqualTo(before);
        work.close();
        assertThat(temp.resolve(".vcr-delete-on-fail")).doesNotExist();
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void removesACassetteThatIsALinkAsALink(boolean handles) throws IOException {
        Files.createSymbolicLink(cassettes.resolve("escape"), outside.resolve("folder"));

        FileResult result = folder(handles).delete(path("escape"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(result.detail()).contains("symbolic link removed").contains("target untouched");
        assertThat(cassettes.resolve("escape")).doesNotExist();
        assertThat(outside.resolve("folder/data.yaml")).hasContent("data");
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void refusesAPathThroughALinkEvenOneLeadingInside(boolean handles) throws IOException {
        Files.createDirectories(cassettes.resolve("real"));
        Files.writeString(cassettes.resolve("real/x.yaml"), "x");
        Files.createSymbolicLink(cassettes.resolve("shared"), cassettes.resolve("real"));
        Files.createSymbolicLink(cassettes.resolve("out"), outside.resolve("folder"));

        FileResult inside = folder(handles).delete(path("shared/x.yaml"));
        FileResult out = folder(handles).delete(path("out/data.yaml"));

        assertThat(inside.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(inside.detail())
                .startsWith("a symbolic link on the way (shared -> ")
                .endsWith("links are never followed");
        assertThat(out.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(cassettes.resolve("real/x.yaml")).hasContent("x");
        assertThat(outside.resolve("folder/data.yaml")).hasContent("data");
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void aMissingCassetteOrFolderIsAbsent(boolean handles) throws IOException {
        Files.writeString(cassettes.resolve("file.yaml"), "f");

        assertThat(folder(handles).delete(path("nothing.yaml")).kind())
                .isEqualTo(FileResult.Kind.ABSENT);
        assertThat(folder(handles).delete(path("no/such/x.yaml")).detail())
                .isEqualTo("it does not exist");
        assertThat(folder(handles).delete(path("file.yaml/x.yaml")).kind())
                .isEqualTo(FileResult.Kind.ABSENT);
        assertThat(new CassetteFolder(temp.resolve("none"), work).delete(path("x")).kind())
                .isEqualTo(FileResult.Kind.ABSENT);
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void deletesAFifoAsANameWithoutOpeningIt(boolean handles) throws Exception {
        Path fifo = cassettes.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        FileResult result = folder(handles).delete(path("pipe"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(fifo).doesNotExist();
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void refusesAPathThroughAFifoWithoutBlocking(boolean handles) throws Exception {
        Path fifo = cassettes.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        FileResult result = folder(handles).delete(path("pipe/x.yaml"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.ABSENT);
        assertThat(fifo).exists();
    }

    @ParameterizedTest(name = "handles: {0}, cross file system: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "true,false",
        "true,true",
        "false,false",
        "false,true"
    })
    void quarantinesWithANoteNeverOverwriting(boolean handles, boolean cross) throws IOException {
        Path quarantine = temp.resolve("quarantine/run-1");
        Files.createDirectories(cassettes.resolve("rec/sub"));
        Files.writeString(cassettes.resolve("rec/sub/1.yaml"), "1");
        Files.createSymbolicLink(cassettes.resolve("rec/out"), outside);
        Files.createDirectories(quarantine.resolve("rec"));
        Map<String, String> start = TreeState.of(cassettes);
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles, cross);

        FileResult result = folder.quarantine(path("rec"), quarantine, "scenario: x\n");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.MOVED);
        assertThat(result.destination()).contains(quarantine.resolve("rec-2"));
        assertThat(cassettes.resolve("rec")).doesNotExist();
        assertThat(TreeState.of(quarantine.resolve("rec-2")))
                .isEqualTo(TreeState.below(start, "rec"));
        assertThat(quarantine.resolve("rec-2.failure.yaml")).hasContent("scenario: x\n");
        assertThat(quarantine.resolve("rec")).isEmptyDirectory();
        work.close();
        assertThat(temp.resolve(".vcr-delete-on-fail")).doesNotExist();
    }

    /**
     * Two threads quarantining into one folder never take the same free name: a cassette named like
     * another's {@code -2} (chosen for a second quarantine of that one) is not written over.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void quarantinesOnParallelThreadsNeverTakeTheSameFreeName(boolean handles) throws Exception {
        CassetteFolder folder = folder(handles);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 150; round++) {
                Path quarantine = temp.resolve("quarantine/run-" + round);
                Files.writeString(cassettes.resolve("a.yaml"), "first a");
                assertThat(folder.quarantine(path("a.yaml"), quarantine, "n").kind())
                        .isEqualTo(FileResult.Kind.MOVED);
                Files.writeString(cassettes.resolve("a.yaml"), "second a");
                Files.writeString(cassettes.resolve("a.yaml-2"), "the one named a.yaml-2");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<FileResult> again =
                        pool.submit(
                                () -> {
                                    together.await();
                                    return folder.quarantine(path("a.yaml"), quarantine, "n");
                                });
                Future<FileResult> other =
                        pool.submit(
                                () -> {
                                    together.await();
                                    return folder.quarantine(path("a.yaml-2"), quarantine, "n");
                                });

                assertThat(again.get(20, TimeUnit.SECONDS).kind()).isEqualTo(FileResult.Kind.MOVED);
                assertThat(other.get(20, TimeUnit.SECONDS).kind()).isEqualTo(FileResult.Kind.MOVED);
                List<String> quarantined = new ArrayList<>();
                for (Map.Entry<String, String> entry : TestFiles.tree(quarantine).entrySet()) {
                    if (!entry.getKey().endsWith(".failure.yaml")) {
                        quarantined.add(entry.getValue());
                    }
                }
                assertThat(quarantined)
                        .as("round %d", round)
                        .containsExactlyInAnyOrder("first a", "second a", "the one named a.yaml-2");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A cassette name of 243 to 255 bytes is legal, but its note's name would be too long: the
     * cassette is quarantined all the same, and the result says the note could not be written.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aCassetteWhoseNoteNameWouldBeTooLongIsQuarantinedWithoutANote(boolean handles)
            throws IOException {
        String name = "a".repeat(245) + ".yaml";
        Files.writeString(cassettes.resolve(name), "long");
        Path quarantine = temp.resolve("quarantine/run-1");

        FileResult result = folder(handles).quarantine(path(name), quarantine, "n");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.MOVED);
        assertThat(result.detail())
                .startsWith("moved to " + quarantine.resolve(name))
                .contains(", but its note could not be written: ");
        assertThat(quarantine.resolve(name)).hasContent("long");
        assertThat(cassettes.resolve(name)).doesNotExist();
    }

    /** A note name of exactly 255 bytes is a name like any other: taken, it is not replaced. */
    @Test
    void aNoteNameOfTheLongestLengthIsCheckedLikeAnyOther() throws IOException {
        String name = "a".repeat(237) + ".yaml";
        Files.writeString(cassettes.resolve(name), "new");
        Path quarantine = Files.createDirectories(temp.resolve("quarantine/run-1"));
        Files.writeString(quarantine.resolve(name + ".failure.yaml"), "an earlier note");

        FileResult result = folder(true).quarantine(path(name), quarantine, "n");

        // Its own note, at "-2.failure.yaml", would be 257 bytes: moved without one.
        assertThat(result.detail())
                .startsWith("moved to " + quarantine.resolve(name + "-2") + ", but its note");
        assertThat(quarantine.resolve(name + "-2")).hasContent("new");
        assertThat(quarantine.resolve(name + ".failure.yaml")).hasContent("an earlier note");
    }

    @Test
    void quarantiningNothingIsAbsent() {
        FileResult result = folder(true).quarantine(path("none"), temp.resolve("q"), "n");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.ABSENT);
        assertThat(result.detail()).isEqualTo("nothing to quarantine");
    }

    @Test
    void aQuarantineThatCannotBeCreatedFailsAndKeepsTheCassette() throws IOException {
        Files.writeString(cassettes.resolve("a.yaml"), "a");
        Path blocker = Files.writeString(temp.resolve("blocker"), "file");

        FileResult result = folder(true).quarantine(path("a.yaml"), blocker.resolve("q"), "n");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(result.detail()).contains("could not move it to " + blocker.resolve("q"));
        assertThat(cassettes.resolve("a.yaml")).hasContent("a");
    }

    /**
     * A link in the quarantine folder, at the run's folder or below it, is not followed: the
     * cassette and its note are not sent where it leads, and the cassette stays where it was.
     * {@code quarantine-dir} itself may be a link, as {@code cassette-dir} may.
     */
    @ParameterizedTest(name = "handles {0}, across file systems {1}")
    @CsvSource({"true, false", "true, true", "false, false", "false, true"})
    void aLinkInTheQuarantineFolderIsNotFollowed(boolean handles, boolean cross)
            throws IOException {
        Files.writeString(cassettes.resolve("top.yaml"), "top");
        Files.createDirectories(cassettes.resolve("rec"));
        Files.writeString(cassettes.resolve("rec/a.yaml"), "a");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path quarantine = Files.createDirectories(temp.resolve("quarantine"));
        Files.createSymbolicLink(quarantine.resolve("run-1"), elsewhere);
        Files.createDirectories(quarantine.resolve("run-2"));
        Files.createSymbolicLink(quarantine.resolve("run-2/rec"), elsewhere);
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles, cross);

        FileResult atRun = folder.quarantine(path("top.yaml"), quarantine.resolve("run-1"), "n");
        FileResult below = folder.quarantine(path("rec/a.yaml"), quarantine.resolve("run-2"), "n");

        assertThat(atRun.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(atRun.detail())
                .isEqualTo(
                        "could not move it to "
                                + quarantine.resolve("run-1/top.yaml")
                                + ": a symbolic link on the way (run-1 -> "
                                + elsewhere
                                + ") — links are never followed; it stays where it was");
        assertThat(below.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(below.detail()).contains("a symbolic link on the way (run-2/rec -> ");
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(cassettes.resolve("top.yaml")).hasContent("top");
        assertThat(cassettes.resolve("rec/a.yaml")).hasContent("a");

        Path linkedQuarantine = Files.createSymbolicLink(temp.resolve("q-link"), quarantine);
        FileResult throughTheChosenLink =
                folder.quarantine(path("top.yaml"), linkedQuarantine.resolve("run-3"), "n");
        assertThat(throughTheChosenLink.kind()).isEqualTo(FileResult.Kind.MOVED);
        assertThat(quarantine.resolve("run-3/top.yaml")).hasContent("top");
    }

    /** cassette-dir replaced by a FIFO during the run: the next operation fails, it never waits. */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aFifoPutAtCassetteDirDuringTheRunFailsTheNextOperationWithoutBlocking(boolean handles)
            throws Exception {
        Files.writeString(cassettes.resolve("a.yaml"), "a");
        CassetteFolder folder = folder(handles);
        assertThat(folder.delete(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        Files.move(cassettes, temp.resolve("moved-away"));
        assumeTrue(new ProcessBuilder("mkfifo", cassettes.toString()).start().waitFor() == 0);
        try {
            FileResult result =
                    assertTimeoutPreemptively(
                            Duration.ofSeconds(20), () -> folder.delete(path("b.yaml")));

            assertThat(result.kind()).isIn(FileResult.Kind.FAILED, FileResult.Kind.ABSENT);
        } finally {
            // Let go of a reader left waiting on the FIFO, had the folder been opened for reading.
            FileChannel.open(cassettes, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
        }
    }

    @Test
    void tellsTheNewestModificationInAFolder() throws IOException {
        Files.createDirectories(cassettes.resolve("rec/sub"));
        Path old = Files.writeString(cassettes.resolve("rec/old.yaml"), "o");
        Path young = Files.writeString(cassettes.resolve("rec/sub/new.yaml"), "n");
        Instant then = Instant.parse("2020-01-01T00:00:00Z");
        Instant later = Instant.parse("2021-06-01T00:00:00Z");
        Files.setLastModifiedTime(old, FileTime.from(then));
        Files.setLastModifiedTime(young, FileTime.from(later));
        Files.setLastModifiedTime(cassettes.resolve("rec/sub"), FileTime.from(then));
        Files.setLastModifiedTime(cassettes.resolve("rec"), FileTime.from(then));

        assertThat(folder(true).newestModification(path("rec"))).contains(later);
        assertThat(folder(false).newestModification(path("rec/old.yaml"))).contains(then);
        assertThat(folder(true).newestModification(path("none"))).isEmpty();
    }

    @Test
    void aCassetteWorkedOnByAnotherScenarioIsBusy() throws IOException {
        Files.writeString(cassettes.resolve("a.yaml"), "a");
        CassetteFolder folder = folder(true);
        try (Undo scenario = folder.begin("one")) {
            assertThat(scenario.snapshot(path("a.yaml")).kind())
                    .isEqualTo(FileResult.Kind.UNCHANGED);

            FileResult busy = folder.delete(path("a.yaml"));
            FileResult inside = folder.begin("two").snapshot(path("a.yaml"));

            assertThat(busy.kind()).isEqualTo(FileResult.Kind.BUSY);
            assertThat(busy.detail()).contains("another scenario of this JVM is working on it");
            assertThat(inside.kind()).isEqualTo(FileResult.Kind.BUSY);
            assertThat(cassettes.resolve("a.yaml")).hasContent("a");
        }
        assertThat(folder.delete(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
    }
}
