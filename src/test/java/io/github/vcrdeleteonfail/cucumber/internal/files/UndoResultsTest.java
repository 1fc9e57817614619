package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a unit answers for one cassette: a snapshot that cannot be copied (leaving no journal entry,
 * copy or lock behind), a unit used after it is settled, and the restoration of one cassette.
 */
class UndoResultsTest {

    @TempDir Path temp;
    private Path cassettes;
    private WorkFolder work;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        write(cassettes.resolve("shared/login.yaml"), "login");
        write(cassettes.resolve("a.yaml"), "a");
        work = WorkFolder.at(temp.resolve(".work"), cassettes, "run-1");
    }

    private Path runFolder(String sub) {
        return temp.resolve(".work/run-1").resolve(sub);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aSnapshotThatCannotBeCopiedLeavesNothingBehind(boolean handles) throws Exception {
        Process mkfifo =
                new ProcessBuilder("mkfifo", cassettes.resolve("shared/pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);

        try (Undo undo = folder.begin("scenario")) {
            FileResult result = undo.snapshot(path("shared"));

            assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
            assertThat(result.detail()).contains("never copied");
            assertThat(TestFiles.journal(runFolder(WorkFolder.JOURNAL))).isEmpty();
            assertThat(runFolder(WorkFolder.COPIES)).isEmptyDirectory();
            assertThat(work.locks().tryLock(new Object(), path("shared"), new String[1]))
                    .as("its lock is released")
                    .isNotNull();
            assertThat(undo.restoreAll()).as("nothing to restore").isEmpty();
        }
        assertThat(cassettes.resolve("shared/login.yaml")).hasContent("login");
        work.close();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aSettledUnitTakesNoMoreSnapshots(boolean handles) throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        Undo undo = folder.begin("scenario");
        undo.close();

        FileResult result = undo.snapshot(path("a.yaml"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(result.detail()).isEqualTo("the unit scenario is already settled");
        work.close();
        assertThat(temp.resolve(".work")).doesNotExist();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void restoresOneCassetteWithItsUnitAndTellsWhatCoveredIt(boolean handles) throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        try (Undo undo = folder.begin("scenario")) {
            assertThat(undo.snapshot(path("shared")).kind()).isEqualTo(FileResult.Kind.UNCHANGED);
            assertThat(undo.snapshot(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.UNCHANGED);
            write(cassettes.resolve("shared/login.yaml"), "recorded");
            write(cassettes.resolve("a.yaml"), "recorded");

            FileResult inner = undo.restore(path("shared/login.yaml"));
            FileResult a = undo.restore(path("a.yaml"));
            FileResult never = undo.restore(path("other.yaml"));

            assertThat(inner.kind()).isEqualTo(FileResult.Kind.RESTORED);
            assertThat(inner.detail()).startsWith("restored with shared: ");
            assertThat(a.kind()).isEqualTo(FileResult.Kind.RESTORED);
            assertThat(a.detail()).doesNotStartWith("restored with");
            assertThat(never.kind()).isEqualTo(FileResult.Kind.FAILED);
            assertThat(never.detail()).isEqualTo("no snapshot of it was taken by scenario");
        }
        assertThat(cassettes.resolve("shared/login.yaml")).hasContent("login");
        assertThat(cassettes.resolve("a.yaml")).hasContent("a");
        work.close();
    }
}
