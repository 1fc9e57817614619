package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @TempDir Path temp;

    private Path base;

    @BeforeEach
    void resolveTemp() throws IOException {
        base = temp.toRealPath();
    }

    @Test
    void copiesAFileByteForByte() throws IOException {
        byte[] bytes = largeContent(20_000);
        Path source = Files.write(base.resolve("a.yaml"), bytes);
        Path destination = base.resolve("copies/deep/a.yaml");

        FileTrees.copy(source, destination);

        assertThat(destination).isRegularFile().hasBinaryContent(bytes);
        assertThat(source).hasBinaryContent(bytes);
    }

    @Test
    void copiesAnEmptyFile() throws IOException {
        Path source = Files.createFile(base.resolve("empty.yaml"));
        Path destination = base.resolve("copy.yaml");

        FileTrees.copy(source, destination);

        assertThat(destination).isRegularFile().isEmptyFile();
    }

    @Test
    void copiesAFolderWithItsFiles() throws IOException {
        Path source = base.resolve("Fetch");
        write(source.resolve("mappings/get-user.json"), "{\"status\": 200}");
        write(source.resolve("__files/body.json"), "{\"name\": \"alice\"}");
        Path destination = base.resolve("copies/Fetch");

        FileTrees.copy(source, destination);

        assertThat(destination.resolve("mappings/get-user.json")).hasContent("{\"status\": 200}");
        assertThat(destination.resolve("__files/body.json")).hasContent("{\"name\": \"alice\"}");
        assertThat(list(destination)).containsExactlyInAnyOrderElementsOf(list(source));
    }

    @Test
    void copiesNestedAndEmptyFolders() throws IOException {
        Path source = base.resolve("Fetch");
        write(source.resolve("a/b/c/d.json"), "deep");
        write(source.resolve("a/top.json"), "top");
        Files.createDirectories(source.resolve("a/b/empty"));
        Path destination = base.resolve("copy");

        FileTrees.copy(source, destination);

        assertThat(destination.resolve("a/b/c/d.json")).hasContent("deep");
        assertThat(destination.resolve("a/top.json")).hasContent("top");
        assertThat(destination.resolve("a/b/empty")).isEmptyDirectory();
        assertThat(list(destination))
                .containsExactlyInAnyOrder(
                        "", "a", "a/top.json", "a/b", "a/b/c", "a/b/c/d.json", "a/b/empty");
        assertThat(FileTrees.same(source, destination)).isTrue();
    }

    @Test
    void copiesALinkAsALinkWithoutFollowingIt() throws IOException {
        Path target = write(base.resolve("outside/secret.json"), "secret");
        Path link = symlink(base.resolve("Fetch.json"), target);
        Path destination = base.resolve("copies/Fetch.json");

        FileTrees.copy(link, destination);

        assertThat(Files.isSymbolicLink(destination)).isTrue();
        assertThat(Files.readSymbolicLink(destination)).isEqualTo(target);
        assertThat(target).hasContent("secret");
    }

    @Test
    void copiesALinkToAFolderAsALink() throws IOException {
        Path target = base.resolve("outside/shared");
        write(target.resolve("mappings/m.json"), "{}");
        Path link = symlink(base.resolve("Fetch"), target);
        Path destination = base.resolve("copies/Fetch");

        FileTrees.copy(link, destination);

        assertThat(Files.isSymbolicLink(destination)).isTrue();
        assertThat(Files.readSymbolicLink(destination)).isEqualTo(target);
    }

    @Test
    void copiesLinksInsideAFolderAsLinks() throws IOException {
        Path sharedFolder = base.resolve("outside/shared");
        write(sharedFolder.resolve("m.json"), "{}");
        Path sharedFile = write(base.resolve("outside/body.json"), "body");
        Path source = base.resolve("Fetch");
        write(source.resolve("mappings/own.json"), "own");
        symlink(source.resolve("__files"), sharedFolder);
        symlink(source.resolve("mappings/body.json"), Path.of("../../outside/body.json"));
        Path destination = base.resolve("copy/Fetch");

        FileTrees.copy(source, destination);

        assertThat(Files.isSymbolicLink(destination.resolve("__files"))).isTrue();
        assertThat(Files.readSymbolicLink(destination.resolve("__files"))).isEqualTo(sharedFolder);
        assertThat(Files.isSymbolicLink(destination.resolve("mappings/body.json"))).isTrue();
        assertThat(Files.readSymbolicLink(destination.resolve("mappings/body.json")))
                .isEqualTo(Path.of("../../outside/body.json"));
        assertThat(destination.resolve("mappings/own.json")).hasContent("own");
        assertThat(sharedFile).hasContent("body");
        assertThat(list(sharedFolder)).containsExactlyInAnyOrder("", "m.json");
    }

    @Test
    void findsIdenticalFilesTheSame() throws IOException {
        byte[] bytes = largeContent(20_000);
        Path a = Files.write(base.resolve("a.bin"), bytes);
        Path b = Files.write(base.resolve("b.bin"), bytes.clone());

        assertThat(FileTrees.same(a, b)).isTrue();
    }

    @Test
    void findsIdenticalTreesTheSame() throws IOException {
        Path a = base.resolve("a");
        write(a.resolve("mappings/get-user.json"), "{\"status\": 200}");
        write(a.resolve("__files/body.json"), "body");
        Files.createDirectories(a.resolve("empty"));
        Path b = base.resolve("b");
        write(b.resolve("__files/body.json"), "body");
        write(b.resolve("mappings/get-user.json"), "{\"status\": 200}");
        Files.createDirectories(b.resolve("empty"));

        assertThat(FileTrees.same(a, b)).isTrue();
        assertThat(FileTrees.same(b, a)).isTrue();
    }

    @Test
    void findsTwoMissingPathsTheSameAndOneMissingPathDifferent() throws IOException {
        Path present = write(base.resolve("present.yaml"), "x");

        assertThat(FileTrees.same(base.resolve("none-1"), base.resolve("none-2"))).isTrue();
        assertThat(FileTrees.same(present, base.resolve("none"))).isFalse();
        assertThat(FileTrees.same(base.resolve("none"), present)).isFalse();
    }

    @Test
    void findsLargeFilesThatDifferOnlyInTheirLastByteDifferent() throws IOException {
        byte[] bytes = largeContent(3 * 8192 + 100);
        byte[] changed = bytes.clone();
        changed[changed.length - 1] ^= 1;
        Path a = Files.write(base.resolve("a.bin"), bytes);
        Path b = Files.write(base.resolve("b.bin"), changed);

        assertThat(FileTrees.same(a, b)).isFalse();
        assertThat(FileTrees.same(b, a)).isFalse();
    }

    @Test
    void findsLargeFilesThatDifferOnlyAfterTheFirstBufferDifferent() throws IOException {
        byte[] bytes = largeContent(2 * 8192);
        byte[] changed = bytes.clone();
        changed[8192] ^= 1;
        Path a = Files.write(base.resolve("a.bin"), bytes);
        Path b = Files.write(base.resolve("b.bin"), changed);

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsFilesOfTheSameSizeWithDifferentBytesDifferent() throws IOException {
        Path a = write(base.resolve("a.json"), "{\"status\": 200}");
        Path b = write(base.resolve("b.json"), "{\"status\": 500}");

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsFilesOfDifferentSizesDifferent() throws IOException {
        Path a = write(base.resolve("a.json"), "recorded");
        Path b = write(base.resolve("b.json"), "recorded\n");

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsTreesWithADifferingFileDeepInsideDifferent() throws IOException {
        Path a = base.resolve("a");
        write(a.resolve("x/y/z.json"), "one");
        Path b = base.resolve("b");
        write(b.resolve("x/y/z.json"), "two");

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsATreeWithAnExtraEntryDifferent() throws IOException {
        Path a = base.resolve("a");
        write(a.resolve("mappings/m.json"), "{}");
        Path b = base.resolve("b");
        write(b.resolve("mappings/m.json"), "{}");
        write(b.resolve("mappings/extra.json"), "{}");

        assertThat(FileTrees.same(a, b)).isFalse();
        assertThat(FileTrees.same(b, a)).isFalse();
    }

    @Test
    void findsATreeWithAnExtraEmptyFolderDifferent() throws IOException {
        Path a = base.resolve("a");
        write(a.resolve("mappings/m.json"), "{}");
        Path b = base.resolve("b");
        write(b.resolve("mappings/m.json"), "{}");
        Files.createDirectories(b.resolve("__files"));

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsTreesWithARenamedEntryDifferent() throws IOException {
        Path a = base.resolve("a");
        write(a.resolve("mappings/m.json"), "{}");
        Path b = base.resolve("b");
        write(b.resolve("mappings/n.json"), "{}");

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsAFileAndAFolderDifferent() throws IOException {
        Path file = write(base.resolve("a/Fetch"), "");
        Path folder = Files.createDirectories(base.resolve("b/Fetch"));

        assertThat(FileTrees.same(file, folder)).isFalse();
        assertThat(FileTrees.same(folder, file)).isFalse();
    }

    @Test
    void findsAFileAndAFolderAtTheSameNameInsideTreesDifferent() throws IOException {
        Path a = base.resolve("a");
        write(a.resolve("mappings"), "");
        Path b = base.resolve("b");
        Files.createDirectories(b.resolve("mappings"));

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsLinksWithDifferentTargetsDifferent() throws IOException {
        Path one = write(base.resolve("targets/one.json"), "same");
        Path two = write(base.resolve("targets/two.json"), "same");
        Path a = symlink(base.resolve("a.json"), one);
        Path b = symlink(base.resolve("b.json"), two);

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsLinksWithTheSameTargetTheSame() throws IOException {
        Path target = write(base.resolve("targets/one.json"), "same");
        Path a = symlink(base.resolve("a.json"), target);
        Path b = symlink(base.resolve("b.json"), target);

        assertThat(FileTrees.same(a, b)).isTrue();
    }

    @Test
    void findsALinkAndTheFileItLeadsToDifferent() throws IOException {
        Path target = write(base.resolve("targets/one.json"), "same");
        Path copy = write(base.resolve("copy.json"), "same");
        Path link = symlink(base.resolve("a.json"), target);

        assertThat(FileTrees.same(link, copy)).isFalse();
        assertThat(FileTrees.same(copy, link)).isFalse();
    }

    @Test
    void findsTreesWithLinksToDifferentTargetsDifferent() throws IOException {
        Path one = write(base.resolve("targets/one.json"), "same");
        Path two = write(base.resolve("targets/two.json"), "same");
        Path a = base.resolve("a");
        symlink(a.resolve("mappings/m.json"), one);
        Path b = base.resolve("b");
        symlink(b.resolve("mappings/m.json"), two);

        assertThat(FileTrees.same(a, b)).isFalse();
    }

    @Test
    void findsACopyOfATreeWithLinksTheSame() throws IOException {
        Path target = write(base.resolve("targets/one.json"), "same");
        Path source = base.resolve("Fetch");
        write(source.resolve("mappings/own.json"), "own");
        symlink(source.resolve("mappings/shared.json"), target);
        Path destination = base.resolve("copy");

        FileTrees.copy(source, destination);

        assertThat(FileTrees.same(source, destination)).isTrue();
        Files.writeString(destination.resolve("mappings/own.json"), "changed");
        assertThat(FileTrees.same(source, destination)).isFalse();
        assertThat(Files.exists(destination.resolve("mappings/shared.json"), NOFOLLOW_LINKS))
                .isTrue();
    }

    /** Bytes that are not all alike, so that a shifted or partial read shows. */
    private static byte[] largeContent(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + i / 251);
        }
        assertThat(Arrays.equals(bytes, 0, 8192, bytes, 8192, 16384)).isFalse();
        return bytes;
    }

    private static java.util.List<String> list(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toList());
        }
    }
}
