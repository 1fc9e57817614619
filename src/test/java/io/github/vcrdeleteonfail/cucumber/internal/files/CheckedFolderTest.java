package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fallback for platforms without folder handles ({@link CheckedFolder}), forced on Linux: a
 * link already on the way is refused by every operation, and a link inside a folder cassette is
 * handled as a link. (Its residual race, a folder swapped between check and use, is documented in
 * docs/safety.md, not tested.)
 */
class CheckedFolderTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path outside;
    private Path quarantine;
    private WorkFolder work;
    private CassetteFolder folder;
    private Map<String, String> outsideBefore;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "secret");
        Files.createDirectories(outside.resolve("folder/deep"));
        Files.writeString(outside.resolve("folder/data.yaml"), "data");
        Files.writeString(outside.resolve("folder/new.yaml"), "outside, same name");
        Files.writeString(outside.resolve("folder/deep/x.yaml"), "x");
        outsideBefore = TreeState.of(outside);
        quarantine = temp.resolve("quarantine/run-1");
        work = WorkFolder.at(temp.resolve(".work"), cassettes, "run-1");
        folder = new CassetteFolder(cassettes, work, false);
        assertThat(folder.usesFolderHandles()).isFalse();
    }

    /** Whether the test leaves a saved copy in the work folder for the next run's recovery. */
    private boolean copyKept;

    @AfterEach
    void outsideNeverChanges() throws IOException {
        work.close();
        assertThat(TreeState.of(outside)).as("the outside tree").isEqualTo(outsideBefore);
        if (!copyKept) {
            assertThat(temp.resolve(".work")).doesNotExist();
        }
    }

    @ParameterizedTest(name = "through {0}")
    @ValueSource(
            strings = {"out/data.yaml", "out/deep", "real/out/data.yaml", "real/out/deep/x.yaml"})
    void aLinkOnTheWayToTheOutsideIsRefusedByDeleteQuarantineAndSnapshot(String cassette)
            throws IOException {
        Files.createSymbolicLink(cassettes.resolve("out"), outside.resolve("folder"));
        Files.createDirectories(cassettes.resolve("real"));
        Files.createSymbolicLink(cassettes.resolve("real/out"), outside.resolve("folder"));
        Map<String, String> start = TreeState.of(cassettes);

        FileResult deleted = folder.delete(path(cassette));
        FileResult quarantined = folder.quarantine(path(cassette), quarantine, "note");
        FileResult snapshot;
        try (Undo undo = folder.begin("s")) {
            snapshot = undo.snapshot(path(cassette));
        }

        assertThat(deleted.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(deleted.detail())
                .startsWith("a symbolic link on the way (")
                .contains("-> " + outside.resolve("folder"))
                .endsWith("links are never followed");
        assertThat(quarantined.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(snapshot.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(TreeState.of(cassettes)).isEqualTo(start);
        assertThat(quarantine).doesNotExist();
    }

    @ParameterizedTest(name = "cassette {0}")
    @ValueSource(strings = {"rec/data.yaml", "rec/new.yaml", "rec/deep"})
    void aRestoreThroughALinkPutOnTheWayByTheScenarioIsRefused(String cassette) throws IOException {
        Files.createDirectories(cassettes.resolve("rec/deep"));
        Files.writeString(cassettes.resolve("rec/data.yaml"), "good recording");
        Files.writeString(cassettes.resolve("rec/deep/x.yaml"), "good deep recording");
        try (Undo undo = folder.begin("s")) {
            undo.snapshot(path(cassette));
            // The scenario swaps the cassette's folder for a link to the outside.
            Files.move(cassettes.resolve("rec"), cassettes.resolve("moved"));
            Files.createSymbolicLink(cassettes.resolve("rec"), outside.resolve("folder"));

            assertThat(undo.restoreAll())
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.result().kind()).isEqualTo(FileResult.Kind.REFUSED);
                                assertThat(r.result().detail())
                                        .contains("(rec -> " + outside.resolve("folder") + ")");
                                assertThat(
                                                r.result()
                                                        .detail()
                                                        .endsWith(
                                                                "; the saved copy is kept in the"
                                                                        + " work folder for the"
                                                                        + " next run's recovery"))
                                        .as("says the copy is kept when there is one")
                                        .isEqualTo(!cassette.equals("rec/new.yaml"));
                            });
        }
        assertThat(Files.isSymbolicLink(cassettes.resolve("rec"))).isTrue();
        // rec/new.yaml did not exist: there is no copy to keep, only the record of its absence.
        copyKept = !cassette.equals("rec/new.yaml");
        work.close();
        assertThat(Files.exists(temp.resolve(".work/run-1/copies/1")))
                .as("the saved copy is kept for the next run's recovery")
                .isEqualTo(copyKept);
    }

    @Test
    void aLinkInsideAFolderCassetteIsDeletedAsALink() throws IOException {
        folderCassetteWithLinks();

        FileResult result = folder.delete(path("rec"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(cassettes.resolve("rec")).doesNotExist();
    }

    @Test
    void aLinkInsideAFolderCassetteIsQuarantinedAsALink() throws IOException {
        folderCassetteWithLinks();
        Map<String, String> start = TreeState.of(cassettes);

        FileResult result = folder.quarantine(path("rec"), quarantine, "note");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.MOVED);
        assertThat(TreeState.of(quarantine.resolve("rec")))
                .isEqualTo(TreeState.below(start, "rec"))
                .containsEntry("out", "link -> " + outside.resolve("folder"));
    }

    @Test
    void aLinkInsideAFolderCassetteIsRestoredAsALink() throws IOException {
        folderCassetteWithLinks();
        Map<String, String> start = TreeState.of(cassettes);
        try (Undo undo = folder.begin("s")) {
            undo.snapshot(path("rec"));
            Files.delete(cassettes.resolve("rec/out"));
            Files.createDirectories(cassettes.resolve("rec/out"));
            Files.writeString(cassettes.resolve("rec/out/data.yaml"), "recorded over the link");
            Files.delete(cassettes.resolve("rec/secret"));

            assertThat(undo.restoreAll())
                    .extracting(r -> r.result().kind())
                    .containsExactly(FileResult.Kind.RESTORED);
        }
        assertThat(TreeState.of(cassettes)).isEqualTo(start);
    }

    private void folderCassetteWithLinks() throws IOException {
        Files.createDirectories(cassettes.resolve("rec/sub"));
        Files.writeString(cassettes.resolve("rec/sub/1.yaml"), "1");
        Files.createSymbolicLink(cassettes.resolve("rec/out"), outside.resolve("folder"));
        Files.createSymbolicLink(cassettes.resolve("rec/secret"), outside.resolve("secret.yaml"));
        Files.createSymbolicLink(cassettes.resolve("rec/sub/up"), Path.of("../../../outside"));
    }
}
