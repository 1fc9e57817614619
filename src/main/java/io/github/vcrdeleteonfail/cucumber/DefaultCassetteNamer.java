package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.text.FileNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The default namer: one cassette per scenario, at {@code <feature file name>/<scenario
 * name><extension>} relative to {@code cassette-dir}.
 *
 * <p>Each name is sanitised the way Ruby VCR's Cucumber integration does it: every run of
 * characters that are neither word characters (Ruby's {@code [:word:]}: letters, combining marks,
 * digits, connector punctuation such as {@code _}) nor {@code -} becomes one {@code _}, so {@code
 * Fetch the user!} becomes {@code Fetch_the_user_}. A row of a Scenario Outline gets the suffix
 * {@code __examples-<E>-row-<R>} (1-based index of the Examples block within the outline, and of
 * the row within that block), so every row has its own cassette and the name survives edits
 * elsewhere in the file. A name longer than {@value #MAX_NAME_BYTES} UTF-8 bytes is cut and ends
 * with {@code _} and the first 8 hex digits of the SHA-256 of the full name. A blank scenario name
 * becomes {@code unnamed-line-<line>}.
 */
public final class DefaultCassetteNamer implements ScenarioCassetteNamer {

    /** The longest sanitised name, in UTF-8 bytes, kept as it is: {@value}. */
    public static final int MAX_NAME_BYTES = 120;

    /** The default extension: {@value}. */
    public static final String DEFAULT_EXTENSION = ".yaml";

    private static final int HASH_HEX_DIGITS = 8;

    private final String extension;

    /** Creates the namer with the {@value #DEFAULT_EXTENSION} extension. */
    public DefaultCassetteNamer() {
        this(DEFAULT_EXTENSION);
    }

    /**
     * Creates the namer with the given extension.
     *
     * @param extension the file extension, starting with a dot (such as {@code .json}), or empty
     *     for folder cassettes such as WireMock recordings
     * @throws IllegalArgumentException if the extension is not empty and is not a dot followed by
     *     letters, digits, dots, dashes or underscores
     */
    public DefaultCassetteNamer(String extension) {
        requireNonNull(extension, "extension");
        if (!extension.isEmpty() && !isExtension(extension)) {
            throw new IllegalArgumentException(
                    "Invalid cassette extension '"
                            + extension
                            + "': use a dot followed by letters, digits, dots, dashes or"
                            + " underscores (such as '.yaml' or '.json'), or an empty string for"
                            + " folder cassettes");
        }
        this.extension = extension;
    }

    /** A dot followed by ASCII letters, digits, dots, dashes or underscores. */
    private static boolean isExtension(String text) {
        if (text.length() < 2 || text.charAt(0) != '.') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!FileNames.isSafe(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        requireNonNull(scenario, "scenario");
        String base =
                scenario.getName().isBlank()
                        ? "unnamed-line-" + scenario.getLine()
                        : shorten(sanitise(scenario.getName()), scenario.getName());
        String suffix = "";
        if (scenario.getExampleRow().isPresent()) {
            ScenarioInfo.ExampleRow row = scenario.getExampleRow().get();
            suffix = "__examples-" + row.getExamplesIndex() + "-row-" + row.getRowIndex();
        }
        String feature = scenario.getFeatureName();
        return List.of(Paths.get(shorten(sanitise(feature), feature), base + suffix + extension));
    }

    /**
     * Replaces every run of characters other than word characters (letters, combining marks,
     * digits, connector punctuation such as {@code _}) and {@code -} by one {@code _}.
     *
     * @param name any text
     * @return the sanitised text; empty only when {@code name} is empty
     */
    public static String sanitise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean inRun = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordCharacter(cp) || cp == '-') {
                out.appendCodePoint(cp);
                inRun = false;
            } else if (!inRun) {
                out.append('_');
                inRun = true;
            }
        }
        return out.toString();
    }

    /** Ruby's {@code [:word:]}: letters, marks, decimal digits and connector punctuation. */
    private static boolean isWordCharacter(int cp) {
        if (cp < 128) { // the common case, without the Unicode tables
            return cp >= 'a' && cp <= 'z'
                    || cp >= 'A' && cp <= 'Z'
                    || cp >= '0' && cp <= '9'
                    || cp == '_';
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return Character.isLetterOrDigit(cp);
        }
    }

    private static String shorten(String sanitised, String original) {
        byte[] bytes = sanitised.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_NAME_BYTES) {
            return sanitised;
        }
        int budget = MAX_NAME_BYTES - HASH_HEX_DIGITS - 1;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < sanitised.length(); ) {
            int cp = sanitised.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return kept.append('_').append(shortHash(original)).toString();
    }

    private static String shortHash(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; hex.length() < HASH_HEX_DIGITS; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "DefaultCassetteNamer[extension=" + extension + "]";
    }
}
