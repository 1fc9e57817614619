package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a unit leaves in its run folder while the scenario runs (every saved cassette journaled, so
 * that a crash can be repaired) and after it settles (no entry, no copy), and a unit settled
 * without an explicit refresh settlement.
 */
class UndoJournalTest {

    @TempDir Path temp;
    private Path cassettes;
    private WorkFolder work;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        write(cassettes.resolve("users/kept.yaml"), "kept");
        write(cassettes.resolve("users/aside.yaml"), "aside");
        work = WorkFolder.at(temp.resolve(".work"), cassettes, "run-1");
    }

    private Path runFolder(String sub) {
        return temp.resolve(".work/run-1").resolve(sub);
    }

    private List<JournalEntry> journal() throws IOException {
        return TestFiles.journal(runFolder(WorkFolder.JOURNAL));
    }

    @ParameterizedTest(name = "handles {0}, cross {1}")
    @CsvSource({"true,false", "true,true", "false,false", "false,true"})
    void everySavedCassetteIsJournaledUntilTheUnitSettles(boolean handles, boolean cross)
            throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles, cross);
        try (Undo undo = folder.begin("scenario")) {
            FileResult absent = undo.snapshot(path("users/new.yaml"));
            FileResult kept = undo.snapshot(path("users/kept.yaml"));
            FileResult aside = undo.moveAside(path("users/aside.yaml"));

            assertThat(absent.kind()).isEqualTo(FileResult.Kind.ABSENT);
            assertThat(kept.kind()).isEqualTo(FileResult.Kind.UNCHANGED);
            assertThat(aside.kind()).isEqualTo(FileResult.Kind.MOVED_ASIDE);
            assertThat(aside.detail())
                    .isEqualTo(
                            cross
                                    ? "copied into the work folder and removed"
                                    : "moved into the work folder");
            assertThat(journal())
                    .extracting(e -> e.op(), e -> e.state(), e -> e.get("cassette"))
                    .containsExactly(
                            tuple(JournalEntry.SNAPSHOT, "absent", "users/new.yaml"),
                            tuple(JournalEntry.SNAPSHOT, "held", "users/kept.yaml"),
                            tuple(JournalEntry.ASIDE, "held", "users/aside.yaml"));
            write(cassettes.resolve("users/aside.yaml"), "fresh");
        }
        assertThat(journal()).isEmpty();
        assertThat(runFolder(WorkFolder.COPIES)).as("no copy left").isEmptyDirectory();
        assertThat(cassettes.resolve("users/aside.yaml")).hasContent("fresh");
        work.close();
        assertThat(temp.resolve(".work")).doesNotExist();
    }

    @ParameterizedTest(name = "handles {0}")
    @CsvSource({"true", "false"})
    void aUnitSettledWithoutARefreshSettlementPutsBackWhatNothingReplaced(boolean handles)
            throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        try (Undo undo = folder.begin("scenario")) {
            assertThat(undo.moveAside(path("users/aside.yaml")).kind())
                    .isEqualTo(FileResult.Kind.MOVED_ASIDE);
            assertThat(cassettes.resolve("users/aside.yaml")).doesNotExist();
        }
        assertThat(cassettes.resolve("users/aside.yaml")).hasContent("aside");
        assertThat(journal()).isEmpty();
        work.close();
    }

    @ParameterizedTest(name = "handles {0}")
    @CsvSource({"true", "false"})
    void aRefreshOfAnAbsentCassetteKeepsOrRemovesWhatWasRecorded(boolean handles)
            throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        try (Undo undo = folder.begin("scenario")) {
            for (String name :
                    List.of("users/new.yaml", "users/bad.yaml", "users/none.yaml", "gone/x.yaml")) {
                assertThat(undo.moveAside(path(name)).kind()).isEqualTo(FileResult.Kind.ABSENT);
            }
            write(cassettes.resolve("users/new.yaml"), "new");
            write(cassettes.resolve("users/bad.yaml"), "bad");

            assertThat(undo.settleRefresh(path("users/new.yaml"), true))
                    .hasToString("REFRESHED: a new recording was made");
            assertThat(undo.settleRefresh(path("users/bad.yaml"), false))
                    .hasToString("REMOVED_CREATED: the failed scenario's new recording removed");
            assertThat(undo.settleRefresh(path("users/none.yaml"), false))
                    .hasToString("UNCHANGED: nothing was recorded");
            assertThat(undo.settleRefresh(path("gone/x.yaml"), false))
                    .as("its folder is missing too")
                    .hasToString("UNCHANGED: nothing was recorded");
        }
        assertThat(cassettes.resolve("users/new.yaml")).hasContent("new");
        assertThat(cassettes.resolve("users/bad.yaml")).doesNotExist();
        assertThat(cassettes.resolve("gone")).doesNotExist();
        work.close();
    }

    @Test
    void aCassetteNeverMovedAsideHasNoRefreshToSettle() throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        try (Undo undo = folder.begin("scenario")) {
            undo.snapshot(path("users/kept.yaml"));

            FileResult result = undo.settleRefresh(path("users/kept.yaml"), true);

            assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
            assertThat(result.detail())
                    .isEqualTo("it was not moved aside by scenario, or is settled");
        }
        work.close();
    }

    @Test
    void aUnitOfAnEndedRunCannotLockAnything() {
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        work.close();
        try (Undo undo = folder.begin("scenario")) {
            FileResult result = undo.snapshot(path("users/kept.yaml"));

            assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
            assertThat(result.detail())
                    .isEqualTo("could not lock it: the run has ended; its work folder is closed");
        }
        assertThat(temp.resolve(".work")).doesNotExist();
    }

    @Test
    void anAbsentCassetteThatCannotBeJournaledFailsAndIsNotRemembered() throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        work.ensureRun();
        // A file where the journal folder goes: no entry can be written.
        write(runFolder(WorkFolder.JOURNAL), "in the way");
        try (Undo undo = folder.begin("scenario")) {
            FileResult result = undo.snapshot(path("users/new.yaml"));

            assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
            assertThat(result.detail()).startsWith("could not journal it: ");
            write(cassettes.resolve("users/new.yaml"), "created");
            assertThat(undo.restoreAll()).as("nothing was saved").isEmpty();
        }
        assertThat(cassettes.resolve("users/new.yaml")).hasContent("created");
        Files.delete(runFolder(WorkFolder.JOURNAL));
        work.close();
    }
}
