package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
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

/** Snapshots, restores and safe refresh, with folder handles and with the fallback. */
class UndoTest {

    @TempDir Path temp;
    private Path cassettes;
    private WorkFolder work;

    @BeforeEach
    void prepare() throws IOException {
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        Files.createDirectories(cassettes.resolve("shared/deep"));
        Files.writeString(cassettes.resolve("shared/login.yaml"), "login");
        Files.writeString(cassettes.resolve("shared/other.yaml"), "other");
        Files.writeString(cassettes.resolve("shared/deep/x.yaml"), "x");
        Files.createSymbolicLink(cassettes.resolve("shared/link"), Path.of("other.yaml"));
        Files.writeString(cassettes.resolve("a.yaml"), "a");
        work = WorkFolder.at(temp.resolve(".work"), cassettes, "run-1");
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void restoresExactlyTheStartStateWithOverlappingSelections(boolean handles) throws IOException {
        Map<String, String> start = TreeState.of(cassettes);
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        try (Undo undo = folder.begin("scenario")) {
            assertThat(undo.snapshot(path("shared/login.yaml")).kind())
                    .isEqualTo(FileResult.Kind.UNCHANGED);
            Files.writeString(cassettes.resolve("shared/login.yaml"), "changed before the folder");
            assertThat(undo.snapshot(path("shared")).kind()).isEqualTo(FileResult.Kind.UNCHANGED);
            assertThat(undo.snapshot(path("shared/deep/x.yaml")).detail())
                    .isEqualTo("already covered by the snapshot of shared");
            assertThat(undo.snapshot(path("new/made.yaml")).kind())
                    .isEqualTo(FileResult.Kind.ABSENT);
            assertThat(undo.snapshot(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.UNCHANGED);
            Files.delete(cassettes.resolve("shared/other.yaml"));
            Files.writeString(cassettes.resolve("shared/added.yaml"), "added");
            Files.createDirectories(cassettes.resolve("new"));
            Files.writeString(cassettes.resolve("new/made.yaml"), "made");

            List<Undo.Restoration> done = undo.restoreAll();

            assertThat(done)
                    .extracting(r -> r.cassette().toString(), r -> r.result().kind())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "a.yaml", FileResult.Kind.UNCHANGED),
                            org.assertj.core.groups.Tuple.tuple(
                                    "new/made.yaml", FileResult.Kind.REMOVED_CREATED),
                            org.assertj.core.groups.Tuple.tuple("shared", FileResult.Kind.RESTORED),
                            org.assertj.core.groups.Tuple.tuple(
                                    "shared/login.yaml", FileResult.Kind.RESTORED));
        }
        Map<String, String> after = TreeState.of(cassettes);
        after.remove("new");
        assertThat(after).isEqualTo(start);
        work.close();
        assertThat(temp.resolve(".work")).doesNotExist();
    }

    @Test
    void aPassingScenarioLeavesTheNewRecordingAndNoCopies() throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        try (Undo undo = folder.begin("scenario")) {
            undo.snapshot(path("a.yaml"));
            Files.writeString(cassettes.resolve("a.yaml"), "recorded anew");
        }
        assertThat(cassettes.resolve("a.yaml")).hasContent("recorded anew");
        assertThat(work.recover()).isEmpty();
        work.close();
        assertThat(temp.resolve(".work")).doesNotExist();
    }

    @ParameterizedTest(name = "handles: {0}")
    @ValueSource(booleans = {true, false})
    void aPassingScenarioWhoseCassetteWasAbsentTouchesNoCopiesFolder(boolean handles)
            throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        try (Undo undo = folder.begin("scenario")) {
            assertThat(undo.snapshot(path("new/made.yaml")).kind())
                    .isEqualTo(FileResult.Kind.ABSENT);
            Files.createDirectories(cassettes.resolve("new"));
            Files.writeString(cassettes.resolve("new/made.yaml"), "recorded");
        }
        Path run = temp.resolve(".work").resolve("run-1");
        assertThat(TestFiles.journal(run.resolve(WorkFolder.JOURNAL))).as("journal").isEmpty();
        assertThat(run.resolve(WorkFolder.COPIES)).as("nothing was copied").doesNotExist();
        assertThat(cassettes.resolve("new/made.yaml")).hasContent("recorded");
        work.close();
        assertThat(temp.resolve(".work")).doesNotExist();
    }

    @Test
    void restoresAFolderReplacedByAFileAndAFileReplacedByAFolder() throws IOException {
        Map<String, String> start = TreeState.of(cassettes);
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            undo.snapshot(path("shared"));
            undo.snapshot(path("a.yaml"));
            TestFiles.deleteTree(cassettes.resolve("shared"));
            Files.writeString(cassettes.resolve("shared"), "now a file");
            Files.delete(cassettes.resolve("a.yaml"));
            Files.createDirectories(cassettes.resolve("a.yaml/inner"));

            undo.restoreAll();
        }
        assertThat(TreeState.of(cassettes)).isEqualTo(start);
    }

    @ParameterizedTest(name = "cross file system: {0}")
    @ValueSource(booleans = {true, false})
    void aFailedRefreshPutsTheOldRecordingBackByteForByte(boolean cross) throws IOException {
        Map<String, String> start = TreeState.of(cassettes);
        CassetteFolder folder = new CassetteFolder(cassettes, work, true, cross);
        try (Undo undo = folder.begin("s")) {
            assertThat(undo.moveAside(path("shared")).kind())
                    .isEqualTo(FileResult.Kind.MOVED_ASIDE);
            assertThat(cassettes.resolve("shared")).doesNotExist();
            Files.createDirectories(cassettes.resolve("shared"));
            Files.writeString(cassettes.resolve("shared/partial.yaml"), "half");

            FileResult settled = undo.settleRefresh(path("shared"), false);

            assertThat(settled.kind()).isEqualTo(FileResult.Kind.PUT_BACK);
        }
        assertThat(TreeState.of(cassettes)).isEqualTo(start);
    }

    @Test
    void aPassedRefreshKeepsTheNewRecordingOrPutsTheOldBackWhenNothingWasRecorded()
            throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        try (Undo undo = folder.begin("s")) {
            undo.moveAside(path("a.yaml"));
            undo.moveAside(path("shared"));
            Files.writeString(cassettes.resolve("a.yaml"), "fresh");

            assertThat(undo.settleRefresh(path("a.yaml"), true).kind())
                    .isEqualTo(FileResult.Kind.REFRESHED);
            assertThat(undo.settleRefresh(path("shared"), true).kind())
                    .isEqualTo(FileResult.Kind.PUT_BACK);
        }
        assertThat(cassettes.resolve("a.yaml")).hasContent("fresh");
        assertThat(cassettes.resolve("shared/login.yaml")).hasContent("login");
    }

    @Test
    void aSnapshotThroughALinkIsRefused() throws IOException {
        Files.createSymbolicLink(cassettes.resolve("via"), cassettes.resolve("shared"));
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            FileResult result = undo.snapshot(path("via/login.yaml"));

            assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
            assertThat(result.detail()).contains("a symbolic link on the way (via -> ");
        }
    }

    @Test
    void aCassetteThatIsALinkIsSnapshottedAndRestoredAsALink() throws IOException {
        Files.createSymbolicLink(cassettes.resolve("l.yaml"), Path.of("a.yaml"));
        Map<String, String> start = TreeState.of(cassettes);
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            undo.snapshot(path("l.yaml"));
            Files.delete(cassettes.resolve("l.yaml"));
            Files.writeString(cassettes.resolve("l.yaml"), "a file now");

            assertThat(undo.restoreAll())
                    .extracting(r -> r.result().kind())
                    .containsExactly(FileResult.Kind.RESTORED);
        }
        assertThat(TreeState.of(cassettes)).isEqualTo(start);
        assertThat(cassettes.resolve("a.yaml")).hasContent("a");
    }

    @Test
    void aSecondSnapshotOfASettledCassetteWhoseFolderIsGoneIsJournaledAsAbsent()
            throws IOException {
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            undo.moveAside(path("shared/deep/x.yaml"));
            assertThat(undo.settleRefresh(path("shared/deep/x.yaml"), true).kind())
                    .isEqualTo(FileResult.Kind.PUT_BACK);
            TestFiles.deleteTree(cassettes.resolve("shared/deep"));

            assertThat(undo.snapshot(path("shared/deep/x.yaml")).kind())
                    .isEqualTo(FileResult.Kind.ABSENT);
            Files.createDirectories(cassettes.resolve("shared/deep"));
            Files.writeString(cassettes.resolve("shared/deep/x.yaml"), "created by the scenario");

            assertThat(undo.restoreAll())
                    .extracting(r -> r.result().kind())
                    .containsExactly(FileResult.Kind.REMOVED_CREATED);
        }
        assertThat(cassettes.resolve("shared/deep/x.yaml")).doesNotExist();
    }

    @Test
    void aCassetteThatCannotGoBackBecauseItsFolderBecameAFileFailsAndKeepsItsCopy()
            throws IOException {
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            undo.snapshot(path("shared/login.yaml"));
            TestFiles.deleteTree(cassettes.resolve("shared"));
            Files.writeString(cassettes.resolve("shared"), "a file where the folder was");

            assertThat(undo.restoreAll())
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.result().kind()).isEqualTo(FileResult.Kind.FAILED);
                                assertThat(r.result().detail())
                                        .startsWith("could not put it back (it does not exist (")
                                        .endsWith(
                                                "kept in the work folder for the next run's"
                                                        + " recovery");
                            });
        }
        work.close();
        assertThat(cassettes.resolve("shared")).hasContent("a file where the folder was");
        assertThat(temp.resolve(".work")).as("kept for the next run").isDirectory();
        Files.delete(cassettes.resolve("shared"));
        assertThat(recoverInTheNextRun())
                .extracting(Repair::toString)
                .containsExactly(
                        "shared/login.yaml: restored to its state before a scenario that did not"
                                + " finish");
        assertThat(cassettes.resolve("shared/login.yaml")).hasContent("login");
        assertThat(TreeState.of(cassettes.resolve("shared"))).containsOnlyKeys("login.yaml");
    }

    @Test
    void aCassetteMovedAsideThatCannotGoBackFailsAndKeepsItsOriginal() throws IOException {
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            undo.moveAside(path("shared/login.yaml"));
            TestFiles.deleteTree(cassettes.resolve("shared"));
            Files.writeString(cassettes.resolve("shared"), "a file where the folder was");

            FileResult settled = undo.settleRefresh(path("shared/login.yaml"), false);

            assertThat(settled.kind()).isEqualTo(FileResult.Kind.FAILED);
            assertThat(settled.detail()).startsWith("could not put it back (");
        }
        work.close();
        assertThat(temp.resolve(".work")).as("the original is kept for the next run").isDirectory();
    }

    @ParameterizedTest(name = "recorded afresh since the refusal: {0}")
    @ValueSource(booleans = {false, true})
    void aCopyRefusedByALinkGoesBackOverTheFailedRecordingButNotOverOneMadeSince(
            boolean recordedSince) throws IOException {
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            undo.snapshot(path("shared/login.yaml"));
            Files.writeString(cassettes.resolve("shared/login.yaml"), "the failed recording");
            Files.move(cassettes.resolve("shared"), temp.resolve("shared-real"));
            Files.createSymbolicLink(cassettes.resolve("shared"), temp.resolve("shared-real"));

            assertThat(undo.restoreAll())
                    .singleElement()
                    .satisfies(
                            r -> assertThat(r.result().kind()).isEqualTo(FileResult.Kind.REFUSED));
            String first = stamp();
            assertThat(undo.restoreAll()).singleElement();
            assertThat(stamp()).as("a second refusal keeps the first time").isEqualTo(first);
        }
        work.close();
        List<JournalEntry> kept = TestFiles.journal(temp.resolve(".work/run-1/journal"));
        assertThat(kept).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo("held"));
        Instant refused = Instant.parse(kept.get(0).get(JournalEntry.REFUSED));
        assertThat(Files.getLastModifiedTime(temp.resolve("shared-real/login.yaml")).toInstant())
                .as("the failed recording was made before the refusal")
                .isBeforeOrEqualTo(refused);

        Files.delete(cassettes.resolve("shared"));
        Files.move(temp.resolve("shared-real"), cassettes.resolve("shared"));
        if (recordedSince) {
            Path login = cassettes.resolve("shared/login.yaml");
            Files.writeString(login, "recorded afresh");
            // Made after the refusal; stated, as the file system's clock may be coarser.
            Files.setLastModifiedTime(login, FileTime.from(refused.plusMillis(10)));
        }
        List<Repair> repaired = recoverInTheNextRun();

        assertThat(repaired)
                .singleElement()
                .satisfies(r -> assertThat(r.waits()).isEqualTo(recordedSince));
        assertThat(cassettes.resolve("shared/login.yaml"))
                .hasContent(recordedSince ? "recorded afresh" : "login");
        assertThat(temp.resolve(".work/run-1/copies"))
                .as("the copy is kept while a newer recording stands")
                .matches(copies -> Files.exists(copies) == recordedSince);
    }

    @Test
    void aRefusedRefreshIsLeftToRecoveryEvenWhenTheWayClearsBeforeTheUnitCloses()
            throws IOException {
        try (Undo undo = new CassetteFolder(cassettes, work).begin("s")) {
            undo.moveAside(path("shared/login.yaml"));
            Files.writeString(cassettes.resolve("shared/login.yaml"), "the failed recording");
            Files.move(cassettes.resolve("shared"), temp.resolve("shared-real"));
            Files.createSymbolicLink(cassettes.resolve("shared"), temp.resolve("shared-real"));

            assertThat(undo.settleRefresh(path("shared/login.yaml"), false).kind())
                    .isEqualTo(FileResult.Kind.REFUSED);
            Files.delete(cassettes.resolve("shared"));
            Files.move(temp.resolve("shared-real"), cassettes.resolve("shared"));
        }
        work.close();
        assertThat(cassettes.resolve("shared/login.yaml"))
                .as("closing the unit does not settle it again as passed")
                .hasContent("the failed recording");
        assertThat(stamp()).as("the refusal's time, for the next run").isNotNull();

        assertThat(recoverInTheNextRun())
                .extracting(Repair::toString)
                .containsExactly(
                        "shared/login.yaml: put back as it was before a refresh that did not"
                                + " finish");
        assertThat(cassettes.resolve("shared/login.yaml")).hasContent("login");
    }

    /** Recovers what run-1 left, as the next run does before its first scenario. */
    private List<Repair> recoverInTheNextRun() {
        WorkFolder next = WorkFolder.at(temp.resolve(".work"), cassettes, "run-2");
        try {
            return next.recover();
        } finally {
            next.close();
        }
    }

    /** The refusal time in the one journal entry of run-1. */
    private String stamp() throws IOException {
        List<JournalEntry> entries = TestFiles.journal(temp.resolve(".work/run-1/journal"));
        assertThat(entries).hasSize(1);
        return entries.get(0).get(JournalEntry.REFUSED);
    }
}
