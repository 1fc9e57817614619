package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a cassette path from a tag or a namer into an absolute path strictly inside {@code
 * cassette-dir}, or into the reason it is refused. Purely lexical: no file is read here; {@link
 * SafeDeleter} checks the links on disk.
 */
public final class CassettePath {

    private final Path target;
    private final String refusal;

    private CassettePath(Path target, String refusal) {
        this.target = target;
        this.refusal = refusal;
    }

    /**
     * Resolves the text of a path tag.
     *
     * @param root the absolute, normalised cassette folder
     * @param text what follows the colon of the tag
     * @return the resolved path or the refusal
     */
    public static CassettePath ofText(Path root, String text) {
        requireNonNull(root, "root");
        requireNonNull(text, "text");
        if (text.isBlank()) {
            return refused(
                    "the path is empty; write a path relative to the cassette folder after the"
                            + " colon, such as @vcr-delete-on-fail:users/alice.yaml");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return refused(
                        "the path contains the control character U+"
                                + String.format("%04X", (int) c)
                                + "; cassette paths must be printable");
            }
        }
        if (text.indexOf('\\') >= 0) {
            return refused(
                    "the path contains a backslash; write paths with '/' (Windows-style and UNC"
                            + " paths are refused)");
        }
        if (text.length() >= 2 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0))) {
            return refused(
                    "the path starts with a Windows drive ('"
                            + text.substring(0, 2)
                            + "'); write a path relative to the cassette folder");
        }
        if (text.startsWith("/")) {
            Path absolute;
            try {
                absolute = root.getFileSystem().getPath(text);
            } catch (InvalidPathException e) {
                return refused("the path is not valid here: " + e.getReason());
            }
            return ofPath(root, absolute);
        }
        return fromSegments(root, List.of(text.split("/", -1)));
    }

    /**
     * Resolves a path returned by a namer or registered by glue code.
     *
     * @param root the absolute, normalised cassette folder
     * @param path a path relative to the cassette folder, or absolute inside it
     * @return the resolved path or the refusal
     */
    public static CassettePath ofPath(Path root, Path path) {
        requireNonNull(root, "root");
        requireNonNull(path, "path");
        Path relative = path;
        if (path.isAbsolute()) {
            for (Path name : path) {
                if (name.toString().equals("..")) {
                    return refused("the path contains '..'; name the cassette without '..'");
                }
            }
            Path normalised = path.normalize();
            if (!normalised.startsWith(root)) {
                return refused(
                        "the absolute path "
                                + normalised
                                + " is outside the cassette folder "
                                + root);
            }
            relative = root.relativize(normalised);
        }
        List<String> segments = new ArrayList<>();
        for (Path name : relative) {
            segments.add(name.toString());
        }
        for (String segment : segments) {
            if (segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0) {
                return refused(
                        "the path segment '"
                                + segment.replace("\0", "\\0")
                                + "' contains a backslash or NUL character");
            }
        }
        return fromSegments(root, segments);
    }

    private static CassettePath fromSegments(Path root, List<String> segments) {
        List<String> kept = new ArrayList<>();
        for (String segment : segments) {
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
            Path target = root;
            for (String segment : kept) {
                target = target.resolve(segment);
            }
            return new CassettePath(target, null);
        } catch (InvalidPathException e) {
            return refused("the path is not valid here: " + e.getReason());
        }
    }

    private static CassettePath refused(String reason) {
        return new CassettePath(null, reason);
    }

    /**
     * Returns the absolute path inside the cassette folder.
     *
     * @return the path, or empty when refused
     */
    public Optional<Path> target() {
        return Optional.ofNullable(target);
    }

    /**
     * Returns why the path is refused.
     *
     * @return the reason, or empty when the path is safe
     */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
