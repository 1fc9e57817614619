package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeDeleterTest {

    @TempDir Path temp;

    private Path root;
    private Path outside;
    private SafeDeleter deleter;

    @BeforeEach
    void createFolders() throws IOException {
        Path base = temp.toRealPath();
        root = Files.createDirectory(base.resolve("cassettes"));
        outside = Files.createDirectory(base.resolve("outside"));
        deleter = new SafeDeleter(root);
    }

    @Test
    void deletesAFile() throws IOException {
        Path cassette = write(root.resolve("login/Fetch_the_user_.yaml"));
        Path sibling = write(root.resolve("login/Other.yaml"));

        SafeDeleter.Result result = deleter.delete(cassette);

        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(result.detail()).isEqualTo("file deleted");
        assertThat(cassette).doesNotExist();
        assertThat(sibling).exists();
        assertThat(root.resolve("login")).isDirectory();
    }

    @Test
    void deletesAFolderCassetteRecursively() throws IOException {
        Path cassette = root.resolve("login/Fetch_the_user_");
        write(cassette.resolve("mappings/get-user.json"));
        write(cassette.resolve("mappings/post-token.json"));
        write(cassette.resolve("__files/body-user.json"));
        Path sibling = write(root.resolve("login/Other/mappings/m.json"));

        SafeDeleter.Result result = deleter.delete(cassette);

        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        // the folder, mappings/, __files/ and three files
        assertThat(result.detail()).isEqualTo("folder deleted (6 entries)");
        assertThat(cassette).doesNotExist();
        assertThat(sibling).exists();
    }

    @Test
    void deletesAnEmptyFolderCassette() throws IOException {
        Path cassette = Files.createDirectories(root.resolve("login/Empty"));

        SafeDeleter.Result result = deleter.delete(cassette);

        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(cassette).doesNotExist();
    }

    @Test
    void reportsNothingToDeleteForAMissingCassette() {
        SafeDeleter.Result result = deleter.delete(root.resolve("login/Missing.yaml"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOTHING_TO_DELETE);
        assertThat(result.detail()).isEqualTo("it does not exist");
        assertThat(root).isDirectory();
    }

    @Test
    void reportsNothingToDeleteWhenTheCassetteFolderDoesNotExist() {
        Path missingRoot = temp.resolve("never-created");

        SafeDeleter.Result result =
                new SafeDeleter(missingRoot).delete(missingRoot.resolve("a.yaml"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOTHING_TO_DELETE);
        assertThat(missingRoot).doesNotExist();
    }

    @Test
    void refusesACassetteThatIsALinkToAFileOutside() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"));
        Path link = symlink(root.resolve("login/Fetch.yaml"), secret);

        SafeDeleter.Result result = deleter.delete(link);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(result.detail()).contains("symbolic link").contains(secret.toString());
        assertThat(secret).hasContent("recorded");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void refusesADanglingLinkAndLeavesIt() throws IOException {
        Path link = symlink(root.resolve("login/Fetch.yaml"), outside.resolve("gone.yaml"));

        SafeDeleter.Result result = deleter.delete(link);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void removesALinkToAFileInsideButKeepsItsTarget() throws IOException {
        Path shared = write(root.resolve("shared/user.yaml"));
        Path link = symlink(root.resolve("login/Fetch.yaml"), shared);

        SafeDeleter.Result result = deleter.delete(link);

        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(result.detail()).contains("symbolic link removed");
        assertThat(link).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(shared).hasContent("recorded");
    }

    @Test
    void removesLinksInsideAFolderCassetteWithoutFollowingThem() throws IOException {
        Path outsideFolder = outside.resolve("wiremock-shared");
        Path outsideMapping = write(outsideFolder.resolve("mappings/shared.json"));
        Path outsideFile = write(outside.resolve("secret.json"));
        Path cassette = root.resolve("login/Fetch");
        write(cassette.resolve("mappings/get-user.json"));
        Path folderLink = symlink(cassette.resolve("__files"), outsideFolder);
        Path fileLink = symlink(cassette.resolve("mappings/secret.json"), outsideFile);

        SafeDeleter.Result result = deleter.delete(cassette);

        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(cassette).doesNotExist();
        assertThat(Files.exists(folderLink, NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fileLink, NOFOLLOW_LINKS)).isFalse();
        assertThat(outsideFolder).isDirectory();
        assertThat(outsideMapping).hasContent("recorded");
        assertThat(outsideFile).hasContent("recorded");
    }

    @Test
    void refusesACassetteWhoseParentFolderIsALinkToOutside() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"));
        symlink(root.resolve("login"), outside);

        SafeDeleter.Result result = deleter.delete(root.resolve("login/secret.yaml"));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(result.detail()).contains("symbolic link on the way");
        assertThat(secret).hasContent("recorded");
    }

    @Test
    void refusesAFolderCassetteBehindALinkedParentFolder() throws IOException {
        Path secretFolder = outside.resolve("Fetch");
        Path secret = write(secretFolder.resolve("mappings/m.json"));
        symlink(root.resolve("login"), outside);

        SafeDeleter.Result result = deleter.delete(root.resolve("login/Fetch"));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(secret).hasContent("recorded");
    }

    @Test
    void deletesInsideACassetteFolderThatIsItselfALink() throws IOException {
        Path real = Files.createDirectory(temp.toRealPath().resolve("real-cassettes"));
        Path linkedRoot = symlink(temp.toRealPath().resolve("linked-cassettes"), real);
        Path cassette = write(real.resolve("login/Fetch.yaml"));

        SafeDeleter.Result result =
                new SafeDeleter(linkedRoot).delete(linkedRoot.resolve("login/Fetch.yaml"));

        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(cassette).doesNotExist();
        assertThat(real.resolve("login")).isDirectory();
        assertThat(Files.isSymbolicLink(linkedRoot)).isTrue();
    }

    @Test
    void neverDeletesTheCassetteFolderItself() throws IOException {
        Path cassette = write(root.resolve("login/Fetch.yaml"));

        SafeDeleter.Result result = deleter.delete(root);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(result.detail()).contains(root.toString());
        assertThat(cassette).hasContent("recorded");
    }

    @Test
    void refusesAPathOutsideTheCassetteFolder() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"));

        SafeDeleter.Result result = deleter.delete(secret);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(secret).hasContent("recorded");
    }

    @Test
    void refusesASiblingFolderThatSharesTheCassetteFoldersPrefix() throws IOException {
        Path secret = write(temp.toRealPath().resolve("cassettes-backup/a.yaml"));

        SafeDeleter.Result result = deleter.delete(secret);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(secret).hasContent("recorded");
    }

    @Test
    void refusesAPathThatClimbsOutOfTheCassetteFolder() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"));

        SafeDeleter.Result result = deleter.delete(root.resolve("../outside/secret.yaml"));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(secret).hasContent("recorded");
    }

    @Test
    void refusesAPathThatOnlyLooksInsideBecauseOfDotDot() throws IOException {
        Path sibling = write(root.resolve("other/kept.yaml"));
        Path secret = write(outside.resolve("secret.yaml"));
        write(root.resolve("sub/a.yaml"));

        assertThat(deleter.delete(root.resolve("sub/..")).outcome())
                .isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(deleter.delete(root.resolve("sub/../..")).outcome())
                .isEqualTo(Outcome.REFUSED_UNSAFE);

        assertThat(sibling).hasContent("recorded");
        assertThat(secret).hasContent("recorded");
    }

    @Test
    void reportsEveryEntryItCouldNotDeleteByItsRelativePath() throws IOException {
        assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "read-only folders are made with POSIX permissions");
        Path cassette = root.resolve("login/Fetch");
        Path locked = cassette.resolve("mappings");
        write(locked.resolve("b.json"));
        write(locked.resolve("a.json"));
        write(cassette.resolve("__files/body.json"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(
                    Files.isWritable(locked),
                    "this user may write to a read-only folder (root, or CAP_DAC_OVERRIDE),"
                            + " so permissions cannot make the deletion fail");

            SafeDeleter.Result result = deleter.delete(cassette);

            assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(result.detail()).startsWith("could not delete 4 entries of the folder: ");
            assertThat(failedPaths(result.detail()))
                    .containsExactlyInAnyOrder(
                            "login/Fetch",
                            "login/Fetch/mappings",
                            "login/Fetch/mappings/a.json",
                            "login/Fetch/mappings/b.json");
            assertThat(entries(result.detail())).isSorted();
            assertThat(locked.resolve("a.json")).exists();
            assertThat(locked.resolve("b.json")).exists();
            assertThat(cassette.resolve("__files")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> entries(String detail) {
        return List.of(detail.substring(detail.indexOf(": ") + 2).split("; "));
    }

    private static List<String> failedPaths(String detail) {
        List<String> paths = new ArrayList<>();
        for (String entry : entries(detail)) {
            paths.add(entry.substring(0, entry.indexOf(": ")));
        }
        return paths;
    }

    private static Path write(Path file) throws IOException {
        return TestFiles.write(file, "recorded");
    }
}
