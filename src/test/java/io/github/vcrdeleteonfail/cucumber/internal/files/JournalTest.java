package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal of a run: each entry written whole under a temporary name and renamed into place, its
 * folder created once, created again when removed since, and temporary names already taken skipped,
 * without ever overwriting one.
 */
class JournalTest {

    /** Beyond the names a test takes: other tests of this JVM may write journals meanwhile. */
    private static final int MARGIN = 200;

    @TempDir Path temp;
    private Path folder;
    private Journal journal;

    @BeforeEach
    void prepare() {
        folder = temp.resolve("run/journal");
        journal = new Journal(folder);
    }

    private static JournalEntry entry(long seq) {
        return JournalEntry.of(seq, JournalEntry.SNAPSHOT, "absent", "/cassettes", path("a.yaml"));
    }

    @Test
    void entriesAreWrittenReplacedAndRemovedLeavingNoTemporaryFile() throws IOException {
        journal.write(entry(1));
        journal.write(entry(2));
        journal.write(entry(1).with("state", "held"));

        assertThat(Journal.read(folder))
                .extracting(JournalEntry::seq, JournalEntry::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "held"),
                        org.assertj.core.groups.Tuple.tuple(2L, "absent"));
        journal.remove(entry(1));
        journal.remove(entry(1)); // a missing entry is fine
        assertThat(Journal.read(folder)).extracting(JournalEntry::seq).containsExactly(2L);
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .containsExactly(entry(2).fileName());
        }
    }

    @Test
    void aFolderRemovedSinceTheFirstWriteIsCreatedAgain() throws IOException {
        journal.write(entry(1));
        TestFiles.deleteTree(temp.resolve("run"));

        journal.write(entry(2));

        assertThat(Journal.read(folder)).extracting(JournalEntry::seq).containsExactly(2L);
    }

    @Test
    void temporaryNamesAlreadyTakenAreSkippedAndLeftAsTheyAre() throws IOException {
        Files.createDirectories(folder);
        long next = Journal.lastTemporary() + 1;
        for (long n = next; n < next + 10; n++) {
            write(folder.resolve(".tmp-" + n), "someone else's " + n);
        }

        journal.write(entry(7));

        for (long n = next; n < next + 10; n++) {
            assertThat(folder.resolve(".tmp-" + n)).hasContent("someone else's " + n);
        }
        assertThat(Journal.lastTemporary()).isGreaterThanOrEqualTo(next + 10);
        assertThat(Journal.read(folder)).extracting(JournalEntry::seq).containsExactly(7L);
    }

    @Test
    void aWriteGivesUpWhenEveryTemporaryNameItTriesIsTaken() throws IOException {
        Files.createDirectories(folder);
        long next = Journal.lastTemporary() + 1;
        for (long n = next; n < next + Journal.ATTEMPTS + MARGIN; n++) {
            Files.createFile(folder.resolve(".tmp-" + n));
        }

        assertThatThrownBy(() -> journal.write(entry(7)))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(folder.resolve(entry(7).fileName())).doesNotExist();
    }
}
