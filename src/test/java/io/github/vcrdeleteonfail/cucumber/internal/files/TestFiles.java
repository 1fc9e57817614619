package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** File helpers shared by the tests of the classes that touch cassette files. */
final class TestFiles {

    private TestFiles() {}

    /** Writes a file, creating its folders. */
    /**
     * Reads the entries of a journal folder, oldest first, as a run reads them; none when the
     * folder does not exist.
     */
    static List<JournalEntry> journal(Path journalFolder) throws IOException {
        try (Folder folder = Folders.openRoot(journalFolder, true)) {
            return Journal.entries(folder);
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        }
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /**
     * A JVM of its own running a test driver's main method on the test class path, quick to start,
     * its error output merged into its output.
     */
    static ProcessBuilder java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Recovers a work folder as the next run would, and tells what was reported, one line each. */
    static List<String> recover(Path workPath, Path cassettes, boolean handles) {
        WorkFolder next = WorkFolder.at(workPath, cassettes, "next");
        try {
            return next.recover(handles).stream()
                    .map(Repair::toString)
                    .collect(Collectors.toList());
        } finally {
            next.close();
        }
    }

    /** Creates a symbolic link, creating its folder; aborts the test where links are impossible. */
    static Path symlink(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            return abort("symbolic links cannot be created here: " + e);
        }
    }

    /** Every entry under a folder, relative with '/', mapped to its text ("" for folders). */
    static Map<String, String> tree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            List<Path> entries =
                    all.filter(p -> !p.equals(folder)).sorted().collect(Collectors.toList());
            Map<String, String> tree = new LinkedHashMap<>();
            for (Path entry : entries) {
                tree.put(
                        folder.relativize(entry).toString().replace('\\', '/'),
                        Files.isDirectory(entry, NOFOLLOW_LINKS) ? "" : Files.readString(entry));
            }
            return tree;
        }
    }

    /** Deletes a tree without following links (a test's own clean-up). */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p :
                    all.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
