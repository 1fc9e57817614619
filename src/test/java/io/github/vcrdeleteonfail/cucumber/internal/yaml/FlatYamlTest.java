package io.github.vcrdeleteonfail.cucumber.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The flat form is read to exactly what SnakeYAML reads, or left to SnakeYAML: never a different
 * value, never a document SnakeYAML refuses.
 */
class FlatYamlTest {

    @Test
    void readsTheConfigurationsOfTheDocumentationWithoutSnakeYaml() {
        assertThat(
                        YamlDocument.readFlat(
                                "# vcr-delete-on-fail\n"
                                        + "cassette-dir: src/test/resources/cassettes\n"
                                        + "extension: .json\n"
                                        + "on-failure: restore   # undo what failed\n"
                                        + "enabled: true\n"
                                        + "ci-output: off\n"
                                        + "delete-tag: '@vcr-delete-on-fail'\n"
                                        + "refresh: \"@payments and not @slow\"\n"
                                        + "report:\n"))
                .containsExactly(
                        Map.entry("cassette-dir", "src/test/resources/cassettes"),
                        Map.entry("extension", ".json"),
                        Map.entry("on-failure", "restore"),
                        Map.entry("enabled", true),
                        Map.entry("ci-output", false),
                        Map.entry("delete-tag", "@vcr-delete-on-fail"),
                        Map.entry("refresh", "@payments and not @slow"),
                        new AbstractMap.SimpleEntry<>("report", null));
    }

    @Test
    void leavesEverythingElseToSnakeYaml() {
        for (String text :
                new String[] {
                    "failing-statuses: [FAILED, PENDING]",
                    "failing-statuses:\n  - FAILED",
                    "refresh-older-than: 30",
                    "refresh-older-than: 30d",
                    "extension: .inf",
                    "cassette-dir: \"a\\tb\"",
                    "cassette-dir: 'it''s'",
                    "cassette-dir: a\r\n",
                    "cassette-dir:\tx",
                    "cassette-dir: caf\u00e9",
                    "cassette-dir: a: b",
                    "cassette-dir: a\ncassette-dir: b",
                    "on: true",
                    "---\ncassette-dir: a",
                    "Cassette-Dir: a",
                    "cassette-dir : a",
                    "cassette-dir:a",
                    "  cassette-dir: a",
                    "cassette-dir: a\n  b",
                    "cassette-dir: ~",
                    "delete-tag: @x"
                }) {
            assertThat(YamlDocument.readFlat(text)).as(text).isNull();
        }
    }

    @Test
    void readsTheEdgesOfEachCharacterClass() {
        assertThat(YamlDocument.readFlat("za90-: Az09_./@(),-Zz\naz: Zz09\nm: a"))
                .containsExactly(
                        Map.entry("za90-", "Az09_./@(),-Zz"),
                        Map.entry("az", "Zz09"),
                        Map.entry("m", "a"));
        assertThat(YamlDocument.readFlat("# a comment may hold ~ and }\nx: z"))
                .containsEntry("x", "z");
        assertThat(YamlDocument.readFlat("\nx: a"))
                .as("a blank first line")
                .containsEntry("x", "a");
    }

    @Test
    void readsCommentsAndSpacesAfterValuesOnlyWhereYamlSeesThem() {
        assertThat(YamlDocument.readFlat("x: a #b")).containsEntry("x", "a");
        assertThat(YamlDocument.readFlat("x: 'a'   ")).containsEntry("x", "a");
        assertThat(YamlDocument.readFlat("x: 'a' # b")).containsEntry("x", "a");
        assertThat(YamlDocument.readFlat("x: 'a'#b")).isNull();
        assertThat(YamlDocument.readFlat("x: 'a' b")).isNull();
        assertThat(YamlDocument.readFlat("x: 'a'  b")).isNull();
        assertThat(YamlDocument.readFlat("x: a#b")).isNull();
        assertThat(YamlDocument.readFlat("x: .")).as("a lone dot at the end").isNull();
        assertThat(YamlDocument.readFlat("x: .a")).containsEntry("x", ".a");
    }

    /** Random documents of keys and values, tricky ones included, each read both ways. */
    @Property(tries = 2000)
    void readsWhatSnakeYamlReadsOrNothing(@ForAll("documents") String text) {
        Map<String, Object> flat = YamlDocument.readFlat(text);
        Statistics.label("FlatYaml").collect(flat == null ? "left to SnakeYAML" : "read");
        Statistics.label("FlatYaml")
                .coverage(coverage -> coverage.check("read").count(n -> n > 200));
        if (flat == null) {
            return;
        }
        Object snake;
        try {
            snake = SnakeYamlDocument.read(text);
        } catch (YamlDocument.InvalidYamlException e) {
            throw new AssertionError("FlatYaml read a document SnakeYAML refuses:\n" + text, e);
        }
        assertThat(flat).as(text).isEqualTo(snake == null ? Map.of() : snake);
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> keys =
                Arbitraries.of("cassette-dir", "extension", "enabled", "a", "on", "no-1", "x-");
        Arbitrary<String> values =
                Arbitraries.of(
                        "",
                        " ",
                        "src/test/resources/cassettes",
                        "/abs/path with  spaces ",
                        ".json",
                        ".inf",
                        ".NaN",
                        ".5",
                        "true",
                        "True",
                        "TRUE",
                        "tRUE",
                        "yes",
                        "y",
                        "n",
                        "no",
                        "On",
                        "OFF",
                        "null",
                        "Null",
                        "~",
                        "nil",
                        "restore",
                        "@tag",
                        "a@b",
                        "(@a or @b), c",
                        "'@single quoted # not a comment'",
                        "'it''s'",
                        "''",
                        "\"double\"",
                        "\"esc\\\\aped\"",
                        "\"\"",
                        "12",
                        "0x1F",
                        "2026-01-01",
                        "a # comment",
                        "a#b",
                        "a: b",
                        "a - b",
                        "- item",
                        "[A, B]",
                        "{a: b}",
                        "&anchor x",
                        "*alias",
                        "!!str x",
                        "|",
                        ">",
                        "%x",
                        "PT12H",
                        "_under",
                        "'x'#c",
                        "'x' # c");
        Arbitrary<String> separators = Arbitraries.of(": ", ":", ":  ", " : ", ":\t");
        Arbitrary<String> lines =
                Arbitraries.oneOf(
                        keys.flatMap(k -> separators.flatMap(s -> values.map(v -> k + s + v))),
                        Arbitraries.of("", "# comment", "  # indented comment", "   ", "---"));
        return lines.list().ofMaxSize(6).map(FlatYamlTest::join);
    }

    private static String join(List<String> lines) {
        List<String> all = new ArrayList<>(lines);
        return String.join("\n", all);
    }
}
