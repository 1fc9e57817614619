package io.github.vcrdeleteonfail.cucumber.internal.text;

import org.apiguardian.api.API;

/**
 * Makes user-supplied text (tags, names, paths, messages) safe to print in a log line: control,
 * bidirectional and other invisible characters are written as {@code \}{@code uXXXX}, so no tag or
 * scenario name can make a line read differently from what it says.
 */
@API(status = API.Status.INTERNAL)
public final class Printable {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Printable() {}

    /**
     * Escapes the characters a reader cannot see.
     *
     * @param text any text, or null
     * @return the text with every unsafe character as {@code \}{@code uXXXX} (each UTF-16 unit of
     *     it); {@code "null"} for null
     */
    public static String of(Object text) {
        String value = String.valueOf(text);
        int i = 0;
        while (i < value.length() && isPlainAscii(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            int units = Character.charCount(cp);
            if (isSafe(cp)) {
                out.appendCodePoint(cp);
            } else {
                for (int u = i; u < i + units; u++) {
                    char c = value.charAt(u);
                    out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]);
                    out.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                }
            }
            i += units;
        }
        return out.toString();
    }

    /**
     * Tells whether a character prints as itself and cannot reorder or hide the text around it.
     *
     * @param cp a code point (an unpaired surrogate counts as one)
     * @return false for controls (C0, DEL, C1), format characters (bidirectional overrides and
     *     isolates, zero-width characters, byte order mark, tag characters), line and paragraph
     *     separators, unpaired surrogates, private-use and unassigned code points
     */
    public static boolean isSafe(int cp) {
        if (cp < 0x80) {
            return isPlainAscii((char) cp);
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return false;
            default:
                return true;
        }
    }

    private static boolean isPlainAscii(char c) {
        return c >= 0x20 && c < 0x7F;
    }
}
