package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** The exact state of a tree for comparisons: every path, its type, bytes or link target. */
final class TreeState {

    private TreeState() {}

    /** Every entry below a folder (links never followed), relative with '/'; empty if absent. */
    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return state;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                        if (!dir.equals(root)) {
                            state.put(name(dir), "folder");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                            throws IOException {
                        if (a.isSymbolicLink()) {
                            state.put(name(file), "link -> " + Files.readSymbolicLink(file));
                        } else if (a.isRegularFile()) {
                            state.put(
                                    name(file),
                                    "file "
                                            + Base64.getEncoder()
                                                    .encodeToString(Files.readAllBytes(file)));
                        } else {
                            state.put(name(file), "other");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e)
                            throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }

                    private String name(Path path) {
                        return root.relativize(path).toString().replace('\\', '/');
                    }
                });
        return state;
    }

    /** The state without one entry and everything below it. */
    static Map<String, String> without(Map<String, String> state, String entry) {
        Map<String, String> left = new TreeMap<>(state);
        left.keySet().removeIf(k -> k.equals(entry) || k.startsWith(entry + "/"));
        return left;
    }

    /** The part of a state below one entry, relative to it. */
    static Map<String, String> below(Map<String, String> state, String entry) {
        Map<String, String> part = new TreeMap<>();
        state.forEach(
                (k, v) -> {
                    if (k.startsWith(entry + "/")) {
                        part.put(k.substring(entry.length() + 1), v);
                    }
                });
        return part;
    }
}
