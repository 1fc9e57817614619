package io.github.vcrdeleteonfail.cucumber.internal.text;

import org.apiguardian.api.API;

/**
 * Writes user-supplied text (scenario names, paths) into GitHub-flavoured Markdown as plain text:
 * nothing in it can end a table cell, start a link, an emphasis, a code span or an HTML tag, or
 * mention a user; invisible characters are shown as {@link Printable} shows them.
 */
@API(status = API.Status.INTERNAL)
public final class Markdown {

    /** The most characters of one text shown; the rest is cut with an ellipsis. */
    public static final int MAX_TEXT = 300;

    private Markdown() {}

    /**
     * Escapes a text for a Markdown paragraph or table cell.
     *
     * @param text any text, or null
     * @return the text, safe to put between table pipes; at most {@value #MAX_TEXT} characters of
     *     it are kept
     */
    public static String text(Object text) {
        String value = Printable.of(text);
        if (value.length() > MAX_TEXT) {
            int end =
                    Character.isHighSurrogate(value.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            value = value.substring(0, end) + "…";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '@':
                    out.append("&#64;");
                    break;
                case '\\':
                case '|':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '~':
                case '#':
                case '!':
                case '$':
                    out.append('\\').append(c);
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }
}
