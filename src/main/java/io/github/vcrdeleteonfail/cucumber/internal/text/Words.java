package io.github.vcrdeleteonfail.cucumber.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Plain-code forms of the few regular expressions every run applies to its settings (their defaults
 * included): compiling a pattern at start-up costs more than the whole check. {@code WordsTest}
 * compares each with the expression it stands for.
 */
@API(status = API.Status.INTERNAL)
public final class Words {

    private Words() {}

    /**
     * The words between runs of commas and ASCII white space: what {@code text.strip()} split at
     * the regular expression {@code [,\s]+} gives, without the empty first word of a text that
     * starts with a comma.
     *
     * @param text any text
     * @return the words, none empty
     */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        String stripped = text.strip();
        int start = -1;
        for (int i = 0; i <= stripped.length(); i++) {
            boolean separator =
                    i == stripped.length()
                            || stripped.charAt(i) == ','
                            || isAsciiSpace(stripped.charAt(i));
            if (separator && start >= 0) {
                words.add(stripped.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /**
     * Tells whether a text can be the name of a tag after its {@code @}: whether it matches the
     * regular expression {@code [^\s:@]+}.
     *
     * @param name any text
     * @return true when not empty and without ASCII white space, {@code :} or {@code @}
     */
    public static boolean isTagName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isAsciiSpace(c) || c == ':' || c == '@') {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /**
     * Tells whether a text holds a character that {@code .} in a regular expression does not match.
     *
     * @param text any text
     * @return true when it holds {@code \n}, {@code \r}, U+0085, U+2028 or U+2029
     */
    public static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code \s} in a Java regular expression: ASCII white space. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
