package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** TEMPORARY shim of the file-layer contract; replaced by the files branch. */
@API(status = API.Status.INTERNAL)
public final class CassettePath implements Comparable<CassettePath> {

    private final List<String> segments;

    private CassettePath(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    /**
     * Parses a tag path.
     *
     * @param cassetteDir the absolute cassette folder
     * @param text the text after the tag's colon
     * @return the path or the refusal
     */
    public static Parsed parse(Path cassetteDir, String text) {
        requireNonNull(text, "text");
        if (text.isBlank()) {
            return refused(
                    "the path is empty; write a path relative to the cassette folder after the"
                            + " colon, such as @vcr-delete-on-fail:users/alice.yaml");
        }
        String problem = characters(text);
        if (problem != null) {
            return refused(problem);
        }
        if (text.startsWith("/")) {
            try {
                return of(cassetteDir, cassetteDir.getFileSystem().getPath(text));
            } catch (InvalidPathException e) {
                return refused("the path is not valid here: " + e.getReason());
            }
        }
        return segments(List.of(text.split("/", -1)));
    }

    /**
     * Parses a namer or glue path.
     *
     * @param cassetteDir the absolute cassette folder
     * @param path relative to it, or absolute inside it
     * @return the path or the refusal
     */
    public static Parsed of(Path cassetteDir, Path path) {
        requireNonNull(path, "path");
        String problem = characters(path.toString());
        if (problem != null) {
            return refused(problem);
        }
        Path relative = path;
        if (path.isAbsolute()) {
            for (Path name : path) {
                if (name.toString().equals("..")) {
                    return refused("the path contains '..'; name the cassette without '..'");
                }
            }
            if (!path.normalize().startsWith(cassetteDir)) {
                return refused(
                        "the absolute path "
                                + path
                                + " is outside the cassette folder "
                                + cassetteDir);
            }
            relative = cassetteDir.relativize(path.normalize());
        }
        List<String> names = new ArrayList<>();
        for (Path name : relative) {
            names.add(name.toString());
        }
        return segments(names);
    }

    private static String characters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return "the path contains the control character U+"
                        + String.format("%04X", (int) c)
                        + "; cassette paths must be printable";
            }
            if (Character.getType(c) == Character.FORMAT) {
                return "the path contains the invisible character U+"
                        + String.format("%04X", (int) c)
                        + "; cassette paths must be printable";
            }
        }
        if (text.indexOf('\\') >= 0) {
            return "the path contains a backslash; write paths with '/' (Windows-style and UNC"
                    + " paths are refused)";
        }
        if (text.length() >= 2 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0))) {
            return "the path starts with a Windows drive ('"
                    + text.substring(0, 2)
                    + "'); write a path relative to the cassette folder";
        }
        return null;
    }

    private static Parsed segments(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String segment : names) {
            if (segment.equals("..")) {
                return refused(
                        "the path contains '..', which could leave the cassette folder; name the"
                                + " cassette relative to the cassette folder without '..'");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                kept.add(segment);
            }
        }
        if (kept.isEmpty()) {
            return refused("the path names the cassette folder itself, which is never deleted");
        }
        try {
            Path.of(String.join("/", kept));
        } catch (InvalidPathException e) {
            return refused("the path is not valid here: " + e.getReason());
        }
        return new Parsed(new CassettePath(kept), null);
    }

    private static Parsed refused(String reason) {
        return new Parsed(null, reason);
    }

    /**
     * Reduces a selection to its top-most distinct paths, in order of first appearance.
     *
     * @param paths the selection
     * @return no duplicates, nothing inside another
     */
    public static List<CassettePath> topMost(Collection<CassettePath> paths) {
        List<CassettePath> kept = new ArrayList<>();
        for (CassettePath path : paths) {
            boolean covered = false;
            for (CassettePath other : paths) {
                if (path.isWithin(other) && !path.equals(other)) {
                    covered = true;
                }
            }
            if (!covered && !kept.contains(path)) {
                kept.add(path);
            }
        }
        return kept;
    }

    /**
     * Returns the segments.
     *
     * @return the names from the cassette folder down
     */
    public List<String> segments() {
        return segments;
    }

    /**
     * Tells whether this path is the other or below it.
     *
     * @param other another path
     * @return true when equal or inside
     */
    public boolean isWithin(CassettePath other) {
        return segments.size() >= other.segments.size()
                && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    /**
     * Resolves the path.
     *
     * @param cassetteDir the cassette folder
     * @return the absolute path
     */
    public Path resolveAgainst(Path cassetteDir) {
        Path path = cassetteDir;
        for (String segment : segments) {
            path = path.resolve(segment);
        }
        return path;
    }

    @Override
    public int compareTo(CassettePath o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CassettePath && ((CassettePath) o).segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }

    /** A parsed path or why it is refused. */
    public static final class Parsed {
        private final CassettePath path;
        private final String refusal;

        Parsed(CassettePath path, String refusal) {
            this.path = path;
            this.refusal = refusal;
        }

        /**
         * Returns the path.
         *
         * @return the path, or empty when refused
         */
        public Optional<CassettePath> path() {
            return Optional.ofNullable(path);
        }

        /**
         * Returns the refusal.
         *
         * @return why, or empty
         */
        public Optional<String> refusal() {
            return Optional.ofNullable(refusal);
        }
    }
}
