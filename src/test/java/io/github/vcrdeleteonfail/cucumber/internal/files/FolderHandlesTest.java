package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folder handles kept between operations are used only while they still hold the folder at their
 * place: a folder renamed out of the cassette folder, replaced by another or by a link, is opened
 * afresh (or refused), and nothing outside is ever touched through its old handle.
 */
class FolderHandlesTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path outside;
    private WorkFolder work;
    private CassetteFolder folder;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        outside = Files.createDirectories(temp.resolve("outside"));
        work = WorkFolder.at(temp.resolve(".vcr-delete-on-fail"), cassettes, "run-1");
        folder = new CassetteFolder(cassettes, work);
        assumeTrue(folder.usesFolderHandles(), "folder handles are offered on this platform");
    }

    @AfterEach
    void close() {
        folder.close();
        work.close();
    }

    @Test
    void aFolderRenamedOutOfTheCassetteFolderIsNeverUsedAgain() throws IOException {
        write(cassettes.resolve("users/a.yaml"), "a");
        write(cassettes.resolve("users/b.yaml"), "b");
        assertThat(folder.delete(path("users/a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        // The kept handle of users/ now follows the folder out; a new users/ takes its place.
        Files.move(cassettes.resolve("users"), outside.resolve("users"));
        write(cassettes.resolve("users/b.yaml"), "new b");

        FileResult result = folder.delete(path("users/b.yaml"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(cassettes.resolve("users/b.yaml")).doesNotExist();
        assertThat(tree(outside)).isEqualTo(Map.of("users", "", "users/b.yaml", "b"));
    }

    @Test
    void aFolderRenamedOutAndReplacedByALinkToItIsRefused() throws IOException {
        write(cassettes.resolve("users/a.yaml"), "a");
        write(cassettes.resolve("users/b.yaml"), "b");
        assertThat(folder.delete(path("users/a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        Files.move(cassettes.resolve("users"), outside.resolve("users"));
        symlink(cassettes.resolve("users"), outside.resolve("users"));

        FileResult result = folder.delete(path("users/b.yaml"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(result.detail()).contains("a symbolic link on the way");
        assertThat(tree(outside)).isEqualTo(Map.of("users", "", "users/b.yaml", "b"));
    }

    @Test
    void aDeeperFolderIsCheckedLevelByLevel() throws IOException {
        write(cassettes.resolve("a/b/c/one.yaml"), "1");
        write(cassettes.resolve("a/b/c/two.yaml"), "2");
        assertThat(folder.delete(path("a/b/c/one.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        // The top folder goes out and comes back as a link: every kept level below it is stale.
        Files.move(cassettes.resolve("a"), outside.resolve("a"));
        symlink(cassettes.resolve("a"), outside.resolve("a"));

        FileResult result = folder.delete(path("a/b/c/two.yaml"));

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(outside.resolve("a/b/c/two.yaml")).hasContent("2");
    }

    @Test
    void aMiddleFolderReplacedByAnotherIsOpenedAfresh() throws IOException {
        write(cassettes.resolve("a/b/one.yaml"), "1");
        write(cassettes.resolve("a/b/two.yaml"), "2");
        assertThat(folder.delete(path("a/b/one.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        Files.move(cassettes.resolve("a/b"), outside.resolve("b"));
        write(cassettes.resolve("a/b/two.yaml"), "new 2");

        assertThat(folder.delete(path("a/b/two.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(cassettes.resolve("a/b/two.yaml")).doesNotExist();
        assertThat(outside.resolve("b/two.yaml")).hasContent("2");
    }

    @Test
    void theCassetteFolderItselfRenamedAwayIsNeverUsedAgain() throws IOException {
        write(cassettes.resolve("a.yaml"), "a");
        write(cassettes.resolve("b.yaml"), "b");
        assertThat(folder.delete(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        Files.move(cassettes, outside.resolve("cassettes"));
        write(cassettes.resolve("b.yaml"), "new b");

        assertThat(folder.delete(path("b.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(cassettes.resolve("b.yaml")).doesNotExist();
        assertThat(outside.resolve("cassettes/b.yaml")).hasContent("b");
    }

    @Test
    void aFolderDeletedAndCreatedAgainIsOpenedAfresh() throws IOException {
        write(cassettes.resolve("users/a.yaml"), "a");
        assertThat(folder.delete(path("users/a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        Files.delete(cassettes.resolve("users"));
        write(cassettes.resolve("users/a.yaml"), "again");

        assertThat(folder.delete(path("users/a.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(cassettes.resolve("users/a.yaml")).doesNotExist();
    }

    @Test
    void keepsABoundedNumberOfHandlesOpenAndClosesThemAtTheEnd() throws IOException {
        assumeTrue(Files.isDirectory(OPEN_DESCRIPTORS), "/proc/self/fd lists open descriptors");
        long before = openDescriptors();
        for (int i = 0; i < FolderHandles.MAX_KEPT * 3; i++) {
            write(cassettes.resolve("f" + i + "/x.yaml"), "x");
            assertThat(folder.delete(path("f" + i + "/x.yaml")).kind())
                    .isEqualTo(FileResult.Kind.DELETED);
        }
        // The first folders' handles were dropped; they still work, opened afresh.
        write(cassettes.resolve("f0/x.yaml"), "x");
        assertThat(folder.delete(path("f0/x.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        long kept = openDescriptors() - before;
        // Two descriptors per kept folder (the JDK's SecureDirectoryStream holds a duplicate for
        // its listing), the cassette folder itself; other threads may hold a few more. Without the
        // bound, the 96 folders would hold about 190.
        assertThat(kept)
                .isBetween(2L * FolderHandles.MAX_KEPT, 2L * (FolderHandles.MAX_KEPT + 1) + 8);

        folder.close();

        assertThat(openDescriptors() - before).isLessThan(8L);
    }

    @Test
    void afterTheRunEndsOperationsStillWorkButKeepNoHandle() throws IOException {
        assumeTrue(Files.isDirectory(OPEN_DESCRIPTORS), "/proc/self/fd lists open descriptors");
        write(cassettes.resolve("first/x.yaml"), "x");
        write(cassettes.resolve("top.yaml"), "t");
        write(cassettes.resolve("top2.yaml"), "t");
        assertThat(folder.delete(path("first/x.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        assertThat(folder.delete(path("top.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        folder.close();
        long before = openDescriptors();

        assertThat(folder.delete(path("top2.yaml")).kind())
                .as("the cassette folder itself, its kept handle closed")
                .isEqualTo(FileResult.Kind.DELETED);

        for (int i = 0; i < 10; i++) {
            write(cassettes.resolve("g" + i + "/x.yaml"), "x");
            assertThat(folder.delete(path("g" + i + "/x.yaml")).kind())
                    .isEqualTo(FileResult.Kind.DELETED);
        }

        // Kept, the ten folders would hold twenty descriptors.
        assertThat(openDescriptors() - before).isLessThan(8L);
    }

    @Test
    void foldersReplacedAgainAndAgainLeaveNoDescriptorOpen() throws IOException {
        assumeTrue(Files.isDirectory(OPEN_DESCRIPTORS), "/proc/self/fd lists open descriptors");
        write(cassettes.resolve("a/b/x.yaml"), "x");
        assertThat(folder.delete(path("a/b/x.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        long before = openDescriptors();

        for (int i = 0; i < 20; i++) {
            // New folders at the same places: every kept handle of them is stale and dropped.
            Files.delete(cassettes.resolve("a/b"));
            Files.delete(cassettes.resolve("a"));
            write(cassettes.resolve("a/b/x.yaml"), "x");
            assertThat(folder.delete(path("a/b/x.yaml")).kind()).isEqualTo(FileResult.Kind.DELETED);
        }

        // A dropped handle left open would hold two descriptors per folder and round: eighty.
        assertThat(openDescriptors() - before).isLessThan(8L);
    }

    private static final Path OPEN_DESCRIPTORS = Path.of("/proc/self/fd");

    private static long openDescriptors() throws IOException {
        try (Stream<Path> entries = Files.list(OPEN_DESCRIPTORS)) {
            return entries.count();
        }
    }
}
