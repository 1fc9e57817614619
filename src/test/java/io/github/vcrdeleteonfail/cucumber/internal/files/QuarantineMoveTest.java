package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quarantine beyond the plain move: a copy across file systems that fails half way leaves nothing
 * behind, a taken note name counts as taken, and nothing stays pending in the work folder.
 */
class QuarantineMoveTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path quarantine;
    private WorkFolder work;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        quarantine = temp.resolve("quarantine/run-1");
        work = WorkFolder.at(temp.resolve(".work"), cassettes, "run-1");
    }

    @ParameterizedTest(name = "handles {0}")
    @CsvSource({"true", "false"})
    void aCopyAcrossFileSystemsThatFailsLeavesNoPartialCopyAndNothingPending(boolean handles)
            throws Exception {
        write(cassettes.resolve("rec/a.yaml"), "a");
        Process mkfifo =
                new ProcessBuilder("mkfifo", cassettes.resolve("rec/pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Map<String, String> start = TreeState.of(cassettes);
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles, true);

        FileResult result = folder.quarantine(path("rec"), quarantine, "scenario: x\n");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(result.detail())
                .startsWith("could not copy it to " + quarantine.resolve("rec") + " (")
                .contains("never copied")
                .endsWith("); it stays where it was");
        assertThat(TreeState.of(cassettes)).isEqualTo(start);
        assertThat(quarantine).as("no partial copy, no note").isEmptyDirectory();
        work.close();
        assertThat(temp.resolve(".work")).as("no journal entry left").doesNotExist();
    }

    @ParameterizedTest(name = "handles {0}, cross {1}")
    @CsvSource({"true,false", "true,true", "false,false", "false,true"})
    void aNameWhoseNoteIsTakenIsTakenAndNothingStaysPending(boolean handles, boolean cross)
            throws IOException {
        write(cassettes.resolve("users/a.yaml"), "recorded");
        write(quarantine.resolve("users/a.yaml.failure.yaml"), "an earlier note");
        write(quarantine.resolve("users/a.yaml-2"), "an earlier quarantine");
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles, cross);

        FileResult result = folder.quarantine(path("users/a.yaml"), quarantine, "scenario: x\n");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.MOVED);
        assertThat(result.destination()).contains(quarantine.resolve("users/a.yaml-3"));
        assertThat(result.detail()).isEqualTo("moved to " + quarantine.resolve("users/a.yaml-3"));
        assertThat(tree(quarantine))
                .isEqualTo(
                        Map.of(
                                "users", "",
                                "users/a.yaml.failure.yaml", "an earlier note",
                                "users/a.yaml-2", "an earlier quarantine",
                                "users/a.yaml-3", "recorded",
                                "users/a.yaml-3.failure.yaml", "scenario: x\n"));
        assertThat(tree(cassettes)).isEqualTo(Map.of("users", ""));
        work.close();
        assertThat(temp.resolve(".work")).as("no journal entry, copy or trash left").doesNotExist();
    }
}
