package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A journal entry's text: written by hand in the {@link Properties} format, read back by {@code
 * Properties.load}, for any field text; and entries written by {@code Properties.store}, as earlier
 * versions wrote them, are still read.
 */
class JournalEntryTest {

    /** Any text: letters, the format's own signs, white space, control and non-ASCII characters. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings()
                        .withChars("ab \\=:#!\t\n\r\f\u000b\u0000\u007f\u0085\u2028é€ ")
                        .ofMaxLength(30));
    }

    @Provide
    Arbitrary<Map<String, String>> extraFields() {
        return Arbitraries.maps(texts().filter(k -> !k.isEmpty()), texts()).ofMaxSize(4);
    }

    private static JournalEntry entry(
            String state, String cassetteDir, Map<String, String> extraFields) {
        JournalEntry entry =
                JournalEntry.of(
                        42, JournalEntry.SNAPSHOT, state, cassetteDir, path("service/a b.yaml"));
        for (Map.Entry<String, String> field : extraFields.entrySet()) {
            if (entry.get(field.getKey()) == null) {
                entry = entry.with(field.getKey(), field.getValue());
            }
        }
        return entry;
    }

    @Property(tries = 2000)
    void everyFieldReadsBackAsWrittenAndAsPropertiesReadsIt(
            @ForAll("texts") String state,
            @ForAll("texts") String cassetteDir,
            @ForAll("extraFields") Map<String, String> extraFields)
            throws IOException {
        JournalEntry entry = entry(state, cassetteDir, extraFields);
        String text = entry.format();

        JournalEntry read = JournalEntry.parse(text);
        Properties properties = new Properties();
        properties.load(new StringReader(text));

        assertThat(properties.stringPropertyNames()).hasSize(5 + countNew(extraFields));
        for (String key : properties.stringPropertyNames()) {
            assertThat(read.get(key)).isEqualTo(entry.get(key));
            assertThat(properties.getProperty(key)).isEqualTo(entry.get(key));
        }
        assertThat(read.state()).isEqualTo(state);
        assertThat(read.cassetteDir()).isEqualTo(cassetteDir);
        assertThat(read.seq()).isEqualTo(42L);
    }

    private static final Set<String> REQUIRED =
            Set.of("seq", "op", "state", "cassetteDir", "cassette");

    private static int countNew(Map<String, String> extraFields) {
        int n = 0;
        for (String key : extraFields.keySet()) {
            if (!REQUIRED.contains(key)) {
                n++;
            }
        }
        return n;
    }

    @Property(tries = 500)
    void anEntryWrittenByPropertiesStoreIsRead(
            @ForAll("texts") String state, @ForAll("extraFields") Map<String, String> extraFields)
            throws IOException {
        JournalEntry entry = entry(state, "/cassettes", extraFields);
        Properties properties = new Properties();
        for (String key : keysOf(extraFields)) {
            properties.setProperty(key, entry.get(key));
        }
        StringWriter stored = new StringWriter();
        properties.store(stored, "vcr-delete-on-fail journal entry");

        JournalEntry read = JournalEntry.parse(stored.toString());

        for (String key : keysOf(extraFields)) {
            assertThat(read.get(key)).isEqualTo(entry.get(key));
        }
    }

    private static Set<String> keysOf(Map<String, String> extraFields) {
        Set<String> keys = new TreeSet<>(REQUIRED);
        keys.addAll(extraFields.keySet());
        return keys;
    }

    @Test
    void theTextIsOneCommentLineThenOneSortedLinePerField() {
        JournalEntry entry =
                JournalEntry.of(
                                7,
                                JournalEntry.ASIDE,
                                "held",
                                "/c d/cassettes",
                                path("users/Fetch a user.yaml"))
                        .with(JournalEntry.REFUSED, "2026-11-30T21:00:00Z");

        assertThat(entry.format())
                .isEqualTo(
                        "#vcr-delete-on-fail journal entry\n"
                                + "cassette=users/Fetch\\ a\\ user.yaml\n"
                                + "cassetteDir=/c\\ d/cassettes\n"
                                + "op=aside\n"
                                + "refused=2026-11-30T21\\:00\\:00Z\n"
                                + "seq=7\n"
                                + "state=held\n");
    }

    @Test
    void anEntryWithoutARequiredFieldIsRefused() {
        assertThatThrownBy(() -> JournalEntry.parse("seq=1\nop=snapshot\nstate=held\n"))
                .isInstanceOf(IOException.class)
                .hasMessage("journal entry without cassetteDir");
    }
}
