package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A cassette's place below {@code cassette-dir} as checked, non-empty segments: never {@code ..},
 * never the folder itself, never a backslash, drive letter, control or invisible character. Purely
 * lexical; different spellings of one place ({@code a//b}, {@code ./a/b}, {@code a/b/}, an absolute
 * path inside the folder) give equal values, so selections can be compared before any file is
 * touched.
 */
@API(status = API.Status.INTERNAL)
public final class CassettePath implements Comparable<CassettePath> {

    private final List<String> segments;
    private int hash; // computed at the first call; 0 until then

    private CassettePath(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    /**
     * Parses the text of a path tag; an absolute path is refused, as there is no folder to hold it
     * against (use {@link #parse(Path, String)} to accept one inside {@code cassette-dir}).
     *
     * @param tagText the text after {@code @vcr-delete-on-fail:}
     * @return the path or the reason it is refused
     */
    public static Parsed parse(String tagText) {
        return parse(null, tagText);
    }

    /**
     * Parses the text of a path tag, relative to the cassette folder or absolute inside it.
     *
     * @param cassetteDir the cassette folder, or null to refuse absolute paths
     * @param tagText the text after {@code @vcr-delete-on-fail:}
     * @return the path or the reason it is refused
     */
    public static Parsed parse(Path cassetteDir, String tagText) {
        requireNonNull(tagText, "tagText");
        String refusal = PathText.refusal(tagText);
        if (refusal != null) {
            return refused(refusal);
        }
        if (tagText.startsWith("/")) {
            if (cassetteDir == null) {
                return refused(
                        "the path "
                                + tagText
                                + " is absolute and outside the cassette folder; write it relative"
                                + " to the cassette folder");
            }
            Path absolute;
            try {
                absolute = cassetteDir.getFileSystem().getPath(tagText);
            } catch (InvalidPathException e) {
                return refused("the path is not valid here: " + e.getReason());
            }
            return of(cassetteDir, absolute);
        }
        List<String> segments = PathText.segments(tagText);
        if (segments == null) {
            return refused(PathText.DOT_DOT);
        }
        if (segments.isEmpty()) {
            return refused(PathText.ITSELF);
        }
        return new Parsed(new CassettePath(segments), null);
    }

    /**
     * Checks a path from a namer or glue code with the same rules as a tag path.
     *
     * @param cassetteDir the cassette folder (made absolute and normalised here)
     * @param path relative to the cassette folder, or absolute inside it
     * @return the path or the reason it is refused
     */
    public static Parsed of(Path cassetteDir, Path path) {
        requireNonNull(cassetteDir, "cassetteDir");
        requireNonNull(path, "path");
        List<String> names = new ArrayList<>();
        for (Path name : path) {
            names.add(name.toString());
        }
        if (names.contains("..")) {
            return refused(PathText.DOT_DOT);
        }
        if (path.isAbsolute()) {
            Path root = cassetteDir.toAbsolutePath().normalize();
            Path normalised = path.normalize();
            if (normalised.equals(root)) {
                return refused(PathText.ITSELF);
            }
            if (!normalised.startsWith(root)) {
                return refused(
                        "the absolute path "
                                + normalised
                                + " is outside the cassette folder "
                                + root);
            }
            names.clear();
            for (Path name : root.relativize(normalised)) {
                names.add(name.toString());
            }
        }
        if (names.isEmpty() || names.equals(List.of(""))) {
            return refused("the path is empty; name a cassette relative to the cassette folder");
        }
        return parse(null, String.join("/", names));
    }

    /**
     * Makes a path of segments the caller has already made safe, such as the default namer's
     * sanitised names (letters, marks, digits, {@code _} and {@code -}, then the extension): the
     * character checks of {@link #parse(Path, String)} would find nothing, and they cost more than
     * the naming on the path of every failed scenario. Only the shape is checked here.
     *
     * @param segments the segments, top-most first
     * @return the path
     * @throws IllegalArgumentException when a segment is empty, {@code .}, {@code ..} or holds a
     *     separator
     */
    public static CassettePath ofSafeSegments(List<String> segments) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("no segment");
        }
        for (String segment : segments) {
            if (segment.isEmpty()
                    || segment.equals(".")
                    || segment.equals("..")
                    || segment.indexOf('/') >= 0
                    || segment.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("not a safe segment: " + segment);
            }
        }
        return new CassettePath(segments);
    }

    /**
     * Reduces a selection to its top-most distinct targets: duplicates go, and so does anything
     * inside a selected folder path. A folder takes the place of the first path it covers.
     *
     * @param paths the selection, in order
     * @return the reduced selection, in first-appearance order
     */
    public static List<CassettePath> topMost(Collection<CassettePath> paths) {
        List<CassettePath> kept = new ArrayList<>();
        for (CassettePath path : paths) {
            requireNonNull(path, "path");
            if (isWithinAny(path, kept)) {
                continue;
            }
            int first = -1;
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (kept.get(i).isWithin(path)) {
                    kept.remove(i);
                    first = i;
                }
            }
            if (first < 0) {
                kept.add(path);
            } else {
                kept.add(first, path);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean isWithinAny(CassettePath path, List<CassettePath> folders) {
        for (CassettePath folder : folders) {
            if (path.isWithin(folder)) {
                return true;
            }
        }
        return false;
    }

    private static Parsed refused(String reason) {
        return new Parsed(null, reason);
    }

    /**
     * Returns the segments, top-most first.
     *
     * @return at least one segment, none empty, {@code .} or {@code ..}
     */
    public List<String> segments() {
        return segments;
    }

    /**
     * Returns the last segment.
     *
     * @return the cassette's own name
     */
    public String name() {
        return segments.get(segments.size() - 1);
    }

    /**
     * Tells whether this path is the other one or lies below it.
     *
     * @param other a possible folder of this path
     * @return true when equal or below
     */
    public boolean isWithin(CassettePath other) {
        return segments.size() >= other.segments.size()
                && segments.subList(0, other.segments.size()).equals(other.segments);
    }

    /**
     * Resolves the segments against a folder.
     *
     * @param cassetteDir the cassette folder
     * @return the path of the cassette
     */
    public Path resolveAgainst(Path cassetteDir) {
        Path path = cassetteDir;
        for (String segment : segments) {
            path = path.resolve(segment);
        }
        return path;
    }

    @Override
    public int compareTo(CassettePath other) {
        int common = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < common; i++) {
            int c = segments.get(i).compareTo(other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    @Override
    public boolean equals(Object other) {
        return other == this
                || other instanceof CassettePath
                        && hashCode() == other.hashCode()
                        && segments.equals(((CassettePath) other).segments);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = segments.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }

    /** A parsed path or the reason it is refused; exactly one of the two is present. */
    @API(status = API.Status.INTERNAL)
    public static final class Parsed {
        private final CassettePath path;
        private final String refusal;

        private Parsed(CassettePath path, String refusal) {
            this.path = path;
            this.refusal = refusal;
        }

        /**
         * Returns the checked path.
         *
         * @return the path, or empty when refused
         */
        public Optional<CassettePath> path() {
            return Optional.ofNullable(path);
        }

        /**
         * Returns why the path is refused.
         *
         * @return the reason, or empty when the path is accepted
         */
        public Optional<String> refusal() {
            return Optional.ofNullable(refusal);
        }

        @Override
        public String toString() {
            return path != null ? path.toString() : "refused: " + refusal;
        }
    }
}
