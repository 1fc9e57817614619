package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work folder ({@code snapshot-dir}): when it exists, what it holds, whom recovery repairs. */
class WorkFolderTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path workPath;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        Files.writeString(cassettes.resolve("a.yaml"), "a recording");
        workPath = temp.resolve(".vcr-delete-on-fail");
    }

    /** A journal entry left pending by a run: a snapshot of a cassette that was absent. */
    private static void pendingAbsentEntry(WorkFolder work, String cassette) throws IOException {
        work.ensureRun();
        work.journal()
                .write(
                        JournalEntry.of(
                                work.nextSeq(),
                                JournalEntry.SNAPSHOT,
                                "absent",
                                work.cassetteDir(),
                                path(cassette)));
    }

    private List<JournalEntry> journalOf(String runName) throws IOException {
        return TestFiles.journal(workPath.resolve(runName).resolve(WorkFolder.JOURNAL));
    }

    /**
     * A link planted at this run's folder name (its id is predictable) is never worked in: the
     * journal and lock would land in its target, and the end of the run would empty it.
     */
    @Test
    void aLinkAtTheRunFolderNameIsRefusedAndItsTargetLeftAlone() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createDirectories(workPath);
        Files.createSymbolicLink(workPath.resolve("run-1"), outside);
        Files.createDirectories(cassettes.resolve("folder"));
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        CassetteFolder folder = new CassetteFolder(cassettes, work);

        FileResult result = folder.delete(path("folder"));
        work.close();

        assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(result.detail()).contains("is a symbolic link, not a folder of this run");
        assertThat(cassettes.resolve("folder")).isDirectory();
        assertThat(outside).isDirectoryContaining(p -> p.endsWith("precious.txt"));
        try (var entries = Files.list(outside)) {
            assertThat(entries).hasSize(1);
        }
    }

    /** The run folder swapped for a link while the run goes on: its end empties nothing there. */
    @Test
    void aRunFolderSwappedForALinkIsNotEmptiedAtTheEndOfTheRun() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        work.ensureRun();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.writeString(outside.resolve(WorkFolder.LOCK), "not the run's lock");
        Files.move(workPath.resolve("run-1"), temp.resolve("moved-away"));
        Files.createSymbolicLink(workPath.resolve("run-1"), outside);

        work.close();

        assertThat(outside.resolve("precious.txt")).hasContent("keep me");
        assertThat(outside.resolve(WorkFolder.LOCK)).hasContent("not the run's lock");
    }

    /**
     * The run folder is kept open from its first use: moved away and replaced by a link while the
     * run goes on, its sub-folders are still opened in it, and nothing lands where the link leads.
     * (Creating a sub-folder goes by path, as Java has no handle form for it: see the limits in
     * docs/safety.md.)
     */
    @Test
    void aRunFolderMovedAndSwappedForALinkMidRunIsNotWrittenThrough() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        Folder first = work.runSubFolder(WorkFolder.COPIES, true);
        org.junit.jupiter.api.Assumptions.assumeTrue(first.isHandle(), "folder handles");
        first.close();
        work.runSubFolder(WorkFolder.TRASH, true).close();
        work.runSubFolder(WorkFolder.JOURNAL, true).close();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path moved = temp.resolve("moved-away");
        Files.move(workPath.resolve("run-1"), moved);
        Files.createSymbolicLink(workPath.resolve("run-1"), outside);

        try (Folder trash = work.runSubFolder(WorkFolder.TRASH, true)) {
            trash.createNew(Folder.name("1")).close();
        }
        JournalEntry entry =
                JournalEntry.of(1, JournalEntry.SNAPSHOT, "absent", work.cassetteDir(), path("a"));
        work.journal().write(entry);

        assertThat(outside).isEmptyDirectory();
        assertThat(moved.resolve("trash/1")).exists();
        assertThat(moved.resolve("journal").resolve(entry.fileName())).exists();
        work.close();
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void isCreatedOnlyWhenAFileIsFirstTouchedAndIgnoredByGit() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        assertThat(work.recover()).isEmpty();
        assertThat(folder.newestModification(path("a.yaml"))).isPresent();
        assertThat(workPath).as("nothing touched yet").doesNotExist();

        assertThat(folder.delete(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);

        assertThat(workPath.resolve(".gitignore")).hasContent("*");
        assertThat(Files.readString(workPath.resolve(".gitignore"))).isEqualTo("*\n");
        assertThat(workPath.resolve("run-1")).isDirectory();
        work.close();
        assertThat(workPath).as("gone: nothing was pending").doesNotExist();
    }

    @Test
    void staysWhileAnotherRunUsesItAndGoesWithTheLastOne() throws IOException {
        Files.writeString(cassettes.resolve("b.yaml"), "b");
        WorkFolder one = WorkFolder.at(workPath, cassettes, "run-1");
        WorkFolder two = WorkFolder.at(workPath, cassettes, "run-2");
        new CassetteFolder(cassettes, one).delete(path("a.yaml"));
        new CassetteFolder(cassettes, two).delete(path("b.yaml"));
        Path lockFile = workPath.resolve(WorkFolder.CASSETTE_LOCKS);
        Object lockFileBefore = CassetteLocks.key(lockFile);

        one.close();

        assertThat(workPath.resolve("run-1")).doesNotExist();
        assertThat(workPath.resolve("run-2")).isDirectory();
        assertThat(workPath.resolve(".gitignore")).exists();
        assertThat(CassetteLocks.key(lockFile))
                .as("the live run's lock file is the same file")
                .isNotNull()
                .isEqualTo(lockFileBefore);
        two.close();
        assertThat(workPath).doesNotExist();
    }

    @Test
    void survivesCloseWithAPendingEntryUntilTheNextRunRepairsIt() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        pendingAbsentEntry(work, "made.yaml");
        Files.writeString(cassettes.resolve("made.yaml"), "made by a scenario that never ended");

        work.close();

        assertThat(workPath.resolve(".gitignore")).exists();
        assertThat(journalOf("run-1")).hasSize(1);
        WorkFolder next = WorkFolder.at(workPath, cassettes, "run-2");
        assertThat(next.recover())
                .extracting(Repair::toString)
                .containsExactly(
                        "made.yaml: removed: it was created by a scenario that did not finish");
        next.close();
        assertThat(cassettes.resolve("made.yaml")).doesNotExist();
        assertThat(cassettes.resolve("a.yaml")).hasContent("a recording");
        assertThat(workPath).doesNotExist();
    }

    @Test
    void aLiveRunIsNeverRepairedByAnotherRunOfTheSameFolder() throws IOException {
        WorkFolder live = WorkFolder.at(workPath, cassettes, "live");
        try (Undo scenario = new CassetteFolder(cassettes, live).begin("scenario")) {
            scenario.snapshot(path("a.yaml"));
            Files.writeString(cassettes.resolve("a.yaml"), "being recorded");

            WorkFolder other = WorkFolder.at(workPath, cassettes, "other");
            assertThat(other.recover()).isEmpty();
            other.close();

            assertThat(cassettes.resolve("a.yaml")).hasContent("being recorded");
            assertThat(journalOf("live")).hasSize(1);
            assertThat(scenario.restoreAll())
                    .extracting(r -> r.result().kind())
                    .containsExactly(FileResult.Kind.RESTORED);
        }
        live.close();
        assertThat(cassettes.resolve("a.yaml")).hasContent("a recording");
        assertThat(workPath).doesNotExist();
    }

    @Test
    void recoveryLeavesTheEntriesOfAnotherCassetteFolderToThatFolder() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("other-cassettes"));
        Files.writeString(elsewhere.resolve("made.yaml"), "made by a scenario that never ended");
        WorkFolder dead = WorkFolder.at(workPath, elsewhere, "dead");
        pendingAbsentEntry(dead, "made.yaml");
        dead.close();

        WorkFolder mine = WorkFolder.at(workPath, cassettes, "mine");
        assertThat(mine.recover()).isEmpty();
        mine.close();

        assertThat(elsewhere.resolve("made.yaml")).exists();
        assertThat(journalOf("dead")).hasSize(1);
        WorkFolder theirs = WorkFolder.at(workPath, elsewhere, "theirs");
        assertThat(theirs.recover())
                .extracting(r -> r.cassette().toString())
                .containsExactly("made.yaml");
        theirs.close();
        assertThat(elsewhere.resolve("made.yaml")).doesNotExist();
        assertThat(workPath).doesNotExist();
    }

    @Test
    void anEndedRunCreatesNothingAnyMore() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        work.close();

        assertThatThrownBy(work::ensureRun)
                .isInstanceOf(IOException.class)
                .hasMessage("the run has ended; its work folder is closed");
        FileResult result = new CassetteFolder(cassettes, work).delete(path("a.yaml"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(result.detail())
                .isEqualTo(
                        "could not delete "
                                + cassettes.resolve("a.yaml")
                                + ": the run has ended; its work folder is closed");
        assertThat(cassettes.resolve("a.yaml")).hasContent("a recording");
        assertThat(workPath).doesNotExist();
    }

    @Test
    void aFileOfSomeoneElseKeepsTheWorkFolderAndItsSharedFiles() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        new CassetteFolder(cassettes, work).delete(path("a.yaml"));
        Files.writeString(workPath.resolve("notes.txt"), "someone's notes");

        work.close();

        assertThat(workPath.resolve("run-1")).doesNotExist();
        assertThat(workPath.resolve("notes.txt")).hasContent("someone's notes");
        assertThat(workPath.resolve(".gitignore")).hasContent("*");
        assertThat(workPath.resolve(WorkFolder.CASSETTE_LOCKS)).exists();
    }

    /**
     * A snapshot-dir that holds files of yours gets no .gitignore of "*" (it would hide them from
     * git), and a .gitignore of yours there is neither taken for the plugin's nor removed.
     */
    @Test
    void aFolderOfYoursGetsNoGitignoreAndKeepsYoursWithTheFolder() throws IOException {
        Files.createDirectories(workPath);
        Files.writeString(workPath.resolve("notes.txt"), "your notes");
        WorkFolder first = WorkFolder.at(workPath, cassettes, "run-1");
        new CassetteFolder(cassettes, first).delete(path("a.yaml"));
        first.close();

        assertThat(workPath.resolve(".gitignore")).doesNotExist();
        Files.delete(workPath.resolve("notes.txt"));
        Files.writeString(workPath.resolve(".gitignore"), "*.tmp\n");
        Files.writeString(cassettes.resolve("b.yaml"), "b");
        WorkFolder second = WorkFolder.at(workPath, cassettes, "run-2");
        new CassetteFolder(cassettes, second).delete(path("b.yaml"));
        second.close();

        assertThat(workPath.resolve(".gitignore")).hasContent("*.tmp");
        assertThat(workPath.resolve("run-2")).doesNotExist();
    }

    @Test
    void theRunFolderIsCreatedOnceAndReturnedEachTime() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");

        assertThat(work.ensureRun()).isEqualTo(workPath.resolve("run-1")).isDirectory();
        assertThat(work.ensureRun()).isEqualTo(workPath.resolve("run-1"));
        work.close();
    }

    @Test
    void endingTheRunLetsGoOfTheCassetteLocksOfAUnitLeftOpen() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        Undo open = new CassetteFolder(cassettes, work).begin("never settled");
        assertThat(open.snapshot(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.UNCHANGED);

        work.close();

        Path lockFile = workPath.resolve(WorkFolder.CASSETTE_LOCKS);
        try (FileChannel probe = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            // The JDK refuses an overlapping lock of a file this JVM still holds a lock in.
            FileLock all = probe.tryLock(0, Long.MAX_VALUE, false);
            assertThat(all).isNotNull();
            all.release();
        }
    }

    /**
     * A run's sub-folder handle is opened once and reused while the folder at its path is the one
     * it holds; a folder renamed away is not written through: the next use opens what is at the
     * path afresh. A link put at its name is refused, never followed.
     */
    @Test
    void aSubFolderHandleIsReusedUntilTheFolderAtItsPathIsAnotherOne() throws IOException {
        WorkFolder work = WorkFolder.at(workPath, cassettes, "run-1");
        Path copies = workPath.resolve("run-1").resolve(WorkFolder.COPIES);
        Folder first = work.runSubFolder(WorkFolder.COPIES, true);
        org.junit.jupiter.api.Assumptions.assumeTrue(first.isHandle(), "folder handles");
        first.close();
        try (Folder again = work.runSubFolder(WorkFolder.COPIES, true)) {
            assertThat(again).as("kept and reused").isSameAs(first);
            again.createNew(Folder.name("1")).close();
        }
        assertThat(copies.resolve("1")).exists();

        Files.move(copies, workPath.resolve("run-1").resolve("moved-away"));
        try (Folder afresh = work.runSubFolder(WorkFolder.COPIES, true)) {
            assertThat(afresh).isNotSameAs(first);
            afresh.createNew(Folder.name("2")).close();
        }
        assertThat(copies.resolve("2")).as("written at its path").exists();
        assertThat(workPath.resolve("run-1/moved-away/2")).doesNotExist();

        Path outside = Files.createDirectories(temp.resolve("outside"));
        TestFiles.deleteTree(copies);
        Files.createSymbolicLink(copies, outside);
        assertThatThrownBy(() -> work.runSubFolder(WorkFolder.COPIES, true))
                .as("a link at the sub-folder's name is refused, not followed")
                .isInstanceOf(LinkOnTheWay.class);
        assertThat(outside).isEmptyDirectory();
        Files.delete(copies);
        try (Folder recreated = work.runSubFolder(WorkFolder.COPIES, true)) {
            assertThat(recreated).as("created again once the link is gone").isNotSameAs(first);
        }
        assertThat(copies).isDirectory();
        TestFiles.deleteTree(workPath.resolve("run-1/moved-away"));
        work.close();
        assertThat(workPath).doesNotExist();
        assertThatThrownBy(() -> work.runSubFolder(WorkFolder.COPIES, true))
                .hasMessageContaining("the run has ended");
    }

    /** The kept sub-folder handles: dropped ones and, at the end of the run, all are closed. */
    @Test
    void keptSubFolderHandlesLeaveNoDescriptorOpen() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isDirectory(OPEN_DESCRIPTORS), "/proc/self/fd lists open descriptors");
        long before = openDescriptors();
        List<WorkFolder> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            WorkFolder work = WorkFolder.at(workPath, cassettes, "run-" + i);
            work.runSubFolder(WorkFolder.COPIES, true).close();
            work.runSubFolder(WorkFolder.TRASH, true).close();
            runs.add(work);
        }
        WorkFolder replaced = runs.get(0);
        Path copies = workPath.resolve("run-0").resolve(WorkFolder.COPIES);
        for (int i = 0; i < 20; i++) {
            Files.move(copies, workPath.resolve("run-0").resolve("away-" + i));
            replaced.runSubFolder(WorkFolder.COPIES, true).close();
        }
        assertThat(openDescriptors() - before)
                .as(
                        "kept: two descriptors per sub-folder and a run lock per run, dropped ones closed")
                .isBetween(30L, 70L);

        for (WorkFolder work : runs) {
            work.close();
        }

        // Left open, the kept handles would hold forty descriptors, the dropped ones forty more.
        assertThat(openDescriptors() - before).isLessThan(8L);
    }

    private static final Path OPEN_DESCRIPTORS = Path.of("/proc/self/fd");

    private static long openDescriptors() throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(OPEN_DESCRIPTORS)) {
            return entries.count();
        }
    }
}
