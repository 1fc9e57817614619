package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal of a run: each entry written whole under a temporary name and renamed into place, its
 * folder created when first needed, created again when removed since, never reached through a link,
 * and temporary names already taken skipped, without ever overwriting one.
 */
class JournalTest {

    /** Beyond the names a test takes: other tests of this JVM may write journals meanwhile. */
    private static final int MARGIN = 200;

    @TempDir Path temp;
    private WorkFolder work;
    private Path folder;
    private Journal journal;

    @BeforeEach
    void prepare() {
        work = WorkFolder.at(temp.resolve("work"), temp.resolve("cassettes"), "run");
        folder = work.runFolder().resolve(WorkFolder.JOURNAL);
        journal = work.journal();
    }

    @AfterEach
    void close() {
        work.close();
    }

    private static JournalEntry entry(long seq) {
        return JournalEntry.of(seq, JournalEntry.SNAPSHOT, "absent", "/cassettes", path("a.yaml"));
    }

    @Test
    void entriesAreWrittenReplacedAndRemovedLeavingNoTemporaryFile() throws IOException {
        journal.write(entry(1));
        journal.write(entry(2));
        journal.write(entry(1).with("state", "held"));

        assertThat(TestFiles.journal(folder))
                .extracting(JournalEntry::seq, JournalEntry::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "held"),
                        org.assertj.core.groups.Tuple.tuple(2L, "absent"));
        journal.remove(entry(1));
        journal.remove(entry(1)); // a missing entry is fine
        assertThat(TestFiles.journal(folder)).extracting(JournalEntry::seq).containsExactly(2L);
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .containsExactly(entry(2).fileName());
        }
    }

    @Test
    void aFolderRemovedSinceTheFirstWriteIsCreatedAgain() throws IOException {
        journal.write(entry(1));
        TestFiles.deleteTree(folder);

        journal.write(entry(2));

        assertThat(TestFiles.journal(folder)).extracting(JournalEntry::seq).containsExactly(2L);
    }

    @Test
    void aLinkPutAtTheJournalIsRefusedAndNothingIsWrittenOrRemovedWhereItLeads()
            throws IOException {
        journal.write(entry(1));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        write(elsewhere.resolve(entry(1).fileName()), "not the run's");
        TestFiles.deleteTree(folder);
        TestFiles.symlink(folder, elsewhere);

        assertThatThrownBy(() -> journal.write(entry(2))).isInstanceOf(LinkOnTheWay.class);
        assertThatThrownBy(() -> journal.remove(entry(1))).isInstanceOf(LinkOnTheWay.class);
        try (Folder run = Folders.openRoot(work.runFolder(), true)) {
            assertThatThrownBy(() -> Journal.read(run)).isInstanceOf(LinkOnTheWay.class);
        }

        assertThat(TestFiles.tree(elsewhere)).containsOnlyKeys(entry(1).fileName());
        assertThat(elsewhere.resolve(entry(1).fileName())).hasContent("not the run's");
    }

    @Test
    void aWriteThatCannotRenameItsTemporaryFileRemovesIt() throws IOException {
        journal.write(entry(1));
        write(folder.resolve(entry(5).fileName()).resolve("in the way"), "a folder at its name");

        assertThatThrownBy(() -> journal.write(entry(5))).isInstanceOf(IOException.class);

        assertThat(TestFiles.tree(folder))
                .containsOnlyKeys(
                        entry(1).fileName(),
                        entry(5).fileName(),
                        entry(5).fileName() + "/in the way");
    }

    @Test
    void aTemporaryFileOfAnInterruptedWriteIsRemovedWhenTheJournalIsRead() throws IOException {
        journal.write(entry(3));
        write(folder.resolve(".tmp-interrupted"), "half an entr");

        try (Folder run = Folders.openRoot(work.runFolder(), true)) {
            assertThat(Journal.read(run)).extracting(JournalEntry::seq).containsExactly(3L);
        }

        assertThat(TestFiles.tree(folder)).containsOnlyKeys(entry(3).fileName());
    }

    @Test
    void temporaryNamesAlreadyTakenAreSkippedAndLeftAsTheyAre() throws IOException {
        journal.write(entry(1));
        journal.remove(entry(1)); // the run folder and its journal exist
        long next = Journal.lastTemporary() + 1;
        for (long n = next; n < next + 10; n++) {
            write(folder.resolve(".tmp-" + n), "someone else's " + n);
        }

        journal.write(entry(7));

        for (long n = next; n < next + 10; n++) {
            assertThat(folder.resolve(".tmp-" + n)).hasContent("someone else's " + n);
        }
        assertThat(Journal.lastTemporary()).isGreaterThanOrEqualTo(next + 10);
        assertThat(TestFiles.journal(folder)).extracting(JournalEntry::seq).containsExactly(7L);
    }

    @Test
    void aWriteGivesUpWhenEveryTemporaryNameItTriesIsTaken() throws IOException {
        journal.write(entry(1));
        journal.remove(entry(1)); // the run folder and its journal exist
        long next = Journal.lastTemporary() + 1;
        for (long n = next; n < next + Journal.ATTEMPTS + MARGIN; n++) {
            Files.createFile(folder.resolve(".tmp-" + n));
        }

        assertThatThrownBy(() -> journal.write(entry(7)))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(folder.resolve(entry(7).fileName())).doesNotExist();
    }
}
