package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deletes cassettes; with {@link Quarantine} and {@link Snapshots}, the only classes that touch
 * cassette files. Deletes files and folders recursively, never follows a symbolic link (a link
 * inside a folder cassette is removed as a link), treats a missing cassette as success, refuses
 * anything whose real location is outside the cassette folder, and collects every failure of a
 * folder deletion into one message with sorted relative paths.
 */
public final class SafeDeleter {

    private final Path root;
    private volatile Path realRoot;

    /**
     * Creates a deleter confined to a cassette folder.
     *
     * @param root the absolute, normalised cassette folder; it may not exist
     */
    public SafeDeleter(Path root) {
        this.root = requireNonNull(root, "root");
    }

    /**
     * Deletes one cassette.
     *
     * @param target an absolute path strictly inside the cassette folder, from {@link CassettePath}
     * @return what happened, with a detail for the log
     */
    public Result delete(Path target) {
        Result refused = check(target);
        if (refused != null) {
            return refused;
        }
        try {
            if (Files.isSymbolicLink(target)) {
                Files.delete(target);
                return new Result(Outcome.DELETED, "symbolic link removed, its target kept");
            }
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(target);
                return new Result(Outcome.DELETED, "file deleted");
            }
        } catch (NoSuchFileException e) {
            return new Result(Outcome.NOTHING_TO_DELETE, "it disappeared while being deleted");
        } catch (IOException | SecurityException e) {
            return new Result(Outcome.FAILED, describe(e));
        }
        return deleteFolder(target);
    }

    /**
     * Checks that a cassette may be touched: strictly inside the cassette folder, also once
     * symbolic links on the way are resolved; a cassette that is itself a link must lead inside.
     *
     * @param target an absolute path
     * @return null when it may be touched; otherwise REFUSED_UNSAFE, NOTHING_TO_DELETE (it does not
     *     exist) or FAILED (it could not be checked), with the reason
     */
    Result check(Path target) {
        requireNonNull(target, "target");
        for (Path name : target) {
            if (name.toString().equals("..")) {
                return new Result(Outcome.REFUSED_UNSAFE, "the path contains '..'");
            }
        }
        if (!target.startsWith(root) || target.equals(root)) {
            return new Result(
                    Outcome.REFUSED_UNSAFE,
                    "it is not strictly inside the cassette folder " + root);
        }
        try {
            Path realRoot = realRoot();
            if (realRoot == null) {
                return new Result(Outcome.NOTHING_TO_DELETE, "it does not exist");
            }
            // The nearest existing folder on the way, even when the cassette itself is missing:
            // a restore must not write through a link that leads out either.
            Path existing = target.getParent();
            while (!existing.equals(root) && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            Path realParent = existing.toRealPath();
            if (!realParent.startsWith(realRoot)) {
                return new Result(
                        Outcome.REFUSED_UNSAFE,
                        "a symbolic link on the way leads outside the cassette folder (to "
                                + realParent
                                + ")");
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return new Result(Outcome.NOTHING_TO_DELETE, "it does not exist");
            }
            if (Files.isSymbolicLink(target)) {
                Path linked = Files.readSymbolicLink(target);
                Path resolved = target.getParent().resolve(linked).normalize();
                if (!Files.exists(resolved) || !resolved.toRealPath().startsWith(realRoot)) {
                    return new Result(
                            Outcome.REFUSED_UNSAFE,
                            "it is a symbolic link to "
                                    + linked
                                    + ", outside the cassette folder or missing; remove it by"
                                    + " hand if it should go");
                }
            }
            return null;
        } catch (NoSuchFileException e) {
            return new Result(Outcome.NOTHING_TO_DELETE, "it disappeared while being checked");
        } catch (IOException | SecurityException e) {
            return new Result(Outcome.FAILED, describe(e));
        }
    }

    private Result deleteFolder(Path folder) {
        Map<String, String> failures = new TreeMap<>();
        int[] entries = {0};
        try {
            // walkFileTree does not follow links unless asked: a link is visited as a file.
            Files.walkFileTree(
                    folder,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            remove(file);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof NoSuchFileException)) {
                                failures.put(relative(file), describe(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null && !(e instanceof NoSuchFileException)) {
                                failures.put(relative(dir), describe(e));
                            }
                            remove(dir);
                            return FileVisitResult.CONTINUE;
                        }

                        private void remove(Path path) {
                            try {
                                Files.deleteIfExists(path);
                                entries[0]++;
                            } catch (IOException | SecurityException e) {
                                failures.putIfAbsent(relative(path), describe(e));
                            }
                        }
                    });
        } catch (IOException | SecurityException e) {
            failures.putIfAbsent(relative(folder), describe(e));
        }
        if (failures.isEmpty()) {
            return new Result(Outcome.DELETED, "folder deleted (" + entries[0] + " entries)");
        }
        List<String> lines = new ArrayList<>();
        failures.forEach((path, cause) -> lines.add(path + ": " + cause));
        return new Result(
                Outcome.FAILED,
                "could not delete "
                        + failures.size()
                        + " entr"
                        + (failures.size() == 1 ? "y" : "ies")
                        + " of the folder: "
                        + String.join("; ", lines));
    }

    private String relative(Path path) {
        return root.relativize(path).toString();
    }

    /**
     * The cassette folder's real location, resolved once it exists: it is fixed for the run, and
     * resolving it for every cassette cost several system calls each.
     */
    private Path realRoot() throws IOException {
        Path known = realRoot;
        if (known == null && Files.exists(root)) {
            known = root.toRealPath();
            realRoot = known;
        }
        return known;
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** What one deletion did. */
    public static final class Result {
        private final Outcome outcome;
        private final String detail;

        /**
         * Creates a result.
         *
         * @param outcome what happened
         * @param detail why, for the log
         */
        public Result(Outcome outcome, String detail) {
            this.outcome = outcome;
            this.detail = detail;
        }

        /**
         * Returns the outcome.
         *
         * @return DELETED, NOTHING_TO_DELETE, REFUSED_UNSAFE or FAILED
         */
        public Outcome outcome() {
            return outcome;
        }

        /**
         * Returns a short explanation for the log.
         *
         * @return the detail
         */
        public String detail() {
            return detail;
        }
    }
}
