package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One step of a multi-step operation as written to the journal: which operation, on which cassette
 * of which cassette folder, and how far it got. Immutable; {@link #with} makes the next state.
 */
final class JournalEntry {

    /** A folder deletion: the folder is renamed aside, then deleted. */
    static final String DELETE_FOLDER = "delete-folder";

    /** A quarantine across file systems: copied, renamed into place, original removed. */
    static final String QUARANTINE_COPY = "quarantine-copy";

    /** A snapshot held for restore: state copying, held or absent. */
    static final String SNAPSHOT = "snapshot";

    /** A cassette moved aside for a safe refresh: state moving, copying, held or absent. */
    static final String ASIDE = "aside";

    /**
     * The field with the time (an ISO-8601 instant) when putting a saved cassette back was refused
     * and its copy left to the next run: anything at the cassette's place modified after it was
     * recorded since, and is not overwritten.
     */
    static final String REFUSED = "refused";

    /** Sorted by key, as {@link #format} writes them. */
    private final SortedMap<String, String> fields;

    /** Takes a fresh map made by the caller, which no one changes afterwards. */
    private JournalEntry(TreeMap<String, String> fields) {
        for (String value : fields.values()) {
            requireNonNull(value, "value");
        }
        this.fields = Collections.unmodifiableSortedMap(fields);
    }

    /** Creates an entry. */
    static JournalEntry of(
            long seq, String op, String state, String cassetteDir, CassettePath cassette) {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("seq", Long.toString(seq));
        fields.put("op", op);
        fields.put("state", state);
        fields.put("cassetteDir", cassetteDir);
        fields.put("cassette", cassette.toString());
        return new JournalEntry(fields);
    }

    /** Returns a copy with one field changed. */
    JournalEntry with(String key, String value) {
        TreeMap<String, String> changed = new TreeMap<>(fields);
        changed.put(key, requireNonNull(value, key));
        return new JournalEntry(changed);
    }

    long seq() {
        return Long.parseLong(fields.get("seq"));
    }

    String op() {
        return fields.get("op");
    }

    String state() {
        return fields.get("state");
    }

    String cassetteDir() {
        return fields.get("cassetteDir");
    }

    /** The cassette; re-checked, so a tampered journal cannot name a path outside. */
    CassettePath cassette() throws IOException {
        return CassettePath.parse(fields.get("cassette"))
                .path()
                .orElseThrow(() -> new IOException("journal names an unsafe cassette"));
    }

    String get(String key) {
        return fields.get(key);
    }

    /** The file name of this entry in the journal folder; sorts by sequence. */
    String fileName() {
        return String.format(Locale.ROOT, "%012d.entry", seq());
    }

    /**
     * Writes the entry in the {@link Properties} text format, which {@link #parse} reads, by hand:
     * {@code Properties.store} writes a date comment, whose formatting alone cost about 20 µs per
     * entry once compiled and loads time-zone classes, and restore writes an entry for every tagged
     * scenario. Keys in sorted order; characters that the format gives a meaning (backslash, {@code
     * = : # !}, white space) and control characters are escaped, others written as they are (the
     * file is UTF-8).
     */
    String format() {
        StringBuilder text = new StringBuilder(256).append("#vcr-delete-on-fail journal entry\n");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            escape(field.getKey(), text);
            text.append('=');
            escape(field.getValue(), text);
            text.append('\n');
        }
        return text.toString();
    }

    private static void escape(String value, StringBuilder text) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                case '=':
                case ':':
                case '#':
                case '!':
                case ' ':
                    text.append('\\').append(c);
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        text.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
            }
        }
    }

    static JournalEntry parse(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        TreeMap<String, String> fields = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            fields.put(key, properties.getProperty(key));
        }
        for (String required : new String[] {"seq", "op", "state", "cassetteDir", "cassette"}) {
            if (!fields.containsKey(required)) {
                throw new IOException("journal entry without " + required);
            }
        }
        try {
            Long.parseLong(fields.get("seq"));
        } catch (NumberFormatException e) {
            // Read here rather than at the first sort, where it would escape as unchecked.
            throw new IOException("journal entry whose seq is no number: " + fields.get("seq"));
        }
        return new JournalEntry(fields);
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
