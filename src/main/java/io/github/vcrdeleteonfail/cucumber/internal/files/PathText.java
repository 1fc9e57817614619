package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lexical rules of a cassette path's text, before any folder is known: what may never appear in
 * it (control and invisible characters, backslashes, a drive letter, {@code ..}) and how it splits
 * into segments. Kept apart from {@link CassettePath} so the rules can be read in one place.
 */
final class PathText {

    static final String EMPTY =
            "the path is empty; write a path relative to the cassette folder after the colon,"
                    + " such as @vcr-delete-on-fail:users/alice.yaml";

    static final String DOT_DOT =
            "the path contains '..', which could leave the cassette folder; name the cassette"
                    + " relative to the cassette folder without '..'";

    static final String ITSELF =
            "the path names the cassette folder itself, which is never touched";

    private PathText() {}

    /**
     * Tells why a text can never be a cassette path, whatever folder it is held against.
     *
     * @return the reason, or null when the text passes these checks
     */
    static String refusal(String text) {
        if (text.isBlank()) {
            return EMPTY;
        }
        String bad = badCharacter(text);
        if (bad != null) {
            return bad;
        }
        if (text.length() >= 2 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0))) {
            return "the path starts with a Windows drive ('"
                    + text.substring(0, 2)
                    + "'); write a path relative to the cassette folder";
        }
        return null;
    }

    /**
     * Splits a relative text on {@code /}, dropping empty and {@code .} segments, so that every
     * spelling of one place gives the same segments.
     *
     * @return the segments (empty for the folder itself), or null when one of them is {@code ..}
     */
    static List<String> segments(String text) {
        List<String> kept = new ArrayList<>();
        for (String segment : text.split("/", -1)) {
            if (segment.equals("..")) {
                return null;
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                kept.add(segment);
            }
        }
        return kept;
    }

    /** The first character no cassette path may hold, described; null when there is none. */
    private static String badCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c)) {
                return "the path contains the control character "
                        + codePoint(c)
                        + "; cassette paths must be printable";
            }
            if (Character.getType(c) == Character.FORMAT) {
                return "the path contains the invisible format character "
                        + codePoint(c)
                        + " ("
                        + Character.getName(c)
                        + "), which can make a path look like another; cassette paths must be"
                        + " visible";
            }
            if (c == '\\') {
                return "the path contains a backslash; write paths with '/' (Windows-style and UNC"
                        + " paths are refused)";
            }
        }
        return null;
    }

    private static String codePoint(int c) {
        return "U+" + String.format(Locale.ROOT, "%04X", c);
    }
}
