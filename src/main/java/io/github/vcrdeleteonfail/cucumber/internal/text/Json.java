package io.github.vcrdeleteonfail.cucumber.internal.text;

import org.apiguardian.api.API;

/**
 * Writes JSON string literals. Also valid YAML double-quoted scalars, so quarantine notes use it
 * too without loading a YAML library.
 */
@API(status = API.Status.INTERNAL)
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /**
     * Quotes a text as a JSON string.
     *
     * @param text any text; null is written as an empty string
     * @return the quoted text, with quotes, backslashes, controls, line separators and unpaired
     *     surrogates escaped
     */
    public static String quote(String text) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || lone(value, i)) {
                        out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]);
                        out.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    private static boolean lone(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
