package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.files.FaultyFolder.Call;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deleting trees through opened folders, in both folder modes: what is counted, what is reported
 * when an entry cannot go (failures a root test run provokes through {@link FaultyFolder}), and a
 * folder swapped for a link while it is deleted.
 */
class TreesDeletionTest {

    @TempDir Path tmp;
    private Path root;
    private Path outside;

    @BeforeEach
    void createFolders() throws IOException {
        tmp = tmp.toRealPath();
        root = Files.createDirectories(tmp.resolve("root"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        write(outside.resolve("kept.yaml"), "outside");
    }

    private Trees.Deletion delete(Folder parent, String name) {
        Trees.Deletion deletion = new Trees.Deletion(null);
        Trees.delete(parent, Path.of(name), name, deletion);
        return deletion;
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void countsEveryRemovedEntryAndNeverFollowsALink(boolean handles) throws IOException {
        write(root.resolve("tree/a.yaml"), "a");
        write(root.resolve("tree/sub/b.yaml"), "b");
        Files.createDirectories(root.resolve("tree/empty"));
        symlink(root.resolve("tree/sub/out"), outside);

        Trees.Deletion deletion;
        try (Folder folder = Folders.openRoot(root, handles)) {
            deletion = delete(folder, "tree");
        }

        assertThat(deletion.failed()).isFalse();
        assertThat(deletion.deleted()).as("tree, a.yaml, sub, b.yaml, out, empty").isEqualTo(6);
        assertThat(root.resolve("tree")).doesNotExist();
        assertThat(tree(outside)).isEqualTo(Map.of("kept.yaml", "outside"));
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aMissingEntryIsNeitherCountedNorAFailure(boolean handles) throws IOException {
        try (Folder folder = Folders.openRoot(root, handles)) {
            Trees.Deletion deletion = delete(folder, "missing");

            assertThat(deletion.failed()).isFalse();
            assertThat(deletion.deleted()).isZero();
        }
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aFileThatCannotGoIsReportedAloneAndNeverOpenedAsAFolder(boolean handles)
            throws IOException {
        write(root.resolve("a.yaml"), "a");

        try (Folder folder = Folders.openRoot(root, handles)) {
            FaultyFolder faulty =
                    FaultyFolder.wrap(folder)
                            .failing(Call.DELETE_FILE, "a.yaml", new AccessDeniedException("no"))
                            .failing(Call.OPEN, "a.yaml", new IOException("opened"));
            Trees.Deletion deletion = delete(faulty, "a.yaml");

            assertThat(deletion.failed()).isTrue();
            assertThat(deletion.deleted()).isZero();
            assertThat(deletion.failureText())
                    .isEqualTo("could not delete 1 entry: a.yaml: AccessDeniedException (no)");
        }
        assertThat(root.resolve("a.yaml")).hasContent("a");
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void failuresInsideAFolderAreReportedSortedWithTheFolderThatStays(boolean handles)
            throws IOException {
        write(root.resolve("tree/b.yaml"), "b");
        write(root.resolve("tree/a.yaml"), "a");
        write(root.resolve("tree/c.yaml"), "c");

        Trees.Deletion deletion;
        try (Folder folder = Folders.openRoot(root, handles)) {
            FaultyFolder faulty =
                    FaultyFolder.wrap(folder)
                            .failing(
                                    Call.DELETE_FILE, "tree/c.yaml", new AccessDeniedException("c"))
                            .failing(
                                    Call.DELETE_FILE, "tree/a.yaml", new AccessDeniedException("a"))
                            .failing(Call.DELETE_FOLDER, "tree", new AccessDeniedException("t"));
            deletion = delete(faulty, "tree");
        }

        assertThat(deletion.failed()).isTrue();
        assertThat(deletion.deleted()).as("b.yaml only").isEqualTo(1);
        assertThat(deletion.failureText())
                .isEqualTo(
                        "could not delete 3 entries: tree: AccessDeniedException (t); tree/a.yaml:"
                                + " AccessDeniedException (a); tree/c.yaml: AccessDeniedException"
                                + " (c)");
        assertThat(tree(root.resolve("tree"))).isEqualTo(Map.of("a.yaml", "a", "c.yaml", "c"));
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anEntryThatCannotBeLookedAtIsReportedWithThatFailure(boolean handles) throws IOException {
        Files.createDirectories(root.resolve("tree"));

        try (Folder folder = Folders.openRoot(root, handles)) {
            FaultyFolder faulty =
                    FaultyFolder.wrap(folder)
                            .failing(Call.TYPE_OF, "tree", new AccessDeniedException("looked"));
            Trees.Deletion deletion = delete(faulty, "tree");

            assertThat(deletion.failureText())
                    .isEqualTo("could not delete 1 entry: tree: AccessDeniedException (looked)");
        }
        assertThat(root.resolve("tree")).isDirectory();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aFolderThatCannotBeOpenedIsReportedAndKeepsItsContents(boolean handles)
            throws IOException {
        write(root.resolve("tree/a.yaml"), "a");

        try (Folder folder = Folders.openRoot(root, handles)) {
            FaultyFolder faulty =
                    FaultyFolder.wrap(folder)
                            .failing(Call.OPEN, "tree", new AccessDeniedException("closed"));
            Trees.Deletion deletion = delete(faulty, "tree");

            assertThat(deletion.failureText())
                    .isEqualTo("could not delete 1 entry: tree: AccessDeniedException (closed)");
            assertThat(deletion.deleted()).isZero();
        }
        assertThat(root.resolve("tree/a.yaml")).hasContent("a");
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aFolderRemovedByOthersWhileBeingDeletedIsNoFailure(boolean handles) throws IOException {
        write(root.resolve("tree/a.yaml"), "a");
        write(root.resolve("gone/b.yaml"), "b");

        try (Folder folder = Folders.openRoot(root, handles)) {
            FaultyFolder faulty =
                    FaultyFolder.wrap(folder)
                            .failing(Call.OPEN, "gone", new NoSuchFileException("gone"))
                            .failing(Call.DELETE_FOLDER, "tree", new NoSuchFileException("tree"));
            Trees.Deletion tree = delete(faulty, "tree");
            Trees.Deletion gone = delete(faulty, "gone");

            assertThat(tree.failed()).isFalse();
            assertThat(tree.deleted()).as("a.yaml; the folder went by someone else").isEqualTo(1);
            assertThat(gone.failed()).isFalse();
            assertThat(gone.deleted()).isZero();
        }
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aFolderSwappedForALinkBeforeItIsOpenedLosesTheLinkOnly(boolean handles)
            throws IOException {
        write(root.resolve("tree/a.yaml"), "a");
        Path moved = outside.resolve("tree");

        Trees.Deletion deletion;
        try (Folder folder = Folders.openRoot(root, handles)) {
            FaultyFolder faulty =
                    FaultyFolder.wrap(folder)
                            .onceBefore(
                                    Call.OPEN,
                                    "tree",
                                    () -> {
                                        Files.move(root.resolve("tree"), moved);
                                        Files.createSymbolicLink(root.resolve("tree"), moved);
                                    });
            deletion = delete(faulty, "tree");
        }

        assertThat(deletion.failed()).isFalse();
        assertThat(deletion.deleted()).as("the link").isEqualTo(1);
        assertThat(Files.exists(root.resolve("tree"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(tree(outside))
                .isEqualTo(Map.of("kept.yaml", "outside", "tree", "", "tree/a.yaml", "a"));
    }
}
