package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What recovery does with each journal entry a dead run left, one state at a time, in both folder
 * modes. The dead run's files are written by hand, as the steps would have left them at a crash
 * (the crashes themselves: {@link CrashRecoveryTest}).
 */
class RecoveryTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path workPath;
    private WorkFolder dead;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        workPath = temp.resolve(".vcr-delete-on-fail");
        dead = WorkFolder.at(workPath, cassettes, "dead");
        dead.ensureRun();
    }

    private JournalEntry entry(long seq, String op, String state, String cassette) {
        return JournalEntry.of(seq, op, state, dead.cassetteDir(), path(cassette));
    }

    /** An entry no recovery can repair: it keeps the dead run's folder for inspection. */
    private JournalEntry stuck() {
        return entry(99, "unheard-of", "held", "stuck.yaml");
    }

    private static final String STUCK =
            "stuck.yaml: could not be repaired (unknown journal operation unheard-of); the next"
                    + " run tries again";

    private Path deadFile(String relative, String content) throws IOException {
        return write(workPath.resolve("dead").resolve(relative), content);
    }

    /** Ends the dead run with its entries pending, recovers, and tells what was reported. */
    private List<String> recover(boolean handles, JournalEntry... entries) throws IOException {
        for (JournalEntry entry : entries) {
            dead.journal().write(entry);
        }
        return recoverDead(handles);
    }

    /** Ends the dead run as its journal stands, recovers, and tells what was reported. */
    private List<String> recoverDead(boolean handles) throws IOException {
        dead.close();
        return TestFiles.recover(workPath, cassettes, handles);
    }

    private List<JournalEntry> pending() throws IOException {
        return TestFiles.journal(workPath.resolve("dead").resolve(WorkFolder.JOURNAL));
    }

    /**
     * A dead run's {@code trash} and {@code copies} are reached from its folder, never through a
     * link: recovery deletes nothing where such a link leads and puts back nothing it holds; the
     * entries stay, each reported with the link to remove.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void linksAtADeadRunsSubFoldersAreNotFollowed(boolean handles) throws IOException {
        write(cassettes.resolve("a.yaml"), "the failed scenario's");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        write(outside.resolve("1"), "not the run's copy");
        write(outside.resolve("2"), "not the run's trash");
        dead.runSubFolder(WorkFolder.COPIES, handles).close();
        Path deadRun = workPath.resolve("dead");
        TestFiles.deleteTree(deadRun.resolve(WorkFolder.COPIES));
        TestFiles.symlink(deadRun.resolve(WorkFolder.COPIES), outside);
        TestFiles.symlink(deadRun.resolve(WorkFolder.TRASH), outside);

        assertThat(
                        recover(
                                handles,
                                entry(1, JournalEntry.SNAPSHOT, "held", "a.yaml"),
                                entry(2, JournalEntry.DELETE_FOLDER, "moving", "gone")))
                .containsExactly(
                        "gone: could not be repaired ("
                                + deadRun.resolve(WorkFolder.TRASH)
                                + " is a symbolic link, not a folder of that run: nothing is read"
                                + " or deleted through it (remove the link)); the next run tries"
                                + " again",
                        "a.yaml: could not be repaired ("
                                + deadRun.resolve(WorkFolder.COPIES)
                                + " is a symbolic link, not a folder of that run: nothing is read"
                                + " or deleted through it (remove the link)); the next run tries"
                                + " again");
        assertThat(tree(outside))
                .isEqualTo(Map.of("1", "not the run's copy", "2", "not the run's trash"));
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the failed scenario's"));
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(1L, 2L);
    }

    /**
     * A link at a dead run's {@code journal} is not read through: nothing of the run is repaired,
     * the whole run is reported once, with the link to remove, and stays for a later run.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aLinkAtADeadRunsJournalIsReportedAndNothingIsReadThroughIt(boolean handles)
            throws IOException {
        write(cassettes.resolve("a.yaml"), "the failed scenario's");
        Path deadRun = workPath.resolve("dead");
        dead.journal().write(entry(1, JournalEntry.SNAPSHOT, "absent", "a.yaml"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.move(deadRun.resolve(WorkFolder.JOURNAL), outside.resolve("journal"));
        symlink(deadRun.resolve(WorkFolder.JOURNAL), outside.resolve("journal"));

        assertThat(recoverDead(handles))
                .containsExactly(
                        deadRun
                                + ": the journal of this run, which died before it finished,"
                                + " could not be read: "
                                + deadRun.resolve(WorkFolder.JOURNAL)
                                + " is a symbolic link, not that run's journal; nothing is read"
                                + " through it (remove the link, or delete "
                                + deadRun
                                + " to give up what that run saved). Its cassettes are left as"
                                + " they are; the next run tries again");
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the failed scenario's"));
        assertThat(TestFiles.journal(outside.resolve("journal")))
                .extracting(JournalEntry::seq)
                .containsExactly(1L);
        assertThat(Files.isSymbolicLink(deadRun.resolve(WorkFolder.JOURNAL))).isTrue();
    }

    /**
     * An entry that cannot be parsed (here a sequence number that is no number) is reported with
     * its file's name; the run is not repaired in part, and stays. Another dead run is repaired all
     * the same (the unparsed number used to escape unchecked and stop the whole recovery).
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aDeadRunWithAnUnreadableEntryIsReportedByItsFileAndLeftWhole(boolean handles)
            throws IOException {
        write(cassettes.resolve("a.yaml"), "the failed scenario's");
        Path deadRun = workPath.resolve("dead");
        dead.journal().write(entry(1, JournalEntry.SNAPSHOT, "absent", "a.yaml"));
        Path broken =
                deadFile(
                        "journal/000000000002.entry",
                        "seq=two\nop=delete-folder\nstate=moving\ncassetteDir=d\ncassette=b\n");

        write(cassettes.resolve("c.yaml"), "another failed scenario's");
        WorkFolder other = WorkFolder.at(workPath, cassettes, "other");
        other.ensureRun();
        other.journal()
                .write(
                        JournalEntry.of(
                                1,
                                JournalEntry.SNAPSHOT,
                                "absent",
                                dead.cassetteDir(),
                                path("c.yaml")));
        other.close();

        assertThat(recoverDead(handles))
                .containsExactlyInAnyOrder(
                        "c.yaml: removed: it was created by a scenario that did not finish",
                        deadRun
                                + ": the journal of this run, which died before it finished,"
                                + " could not be read: "
                                + broken
                                + " cannot be read as a journal entry: journal entry whose seq is"
                                + " no number: two (mend what is named, or delete "
                                + deadRun
                                + " to give up what that run saved). Its cassettes are left as"
                                + " they are; the next run tries again");
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the failed scenario's"));
        assertThat(deadRun.resolve(WorkFolder.JOURNAL).resolve("000000000001.entry"))
                .isRegularFile();
        assertThat(broken).isRegularFile();
    }

    /**
     * A file in a dead run's journal that is larger than any entry is not read whole (a 3 GB file
     * there ended every run with an OutOfMemoryError); the run is reported and stays.
     */
    @Test
    void anEntryLargerThanAnyEntryIsNotReadAndItsRunIsReported() throws IOException {
        write(cassettes.resolve("a.yaml"), "the failed scenario's");
        Path deadRun = workPath.resolve("dead");
        Path large =
                deadFile(
                        "journal/000000000001.entry",
                        "seq=1\n" + "#".repeat(Journal.MAX_ENTRY - "seq=1\n".length() + 1));

        assertThat(recoverDead(true))
                .containsExactly(
                        deadRun
                                + ": the journal of this run, which died before it finished,"
                                + " could not be read: "
                                + large
                                + " is larger than a journal entry can be (64 KiB); it is not read"
                                + " (mend what is named, or delete "
                                + deadRun
                                + " to give up what that run saved). Its cassettes are left as"
                                + " they are; the next run tries again");
        assertThat(large).hasSize(Journal.MAX_ENTRY + 1L);
    }

    /** An entry of exactly the largest size is read. */
    @Test
    void anEntryOfTheLargestSizeIsRead() throws IOException {
        write(cassettes.resolve("a.yaml"), "made by a scenario that never ended");
        dead.journal().write(entry(1, JournalEntry.SNAPSHOT, "absent", "a.yaml"));
        Path file = workPath.resolve("dead/journal/000000000001.entry");
        String text = Files.readString(file);
        Files.writeString(file, text + "#".repeat(Journal.MAX_ENTRY - text.length()));

        assertThat(recoverDead(true))
                .containsExactly(
                        "a.yaml: removed: it was created by a scenario that did not finish");
    }

    /**
     * An entry is removed by the name its number gives, so one found under another name would have
     * another file removed and itself replayed at every run: its run is reported and stays.
     */
    @Test
    void anEntryUnderAnotherNameThanItsNumberGivesIsReported() throws IOException {
        write(cassettes.resolve("a.yaml"), "the failed scenario's");
        Path deadRun = workPath.resolve("dead");
        dead.journal().write(entry(7, JournalEntry.SNAPSHOT, "absent", "a.yaml"));
        Path renamed = deadRun.resolve("journal/a-dup.entry");
        Files.move(deadRun.resolve("journal/000000000007.entry"), renamed);

        assertThat(recoverDead(true))
                .singleElement()
                .asString()
                .contains(
                        renamed + " holds the entry numbered 7, whose name is 000000000007.entry");
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the failed scenario's"));
        assertThat(renamed).exists();
    }

    /** A state no step writes is not taken for a held copy: nothing is put back. */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anUnknownStateIsNotTakenForAHeldCopy(boolean handles) throws IOException {
        write(cassettes.resolve("a.yaml"), "the recording");
        deadFile("copies/1", "not to be put back");

        assertThat(recover(handles, entry(1, JournalEntry.SNAPSHOT, "bogus", "a.yaml")))
                .containsExactly(
                        "a.yaml: could not be repaired (unknown journal state bogus); the next run"
                                + " tries again");
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the recording"));
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(1L);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aSnapshotBeingCopiedIsLeftAndItsPartialCopyRemoved(boolean handles) throws IOException {
        write(cassettes.resolve("a.yaml"), "new");
        write(cassettes.resolve("b.yaml"), "new b");
        deadFile("copies/1", "par");
        write(cassettes.resolve(".vcr-aside-dead-1/x.yaml"), "a leftover of step 1");

        assertThat(
                        recover(
                                handles,
                                entry(1, JournalEntry.SNAPSHOT, "copying", "a.yaml"),
                                entry(2, JournalEntry.ASIDE, "moving", "b.yaml"),
                                stuck()))
                .containsExactly(
                        STUCK,
                        "b.yaml: its refresh had not started; left as it was",
                        "a.yaml: its snapshot was being taken; left as it was");
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "new", "b.yaml", "new b"));
        assertThat(workPath.resolve("dead/copies")).isEmptyDirectory();
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(99L);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aHeldSnapshotIsRestoredUnlessUnchanged(boolean handles) throws IOException {
        write(cassettes.resolve("changed.yaml"), "changed");
        write(cassettes.resolve("same.yaml"), "same");
        deadFile("copies/1", "before");
        deadFile("copies/2", "same");
        deadFile("copies/3", "moved away");
        write(cassettes.resolve(".vcr-incoming-dead-1"), "its own leftover");
        write(cassettes.resolve(".vcr-aside-dead-9"), "another step's");

        assertThat(
                        recover(
                                handles,
                                entry(1, JournalEntry.SNAPSHOT, "held", "changed.yaml"),
                                entry(2, JournalEntry.SNAPSHOT, "moving", "same.yaml"),
                                entry(3, JournalEntry.ASIDE, "moving", "users/moved.yaml")))
                .containsExactly(
                        "users/moved.yaml: put back as it was before a refresh that did not"
                                + " finish",
                        "same.yaml: unchanged since the unfinished scenario started",
                        "changed.yaml: restored to its state before a scenario that did not"
                                + " finish");
        assertThat(tree(cassettes))
                .isEqualTo(
                        Map.of(
                                "changed.yaml", "before",
                                "same.yaml", "same",
                                ".vcr-aside-dead-9", "another step's",
                                "users", "",
                                "users/moved.yaml", "moved away"));
        assertThat(workPath).doesNotExist();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aCassetteSavedAsAbsentIsRemovedIfItWasCreated(boolean handles) throws IOException {
        write(cassettes.resolve("made/inner.yaml"), "made");

        assertThat(
                        recover(
                                handles,
                                entry(1, JournalEntry.SNAPSHOT, "absent", "made"),
                                entry(2, JournalEntry.SNAPSHOT, "absent", "never.yaml")))
                .containsExactly(
                        "never.yaml: absent before the unfinished scenario, and still absent",
                        "made: removed: it was created by a scenario that did not finish");
        assertThat(tree(cassettes)).isEmpty();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anInterruptedFolderDeletionIsCompletedOrLeft(boolean handles) throws IOException {
        deadFile("trash/1/inner.yaml", "half deleted");
        write(cassettes.resolve("kept/inner.yaml"), "kept");

        assertThat(
                        recover(
                                handles,
                                entry(1, JournalEntry.DELETE_FOLDER, "moving", "gone"),
                                entry(2, JournalEntry.DELETE_FOLDER, "moving", "kept"),
                                stuck()))
                .containsExactly(
                        STUCK,
                        "kept: its deletion had not started; left as it was (it may be stale)",
                        "gone: its interrupted deletion was completed");
        assertThat(tree(cassettes)).isEqualTo(Map.of("kept", "", "kept/inner.yaml", "kept"));
        assertThat(workPath.resolve("dead/trash")).isEmptyDirectory();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anInterruptedQuarantineIsUndoneOrCompleted(boolean handles) throws IOException {
        Path quarantine = Files.createDirectories(temp.resolve("quarantine"));
        write(cassettes.resolve("copied.yaml"), "copied");
        write(cassettes.resolve("partial.yaml"), "partial");
        write(cassettes.resolve("nowhere.yaml"), "nowhere");
        write(quarantine.resolve("copied.yaml"), "copied");
        write(quarantine.resolve(".vcr-partial-2"), "par");
        write(quarantine.resolve("partial.yaml"), "an older quarantine");
        deadFile("trash/1", "the cassette, moved aside");

        assertThat(
                        recover(
                                handles,
                                quarantined(1, "copied.yaml", quarantine, ".vcr-partial-1"),
                                quarantined(2, "partial.yaml", quarantine, ".vcr-partial-2"),
                                quarantined(
                                        3,
                                        "nowhere.yaml",
                                        temp.resolve("missing/q"),
                                        ".vcr-partial-3"),
                                stuck()))
                .containsExactly(
                        STUCK,
                        "nowhere.yaml: its interrupted quarantine was undone; it stays where it"
                                + " was",
                        "partial.yaml: its interrupted quarantine was undone; it stays where it"
                                + " was",
                        "copied.yaml: its interrupted quarantine was completed: moved to "
                                + quarantine.resolve("copied.yaml"));
        assertThat(tree(cassettes))
                .isEqualTo(Map.of("nowhere.yaml", "nowhere", "partial.yaml", "partial"));
        assertThat(tree(quarantine))
                .isEqualTo(Map.of("copied.yaml", "copied", "partial.yaml", "an older quarantine"));
        assertThat(workPath.resolve("dead/trash")).isEmptyDirectory();
    }

    /**
     * A tampered quarantine entry cannot make recovery delete anything but a partial copy of the
     * plugin's making: a partial name with a path in it, or not of the plugin's form, and a
     * destination with {@code ..}, leave everything where it is, the entry included.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aTamperedQuarantineEntryDeletesNothingButAPartialCopyOfThePluginsMaking(boolean handles)
            throws IOException {
        Path quarantine = Files.createDirectories(temp.resolve("quarantine"));
        Path victims = write(temp.resolve("victims/precious.txt"), "precious").getParent();
        write(victims.resolve("also.txt"), "also precious");
        write(cassettes.resolve("a.yaml"), "a");
        write(cassettes.resolve("b.yaml"), "b");
        write(cassettes.resolve("c.yaml"), "c");

        assertThat(
                        recover(
                                handles,
                                quarantined(1, "a.yaml", quarantine, "../victims/precious.txt"),
                                quarantined(2, "b.yaml", victims, "also.txt"),
                                quarantinedTo(
                                        3,
                                        "c.yaml",
                                        quarantine + "/../victims/precious.txt",
                                        ".vcr-partial-3")))
                .containsExactly(
                        "c.yaml: could not be repaired (its journal entry names no usable"
                                + " quarantine destination: "
                                + quarantine
                                + "/../victims/precious.txt); the next run tries again",
                        "b.yaml: could not be repaired (its journal entry names no partial copy"
                                + " of this plugin's making: also.txt); the next run tries again",
                        "a.yaml: could not be repaired (its journal entry names no partial copy"
                                + " of this plugin's making: ../victims/precious.txt); the next"
                                + " run tries again");
        assertThat(tree(victims))
                .isEqualTo(Map.of("precious.txt", "precious", "also.txt", "also precious"));
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "a", "b.yaml", "b", "c.yaml", "c"));
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(1L, 2L, 3L);
    }

    /**
     * An interrupted quarantine's destination is opened as the quarantine opened it: below
     * quarantine-dir, never through a link, so the partial copy where a link leads is not deleted.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anInterruptedQuarantineIsNotRepairedThroughALinkInTheQuarantineFolder(boolean handles)
            throws IOException {
        Path quarantine = Files.createDirectories(temp.resolve("quarantine"));
        Path elsewhere = write(temp.resolve("elsewhere/.vcr-partial-1"), "not ours").getParent();
        symlink(quarantine.resolve("run-9"), elsewhere);
        write(cassettes.resolve("a.yaml"), "a");

        assertThat(
                        recover(
                                handles,
                                quarantined(
                                        1,
                                        "a.yaml",
                                        quarantine.resolve("run-9"),
                                        ".vcr-partial-1")))
                .containsExactly(
                        "a.yaml: left as it was: a symbolic link on the way ("
                                + quarantine.resolve("run-9")
                                + " -> "
                                + elsewhere
                                + ") — links are never followed");
        assertThat(tree(elsewhere)).isEqualTo(Map.of(".vcr-partial-1", "not ours"));
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "a"));
    }

    /**
     * A quarantine is taken for complete, and the cassette removed, only when its copy stands at
     * the destination: another file there (a journal naming any existing file) removes nothing.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aQuarantineIsCompletedOnlyOverTheCassettesOwnCopy(boolean handles) throws IOException {
        Path quarantine = Files.createDirectories(temp.resolve("quarantine"));
        write(quarantine.resolve("a.yaml"), "something else");
        write(cassettes.resolve("a.yaml"), "the failed scenario's");

        assertThat(recover(handles, quarantined(1, "a.yaml", quarantine, ".vcr-partial-1")))
                .containsExactly(
                        "a.yaml: its interrupted quarantine was undone; it stays where it was");
        assertThat(tree(cassettes)).isEqualTo(Map.of("a.yaml", "the failed scenario's"));
        assertThat(tree(quarantine)).isEqualTo(Map.of("a.yaml", "something else"));
    }

    /**
     * A cassette in a folder is quarantined below the run's quarantine folder in the same folders;
     * its destination must hold them, or nothing is touched.
     */
    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anInterruptedQuarantineOfACassetteInAFolderIsFoundBelowTheSameFolders(boolean handles)
            throws IOException {
        Path quarantine = Files.createDirectories(temp.resolve("quarantine/run-1"));
        write(cassettes.resolve("users/a.yaml"), "a");
        write(quarantine.resolve("users/a.yaml"), "a");
        write(cassettes.resolve("users/b.yaml"), "b");
        write(quarantine.resolve("other/b.yaml"), "b");

        assertThat(
                        recover(
                                handles,
                                quarantined(1, "users/a.yaml", quarantine, ".vcr-partial-1"),
                                quarantinedTo(
                                        2,
                                        "users/b.yaml",
                                        quarantine.resolve("other/b.yaml").toString(),
                                        ".vcr-partial-2")))
                .containsExactly(
                        "users/b.yaml: could not be repaired (its journal entry names a quarantine"
                                + " destination that does not hold the cassette's folders: "
                                + quarantine.resolve("other/b.yaml")
                                + "); the next run tries again",
                        "users/a.yaml: its interrupted quarantine was completed: moved to "
                                + quarantine.resolve("users/a.yaml"));
        assertThat(tree(cassettes)).isEqualTo(Map.of("users", "", "users/b.yaml", "b"));
    }

    private JournalEntry quarantined(long seq, String cassette, Path folder, String partial) {
        return quarantinedTo(seq, cassette, folder.resolve(cassette).toString(), partial);
    }

    /** An interrupted quarantine's entry with the destination written as given. */
    private JournalEntry quarantinedTo(
            long seq, String cassette, String destination, String partial) {
        return entry(seq, JournalEntry.QUARANTINE_COPY, "copying", cassette)
                .with("destination", destination)
                .with("partial", partial);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void whatStandsOnTheWayIsReportedAndLeft(boolean handles) throws IOException {
        Path outside = write(temp.resolve("outside/a.yaml"), "outside").getParent();
        symlink(cassettes.resolve("linked"), outside);
        write(cassettes.resolve("file"), "a file");
        deadFile("copies/1", "saved");
        deadFile("copies/2", "saved");
        deadFile("copies/3", "saved");
        deadFile("trash/3", "its trash");
        deadFile("copies/6", "saved while moving aside");

        assertThat(
                        recover(
                                handles,
                                entry(1, JournalEntry.SNAPSHOT, "held", "linked/a.yaml"),
                                entry(2, JournalEntry.SNAPSHOT, "held", "file/a.yaml"),
                                entry(3, JournalEntry.SNAPSHOT, "copying", "missing/a.yaml"),
                                entry(4, JournalEntry.SNAPSHOT, "absent", "linked/b.yaml"),
                                entry(5, JournalEntry.ASIDE, "absent", "file/b.yaml"),
                                entry(6, JournalEntry.ASIDE, "moving", "linked/c.yaml"),
                                stuck()))
                .containsExactly(
                        STUCK,
                        "linked/c.yaml: left as it was: a symbolic link on the way (linked -> "
                                + outside
                                + ") — links are never followed; its saved copy is kept in "
                                + workPath.resolve("dead/copies/6")
                                + ", and the next run tries again (clear the way, or delete "
                                + workPath.resolve("dead")
                                + " to give the copy up)",
                        "file/b.yaml: left as it was: a file on its way is no folder",
                        "linked/b.yaml: left as it was: a symbolic link on the way (linked -> "
                                + outside
                                + ") — links are never followed",
                        "missing/a.yaml: absent, as its folder is; nothing to repair",
                        "file/a.yaml: left as it was: a file on its way is no folder; its saved"
                                + " copy is kept in "
                                + workPath.resolve("dead/copies/2")
                                + ", and the next run tries again (clear the way, or delete "
                                + workPath.resolve("dead")
                                + " to give the copy up)",
                        "linked/a.yaml: left as it was: a symbolic link on the way (linked -> "
                                + outside
                                + ") — links are never followed; its saved copy is kept in "
                                + workPath.resolve("dead/copies/1")
                                + ", and the next run tries again (clear the way, or delete "
                                + workPath.resolve("dead")
                                + " to give the copy up)");
        assertThat(tree(outside)).isEqualTo(Map.of("a.yaml", "outside"));
        assertThat(cassettes.resolve("missing")).as("not created").doesNotExist();
        assertThat(tree(workPath.resolve("dead/copies")))
                .as("only the missing cassette's copy is removed")
                .isEqualTo(Map.of("1", "saved", "2", "saved", "6", "saved while moving aside"));
        assertThat(workPath.resolve("dead/trash")).isEmptyDirectory();
        assertThat(pending())
                .as("the entries with a saved copy stay, with the stuck one; the others go")
                .extracting(JournalEntry::seq)
                .containsExactlyInAnyOrder(1L, 2L, 6L, 99L);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aSavedCopyThatALinkKeptFromItsPlaceIsPutBackByTheRunAfterTheLinkIsGone(boolean handles)
            throws IOException {
        Path outside = write(temp.resolve("outside/a.yaml"), "outside").getParent();
        symlink(cassettes.resolve("linked"), outside);
        deadFile("copies/1", "the previous recording");
        dead.journal().write(entry(1, JournalEntry.ASIDE, "held", "linked/a.yaml"));
        dead.close();

        WorkFolder second = WorkFolder.at(workPath, cassettes, "second");
        List<Repair> blocked = second.recover(handles);
        second.close();
        assertThat(blocked).singleElement().asString().contains("its saved copy is kept in");
        assertThat(blocked.get(0).waits()).as("waits for a later run").isTrue();
        assertThat(tree(outside)).as("nothing written through the link").containsOnlyKeys("a.yaml");
        assertThat(tree(workPath.resolve("dead/copies")))
                .isEqualTo(Map.of("1", "the previous recording"));

        Files.delete(cassettes.resolve("linked"));
        WorkFolder third = WorkFolder.at(workPath, cassettes, "third");
        List<Repair> repaired = third.recover(handles);
        third.close();

        assertThat(repaired)
                .singleElement()
                .asString()
                .isEqualTo(
                        "linked/a.yaml: put back as it was before a refresh that did not finish");
        assertThat(repaired.get(0).waits()).isFalse();
        assertThat(tree(cassettes))
                .as("its folder made anew")
                .isEqualTo(Map.of("linked", "", "linked/a.yaml", "the previous recording"));
        assertThat(tree(outside)).isEqualTo(Map.of("a.yaml", "outside"));
        assertThat(workPath).as("nothing is left to recover").doesNotExist();
    }

    /** When a dead run's put-back was refused: its entry carries the time. */
    private static final Instant REFUSED = Instant.parse("2026-11-30T12:00:00.000001Z");

    private JournalEntry refused(long seq, String op, String state, String cassette) {
        return entry(seq, op, state, cassette).with(JournalEntry.REFUSED, REFUSED.toString());
    }

    /** Writes a file modified at a given time. */
    private static Path writeAt(Path file, String content, Instant modified) throws IOException {
        write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aRecordingMadeAfterARefusedPutBackStaysAndTheCopyWaitsForTheUsersChoice(boolean handles)
            throws IOException {
        writeAt(cassettes.resolve("users/a.yaml"), "recorded afresh", REFUSED.plusNanos(1000));
        deadFile("copies/1", "the previous recording");

        assertThat(recover(handles, refused(1, JournalEntry.SNAPSHOT, "held", "users/a.yaml")))
                .containsExactly(
                        "users/a.yaml: a recording made after the failed scenario could not be"
                                + " undone (at 2026-11-30T12:00:00.000001Z) stands at its place,"
                                + " modified 2026-11-30T12:00:00.000002Z; left as it is, and its"
                                + " saved copy of the earlier recording is kept in "
                                + workPath.resolve("dead/copies/1")
                                + " (delete "
                                + workPath.resolve("dead")
                                + " to keep the newer recording, or delete "
                                + cassettes.resolve("users/a.yaml")
                                + " to have the next run put the copy back)");
        assertThat(cassettes.resolve("users/a.yaml")).hasContent("recorded afresh");
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(1L);
        assertThat(workPath.resolve("dead/copies/1")).hasContent("the previous recording");

        Files.delete(cassettes.resolve("users/a.yaml"));
        WorkFolder third = WorkFolder.at(workPath, cassettes, "third");
        List<Repair> repaired = third.recover(handles);
        third.close();
        assertThat(repaired)
                .extracting(Repair::toString)
                .containsExactly(
                        "users/a.yaml: restored to its state before a scenario that did not"
                                + " finish");
        assertThat(cassettes.resolve("users/a.yaml")).hasContent("the previous recording");
        assertThat(workPath).doesNotExist();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void whatWasModifiedUpToTheRefusalIsTheFailedScenariosAndIsReplaced(boolean handles)
            throws IOException {
        writeAt(cassettes.resolve("at.yaml"), "partial, at the refusal", REFUSED);
        writeAt(cassettes.resolve("before.yaml"), "partial", REFUSED.minusSeconds(1));
        deadFile("copies/1", "previous 1");
        deadFile("copies/2", "previous 2");

        assertThat(
                        recover(
                                handles,
                                refused(1, JournalEntry.ASIDE, "held", "at.yaml"),
                                refused(2, JournalEntry.SNAPSHOT, "held", "before.yaml")))
                .containsExactly(
                        "before.yaml: restored to its state before a scenario that did not"
                                + " finish",
                        "at.yaml: put back as it was before a refresh that did not finish");
        assertThat(tree(cassettes))
                .isEqualTo(Map.of("at.yaml", "previous 1", "before.yaml", "previous 2"));
        assertThat(workPath).doesNotExist();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aNewerRecordingInsideAFolderCassetteCountsAndAnEqualOneIsUnchanged(boolean handles)
            throws IOException {
        writeAt(cassettes.resolve("folder/old.yaml"), "old", REFUSED.minusSeconds(5));
        writeAt(cassettes.resolve("folder/new.yaml"), "new", REFUSED.plusSeconds(5));
        Files.setLastModifiedTime(cassettes.resolve("folder"), FileTime.from(REFUSED));
        deadFile("copies/1/old.yaml", "previous");
        writeAt(cassettes.resolve("same.yaml"), "the same bytes", REFUSED.plusSeconds(5));
        deadFile("copies/2", "the same bytes");

        assertThat(
                        recover(
                                handles,
                                refused(1, JournalEntry.ASIDE, "held", "folder"),
                                refused(2, JournalEntry.SNAPSHOT, "held", "same.yaml")))
                .hasSize(2)
                .satisfies(
                        repairs -> {
                            assertThat(repairs.get(0))
                                    .isEqualTo(
                                            "same.yaml: unchanged since the unfinished scenario"
                                                    + " started");
                            assertThat(repairs.get(1))
                                    .startsWith("folder: a recording made after")
                                    .contains("modified 2026-11-30T12:00:05.000001Z; left as it");
                        });
        assertThat(tree(cassettes.resolve("folder")))
                .isEqualTo(Map.of("old.yaml", "old", "new.yaml", "new"));
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(1L);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aCassetteAbsentBeforeIsRemovedOnlyIfNothingWasRecordedSinceTheRefusal(boolean handles)
            throws IOException {
        writeAt(cassettes.resolve("since.yaml"), "recorded since", REFUSED.plusMillis(1));
        writeAt(cassettes.resolve("partial.yaml"), "partial", REFUSED.minusMillis(1));

        assertThat(
                        recover(
                                handles,
                                refused(1, JournalEntry.SNAPSHOT, "absent", "since.yaml"),
                                refused(2, JournalEntry.SNAPSHOT, "absent", "partial.yaml")))
                .containsExactly(
                        "partial.yaml: removed: it was created by a scenario that did not finish",
                        "since.yaml: a recording made after the failed scenario could not be"
                                + " undone (at 2026-11-30T12:00:00.000001Z) stands at its place,"
                                + " modified 2026-11-30T12:00:00.001001Z; left as it is");
        assertThat(tree(cassettes)).isEqualTo(Map.of("since.yaml", "recorded since"));
        assertThat(workPath).as("nothing waits: there was no copy").doesNotExist();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anUnreadableRefusalTimeLeavesTheEntryAndTheCassette(boolean handles) throws IOException {
        write(cassettes.resolve("a.yaml"), "as found");
        deadFile("copies/1", "previous");

        assertThat(
                        recover(
                                handles,
                                entry(1, JournalEntry.SNAPSHOT, "held", "a.yaml")
                                        .with(JournalEntry.REFUSED, "yesterday")))
                .containsExactly(
                        "a.yaml: could not be repaired (its journal entry has an unreadable"
                                + " refusal time yesterday); the next run tries again");
        assertThat(cassettes.resolve("a.yaml")).hasContent("as found");
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(1L);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aHeldSnapshotWhoseFolderIsGoneIsPutBackWithItsFolders(boolean handles) throws IOException {
        deadFile("copies/1", "saved");

        assertThat(recover(handles, entry(1, JournalEntry.SNAPSHOT, "held", "users/x/a.yaml")))
                .containsExactly(
                        "users/x/a.yaml: restored to its state before a scenario that did not"
                                + " finish");
        assertThat(cassettes.resolve("users/x/a.yaml")).hasContent("saved");
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anEntryThatCannotBeRepairedStaysForTheNextRun(boolean handles) throws IOException {
        write(cassettes.resolve("stuck.yaml"), "a");

        assertThat(recover(handles, stuck())).containsExactly(STUCK);
        assertThat(pending()).extracting(JournalEntry::seq).containsExactly(99L);
        assertThat(workPath.resolve("dead/lock")).exists();
        assertThat(cassettes.resolve("stuck.yaml")).hasContent("a");
    }
}
