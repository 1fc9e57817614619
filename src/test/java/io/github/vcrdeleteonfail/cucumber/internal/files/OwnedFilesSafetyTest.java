package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owned files against what others put in their way: a link at the lock file's name, a file swapped
 * for a hand-written one while the new content is worked out, a file too large to be one of the
 * plugin's.
 */
class OwnedFilesSafetyTest {

    private static final String MARKER = "\"by\": \"vcr-test\"";

    @TempDir Path temp;

    @Test
    void aLinkAtTheLockFilesNameIsNeverFollowed() throws IOException {
        Path file = temp.resolve("reports/r.json");
        Path target = temp.resolve("elsewhere/target");
        Files.createDirectories(target.getParent());
        symlink(temp.resolve("reports/.r.json.lock"), target);

        FileResult result = OwnedFiles.update(file, old -> "{" + MARKER + "}", MARKER);

        assertThat(result.kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(result.detail()).startsWith("could not write " + file + ": ");
        assertThat(target).as("never created through the link").doesNotExist();
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileSwappedForAHandWrittenOneWhileMergingIsLeftAsItIs() throws IOException {
        Path file = Files.writeString(temp.resolve("r.json"), "{" + MARKER + "}");

        FileResult result =
                OwnedFiles.update(
                        file,
                        old -> {
                            // Someone writes the file by hand meanwhile.
                            try {
                                Files.writeString(file, "hand-written");
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            return "{" + MARKER + ", \"n\": 2}";
                        },
                        MARKER);

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(result.detail()).contains("did not write");
        assertThat(file).hasContent("hand-written");
        try (Stream<Path> entries = Files.list(temp)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .as("no temporary file left")
                    .containsExactlyInAnyOrder("r.json", ".r.json.lock");
        }
    }

    @Test
    void aFileLargerThanAnyTheWritesIsNeverTakenForOne() throws IOException {
        Path file = temp.resolve("r.json");
        // Sparse: the marker, then a hole up to one byte beyond the limit.
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.write(MARKER.getBytes(StandardCharsets.UTF_8));
            raw.setLength(OwnedFiles.MAX_READ + 1L);
        }

        FileResult result = OwnedFiles.write(file, "{" + MARKER + "}", MARKER);

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(Files.size(file)).isEqualTo(OwnedFiles.MAX_READ + 1L);
    }
}
