package io.github.vcrdeleteonfail.cucumber.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Copying and comparing trees through opened folders, in both folder modes. */
class TreesTest {

    @TempDir Path tmp;
    private Path a;
    private Path b;

    @BeforeEach
    void createFolders() throws IOException {
        tmp = tmp.toRealPath();
        a = Files.createDirectories(tmp.resolve("a"));
        b = Files.createDirectories(tmp.resolve("b"));
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void copiesALargeFileByteForByteWithItsModificationTime(boolean handles) throws IOException {
        byte[] bytes = new byte[200_003];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(a.resolve("big.bin"), bytes);
        FileTime then = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
        Files.setLastModifiedTime(a.resolve("big.bin"), then);

        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            Trees.copy(from, Path.of("big.bin"), to, Path.of("copy.bin"), null);

            assertThat(Trees.same(from, Path.of("big.bin"), to, Path.of("copy.bin"))).isTrue();
        }
        assertThat(Files.readAllBytes(b.resolve("copy.bin"))).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(b.resolve("copy.bin"))).isEqualTo(then);
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void copiesAFolderWithItsLinksAsLinks(boolean handles) throws IOException {
        Files.createDirectories(a.resolve("tree/mappings"));
        Files.writeString(a.resolve("tree/mappings/m.json"), "{}");
        Files.createSymbolicLink(a.resolve("tree/link"), Path.of("mappings/m.json"));
        Files.createSymbolicLink(a.resolve("tree/outside"), tmp.resolve("elsewhere"));

        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            Trees.copy(from, Path.of("tree"), to, Path.of("tree"), null);

            assertThat(Trees.same(from, Path.of("tree"), to, Path.of("tree"))).isTrue();
        }
        assertThat(Files.readSymbolicLink(b.resolve("tree/link")))
                .isEqualTo(Path.of("mappings/m.json"));
        assertThat(Files.isSymbolicLink(b.resolve("tree/outside"))).isTrue();
        assertThat(b.resolve("tree/mappings/m.json")).hasContent("{}");
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void neverCopiesAFifo(boolean handles) throws Exception {
        Path fifo = a.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            assertThatThrownBy(() -> Trees.copy(from, Path.of("pipe"), to, Path.of("pipe"), null))
                    .isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("never copied");
        }
        assertThat(Files.exists(b.resolve("pipe"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void tellsSameFromDifferentForEveryKindOfEntry(boolean handles) throws IOException {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'x');
        Files.write(a.resolve("same"), block);
        Files.write(b.resolve("same"), block);
        byte[] lastDiffers = block.clone();
        lastDiffers[lastDiffers.length - 1] = 'y';
        Files.write(a.resolve("last"), block);
        Files.write(b.resolve("last"), lastDiffers);
        Files.writeString(a.resolve("size"), "abc");
        Files.writeString(b.resolve("size"), "abcd");
        Files.writeString(a.resolve("kind"), "file");
        Files.createDirectories(b.resolve("kind"));
        Files.createSymbolicLink(a.resolve("link"), Path.of("one"));
        Files.createSymbolicLink(b.resolve("link"), Path.of("two"));
        Files.createSymbolicLink(a.resolve("samelink"), Path.of("one"));
        Files.createSymbolicLink(b.resolve("samelink"), Path.of("one"));
        Files.createDirectories(a.resolve("names/x"));
        Files.createDirectories(b.resolve("names/y"));
        Files.createDirectories(a.resolve("deep/x"));
        Files.createDirectories(b.resolve("deep/x"));
        Files.writeString(a.resolve("deep/x/f"), "1");
        Files.writeString(b.resolve("deep/x/f"), "2");
        Files.writeString(a.resolve("onlyA"), "1");

        try (Folder from = Folders.openRoot(a, handles);
                Folder to = Folders.openRoot(b, handles)) {
            assertThat(same(from, to, "same")).isTrue();
            assertThat(same(from, to, "samelink")).isTrue();
            assertThat(same(from, to, "neither")).isTrue();
            assertThat(same(from, to, "last")).isFalse();
            assertThat(same(from, to, "size")).isFalse();
            assertThat(same(from, to, "kind")).isFalse();
            assertThat(same(from, to, "link")).isFalse();
            assertThat(same(from, to, "names")).isFalse();
            assertThat(same(from, to, "deep")).isFalse();
            assertThat(same(from, to, "onlyA")).isFalse();
        }
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void findsTheNewestModificationInAFolderOrItsAbsence(boolean handles) throws IOException {
        Files.createDirectories(a.resolve("tree/inner"));
        Files.writeString(a.resolve("tree/old"), "o");
        Files.writeString(a.resolve("tree/inner/new"), "n");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        FileTime newer = FileTime.from(Instant.parse("2021-06-01T00:00:00Z"));
        Files.setLastModifiedTime(a.resolve("tree/old"), old);
        Files.setLastModifiedTime(a.resolve("tree/inner/new"), newer);
        Files.setLastModifiedTime(a.resolve("tree/inner"), old);
        Files.setLastModifiedTime(a.resolve("tree"), old);

        try (Folder root = Folders.openRoot(a, handles)) {
            assertThat(Trees.newest(root, Path.of("tree"))).contains(newer);
            assertThat(Trees.newest(root, Path.of("tree/old".substring(5)))).isEmpty();
            assertThat(Trees.newest(root, Path.of("missing"))).isEmpty();
        }
    }

    private static boolean same(Folder a, Folder b, String name) throws IOException {
        return Trees.same(a, Path.of(name), b, Path.of(name));
    }
}
