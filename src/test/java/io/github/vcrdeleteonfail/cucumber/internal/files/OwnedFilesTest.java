package io.github.vcrdeleteonfail.cucumber.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnedFilesTest {

    private static final String MARKER = "\"by\": \"vcr-test\"";

    @TempDir Path temp;

    @Test
    void writesANewFileAndReplacesOneItWroteEarlier() throws IOException {
        Path file = temp.resolve("reports/r.json");

        assertThat(OwnedFiles.write(file, "{" + MARKER + ", \"n\": 1}", MARKER).kind())
                .isEqualTo(FileResult.Kind.WRITTEN);
        assertThat(OwnedFiles.write(file, "{" + MARKER + ", \"n\": 2}", MARKER).kind())
                .isEqualTo(FileResult.Kind.WRITTEN);

        assertThat(file).hasContent("{" + MARKER + ", \"n\": 2}");
        assertThat(temp.resolve("reports")).isDirectoryContaining(p -> p.equals(file));
        try (var entries = Files.list(temp.resolve("reports"))) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void refusesAHandWrittenFile() throws IOException {
        Path file = Files.writeString(temp.resolve("r.json"), "mine");

        FileResult result = OwnedFiles.write(file, MARKER, MARKER);

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(result.detail()).contains("did not write");
        assertThat(file).hasContent("mine");
    }

    @Test
    void refusesALinkAndLeavesItAndItsTargetUntouched() throws IOException {
        Path target = Files.writeString(temp.resolve("target.json"), "{" + MARKER + "}");
        Path link = Files.createSymbolicLink(temp.resolve("r.json"), target);

        FileResult result = OwnedFiles.write(link, MARKER, MARKER);

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(result.detail()).contains("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("{" + MARKER + "}");
    }

    @Test
    void refusesAFifoWithoutOpeningIt() throws Exception {
        Path fifo = temp.resolve("r.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

        FileResult result = OwnedFiles.update(fifo, old -> MARKER, MARKER);

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(result.detail()).contains("FIFO");
        assertThat(fifo).exists();
    }

    @Test
    void refusesAFolder() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("r.json"));
        Files.writeString(folder.resolve("inside"), "x");

        assertThat(OwnedFiles.write(folder, MARKER, MARKER).kind())
                .isEqualTo(FileResult.Kind.REFUSED);
        assertThat(folder.resolve("inside")).hasContent("x");
    }

    @Test
    void failsWhenTheFolderCannotBeMade() throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "file");

        assertThat(OwnedFiles.write(blocker.resolve("r.json"), MARKER, MARKER).kind())
                .isEqualTo(FileResult.Kind.FAILED);
    }

    @Test
    void eightThreadsUpdatingOneFileLoseNoEntryAndNeverMixIt() throws Exception {
        Path file = temp.resolve("list.txt");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<FileResult>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String entry = "entry-" + i;
            results.add(
                    pool.submit(
                            () ->
                                    OwnedFiles.update(
                                            file,
                                            old -> old.orElse(MARKER + "\n") + entry + "\n",
                                            MARKER)));
            if (i % 3 == 0) {
                pool.submit(() -> OwnedFiles.write(temp.resolve("whole.json"), json(), MARKER));
            }
        }
        for (Future<FileResult> result : results) {
            assertThat(result.get().kind()).isEqualTo(FileResult.Kind.WRITTEN);
        }
        pool.shutdown();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(201).doesNotHaveDuplicates();
        assertThat(Files.readString(temp.resolve("whole.json"))).isEqualTo(json());
    }

    @Test
    void twoProcessesUpdatingOneFileLoseNoEntry() throws Exception {
        Path file = temp.resolve("list.txt");
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(
                    new ProcessBuilder(
                                    Path.of(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    OwnedFilesDriver.class.getName(),
                                    file.toString(),
                                    "p" + p,
                                    "50")
                            .inheritIO()
                            .start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor()).isZero();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(101).doesNotHaveDuplicates().first().isEqualTo(MARKER);
    }

    @Test
    void aMergeThatGivesNullLeavesTheFileAsItWas() throws IOException {
        Path file = Files.writeString(temp.resolve("r.json"), "{" + MARKER + "}");
        long modified = Files.getLastModifiedTime(file).toMillis();

        FileResult result = OwnedFiles.update(file, old -> null, MARKER);

        assertThat(result.kind()).isEqualTo(FileResult.Kind.UNCHANGED);
        assertThat(file).hasContent("{" + MARKER + "}");
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void appendsToAFileSomeoneElseWroteAndCreatesAnAbsentOne() throws IOException {
        Path theirs = Files.writeString(temp.resolve("summary.md"), "# their heading\n");
        Path absent = temp.resolve("absent.md");

        assertThat(OwnedFiles.append(theirs, "mine\n").kind()).isEqualTo(FileResult.Kind.WRITTEN);
        assertThat(OwnedFiles.append(theirs, "again\n").kind()).isEqualTo(FileResult.Kind.WRITTEN);
        assertThat(OwnedFiles.append(absent, "first\n").kind()).isEqualTo(FileResult.Kind.WRITTEN);

        assertThat(theirs).hasContent("# their heading\nmine\nagain\n");
        assertThat(absent).hasContent("first\n");
    }

    @Test
    void refusesToAppendThroughALinkOrToAFolder() throws IOException {
        Path target = Files.writeString(temp.resolve("target.md"), "target");
        Path link = Files.createSymbolicLink(temp.resolve("summary.md"), target);
        Path folder = Files.createDirectories(temp.resolve("folder.md"));

        assertThat(OwnedFiles.append(link, "x").kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(OwnedFiles.append(folder, "x").kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(target).hasContent("target");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void failsWithoutCreatingTheFolderOfAFileToAppendTo() {
        Path file = temp.resolve("missing/summary.md");

        assertThat(OwnedFiles.append(file, "x").kind()).isEqualTo(FileResult.Kind.FAILED);
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    @Test
    void eightThreadsAppendingNeverInterleaveTheirTexts() throws Exception {
        Path file = temp.resolve("summary.md");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<FileResult>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String block = ("block-" + i + " ").repeat(2_000) + "\n";
            results.add(pool.submit(() -> OwnedFiles.append(file, block)));
        }
        for (Future<FileResult> result : results) {
            assertThat(result.get().kind()).isEqualTo(FileResult.Kind.WRITTEN);
        }
        pool.shutdown();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(100).doesNotHaveDuplicates();
        assertThat(lines).allMatch(l -> l.equals(l.substring(0, l.indexOf(' ') + 1).repeat(2_000)));
    }

    private static String json() {
        return "{" + MARKER + ", \"data\": \"" + "x".repeat(100_000) + "\"}";
    }

    /** A second JVM that appends entries to a list. */
    public static final class OwnedFilesDriver {
        private OwnedFilesDriver() {}

        /**
         * Appends entries.
         *
         * @param args file, prefix, count
         */
        public static void main(String[] args) {
            Path file = Path.of(args[0]);
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                String entry = args[1] + "-" + i;
                FileResult result =
                        OwnedFiles.update(
                                file,
                                (Optional<String> old) -> old.orElse(MARKER + "\n") + entry + "\n",
                                MARKER);
                if (result.kind() != FileResult.Kind.WRITTEN) {
                    throw new IllegalStateException(result.toString());
                }
            }
        }
    }
}
