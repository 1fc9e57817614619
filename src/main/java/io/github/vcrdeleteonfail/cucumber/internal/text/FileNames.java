package io.github.vcrdeleteonfail.cucumber.internal.text;

import org.apiguardian.api.API;

/**
 * Makes text safe as a file name: every character but ASCII letters, digits, {@code .}, {@code _}
 * and {@code -} becomes {@code _}. A loop rather than a regular expression: it names the units of
 * work of every scenario under {@code restore}.
 */
@API(status = API.Status.INTERNAL)
public final class FileNames {

    private FileNames() {}

    /**
     * Replaces the characters a file name should not hold.
     *
     * @param text any text
     * @return the text, each other character (each code point) replaced by {@code _}
     */
    public static String safe(String text) {
        StringBuilder name = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            name.append(isSafe(c) ? (char) c : '_');
        }
        return name.toString();
    }

    /**
     * Tells whether a character is kept in file names: an ASCII letter or digit, {@code .}, {@code
     * _} or {@code -}.
     *
     * @param c a code point
     * @return true when it is kept
     */
    public static boolean isSafe(int c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '.'
                || c == '_'
                || c == '-';
    }
}
