package io.github.vcrdeleteonfail.cucumber.internal.yaml;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads a YAML document into plain values (mappings, lists, text, booleans, numbers, null), safely:
 * no duplicate or recursive keys, no arbitrary types. A document of the flat form that nearly every
 * configuration file is, {@code key: value} lines, is read here without SnakeYAML (one class with
 * {@link #read}: each class costs start-up time); only another document loads it, through {@link
 * SnakeYamlDocument}. This package is the only one that uses SnakeYAML, and it knows nothing of the
 * plugin's keys.
 *
 * <p>The flat form read without SnakeYAML (anything else, such as lists, nesting, escapes, numbers,
 * non-ASCII text, tabs, CR, duplicate keys or odd spacing, is left to SnakeYAML): lines that are
 * blank or comments ({@code # ...}), and lines {@code key: value} at the start of the line, the key
 * lower case letters, digits and dashes. The value is empty (null), single-quoted without {@code '}
 * inside, double-quoted without {@code "} or {@code \} inside, or plain: ASCII letters, digits,
 * spaces and {@code _ . / @ ( ) , -}, starting with a letter, {@code /}, {@code _} or a dot and a
 * letter; a comment may follow after a space. Plain words are resolved as YAML 1.1 resolves them
 * (SnakeYAML's {@code Resolver}): {@code true}/{@code yes}/{@code on} and {@code false}/{@code
 * no}/{@code off} in their three spellings are booleans, {@code null} is null, {@code .inf} and
 * {@code .nan} are left to SnakeYAML.
 */
@API(status = API.Status.INTERNAL)
public final class YamlDocument {

    private YamlDocument() {}

    /**
     * Reads a YAML document.
     *
     * @param text the document
     * @return the document: a mapping, another value, or null when empty
     * @throws InvalidYamlException when it is not valid YAML
     */
    public static Object read(String text) {
        Map<String, Object> flat = readFlat(text);
        return flat != null ? flat : SnakeYamlDocument.read(text);
    }

    /** A document that is not valid YAML: the message and the cause are SnakeYAML's. */
    public static final class InvalidYamlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidYamlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // ---- the flat form ----------------------------------------------------------------------

    /**
     * Reads a document of the flat form without a YAML library: loading SnakeYAML costs about 150
     * classes and most of the plugin's start-up. Only text whose meaning is certain is read here,
     * to exactly what SnakeYAML would give; anything else gets null, and SnakeYAML reads it, with
     * its error messages. The form is described in the class comment.
     *
     * @param text the document
     * @return the mapping of keys to String, Boolean or null values, in order; null when the text
     *     is not of the flat form
     */
    static Map<String, Object> readFlat(String text) {
        Map<String, Object> mapping = new LinkedHashMap<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!line(text, start, end, mapping)) {
                return null;
            }
            start = end + 1;
        }
        return mapping;
    }

    /** Reads one line into the mapping; false when it is not of the flat form. */
    private static boolean line(String text, int start, int end, Map<String, Object> mapping) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false; // tabs, CR, control and non-ASCII characters: SnakeYAML decides
            }
        }
        int first = start;
        while (first < end && text.charAt(first) == ' ') {
            first++;
        }
        if (first == end || text.charAt(first) == '#') {
            return true; // blank or comment
        }
        if (first != start) {
            return false; // indented: a continuation or nesting
        }
        int colon = start;
        while (colon < end && isKeyCharacter(text.charAt(colon))) {
            colon++;
        }
        if (colon == start
                || colon == end
                || text.charAt(colon) != ':'
                || !isLetter(text.charAt(start))) {
            return false;
        }
        String key = text.substring(start, colon);
        if (isSpecialWord(key) || mapping.containsKey(key)) {
            return false; // a boolean or null key, or a duplicate: SnakeYAML's errors
        }
        int valueStart = colon + 1;
        if (valueStart < end && text.charAt(valueStart) != ' ') {
            return false;
        }
        while (valueStart < end && text.charAt(valueStart) == ' ') {
            valueStart++;
        }
        Object[] value = new Object[1];
        if (!value(text, valueStart, end, value)) {
            return false;
        }
        mapping.put(key, value[0]);
        return true;
    }

    /** Reads the value from its first character; false when it is not of the flat form. */
    private static boolean value(String text, int start, int end, Object[] value) {
        if (start == end || text.charAt(start) == '#') {
            value[0] = null; // "key:" or "key: # comment"
            return true;
        }
        char first = text.charAt(start);
        if (first == '\'' || first == '"') {
            int close = start + 1;
            while (close < end && text.charAt(close) != first) {
                if (first == '"' && text.charAt(close) == '\\') {
                    return false; // an escape
                }
                close++;
            }
            if (close == end || !isEnd(text, close + 1, end)) {
                return false;
            }
            value[0] = text.substring(start + 1, close);
            return true;
        }
        boolean startsPlain =
                isLetter(first)
                        || first == '/'
                        || first == '_'
                        || first == '.' && start + 1 < end && isLetter(text.charAt(start + 1));
        if (!startsPlain) {
            return false;
        }
        int last = start; // the last character of the value, trailing spaces and comment cut
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#' && text.charAt(i - 1) == ' ') {
                break;
            }
            if (!isPlainCharacter(c)) {
                return false;
            }
            if (c != ' ') {
                last = i;
            }
        }
        String word = text.substring(start, last + 1);
        if (word.startsWith(".") && isSpecialFloat(word)) {
            return false;
        }
        value[0] = resolved(word);
        return true;
    }

    /** Whether only spaces, then possibly a comment after a space, follow a quoted value. */
    private static boolean isEnd(String text, int from, int end) {
        if (from == end) {
            return true;
        }
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i == end || i > from && text.charAt(i) == '#';
    }

    /** A plain word as YAML 1.1 reads it: a boolean, null, or the text itself. */
    private static Object resolved(String word) {
        switch (word) {
            case "yes":
            case "Yes":
            case "YES":
            case "true":
            case "True":
            case "TRUE":
            case "on":
            case "On":
            case "ON":
                return Boolean.TRUE;
            case "no":
            case "No":
            case "NO":
            case "false":
            case "False":
            case "FALSE":
            case "off":
            case "Off":
            case "OFF":
                return Boolean.FALSE;
            case "null":
            case "Null":
            case "NULL":
                return null;
            default:
                return word;
        }
    }

    private static boolean isSpecialWord(String word) {
        return !(resolved(word) instanceof String);
    }

    private static boolean isSpecialFloat(String word) {
        switch (word) {
            case ".inf":
            case ".Inf":
            case ".INF":
            case ".nan":
            case ".NaN":
            case ".NAN":
                return true;
            default:
                return false;
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isKeyCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    private static boolean isPlainCharacter(char c) {
        return isLetter(c)
                || c >= '0' && c <= '9'
                || c == ' '
                || c == '_'
                || c == '.'
                || c == '/'
                || c == '@'
                || c == '('
                || c == ')'
                || c == ','
                || c == '-';
    }
}
