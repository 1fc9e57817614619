package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class RunSummaryJsonTest {

    private final RunSummary summary = new RunSummary();

    @Test
    void describesTheRun() {
        Map<String, Object> json = parse(summary.toJson("/repo/cassettes", "quarantine", "r-42"));

        assertThat(json)
                .containsOnlyKeys("run", "cassetteDir", "onFailure", "counts", "cassettes")
                .containsEntry("run", "r-42")
                .containsEntry("cassetteDir", "/repo/cassettes")
                .containsEntry("onFailure", "quarantine");
    }

    @Test
    void countsEveryOutcomeAndThePassedScenarios() {
        summary.record(Outcome.DELETED, "login/a.yaml", "Log in", "file deleted");
        summary.record(Outcome.DELETED, "login/b.yaml", "Log in", "file deleted");
        summary.record(Outcome.FAILED, "users/c", "Fetch", "busy");
        summary.keptBecausePassed();
        summary.keptBecausePassed();
        summary.keptBecausePassed();

        Map<String, Object> counts = counts(summary.toJson("/repo/cassettes", "delete", "r-1"));

        List<String> expectedKeys = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            expectedKeys.add(outcome.label());
        }
        expectedKeys.add("kept because passed");
        assertThat(counts.keySet()).containsExactlyElementsOf(expectedKeys);
        for (Outcome outcome : Outcome.values()) {
            assertThat(counts)
                    .as(outcome.label())
                    .containsEntry(
                            outcome.label(),
                            outcome == Outcome.DELETED ? 2 : outcome == Outcome.FAILED ? 1 : 0);
        }
        assertThat(counts).containsEntry("kept because passed", 3);
    }

    @Test
    void countsZeroForEveryOutcomeOfAnEmptySummary() {
        Map<String, Object> counts = counts(summary.toJson("/repo/cassettes", "delete", "r-1"));

        assertThat(counts).hasSize(Outcome.values().length + 1);
        assertThat(counts.values()).containsOnly(0);
    }

    @Test
    void listsOneObjectPerCassetteGroupedByOutcome() {
        summary.record(Outcome.FAILED, "users/c", "failed scenario \"Fetch\"", "busy");
        summary.record(Outcome.QUARANTINED, "login/a.yaml", "failed scenario \"Log in\"", "moved");
        summary.record(Outcome.RESTORED, "login/b.yaml", "failed scenario \"Log in\"", "");
        summary.record(Outcome.QUARANTINED, "users/d", "failed scenario \"Fetch\"", "moved too");

        List<Map<String, Object>> cassettes =
                cassettes(summary.toJson("/repo/cassettes", "quarantine", "r-1"));

        assertThat(cassettes)
                .containsExactly(
                        Map.of(
                                "outcome", "quarantined",
                                "cassette", "login/a.yaml",
                                "for", "failed scenario \"Log in\"",
                                "detail", "moved"),
                        Map.of(
                                "outcome", "quarantined",
                                "cassette", "users/d",
                                "for", "failed scenario \"Fetch\"",
                                "detail", "moved too"),
                        Map.of(
                                "outcome", "restored",
                                "cassette", "login/b.yaml",
                                "for", "failed scenario \"Log in\"",
                                "detail", ""),
                        Map.of(
                                "outcome", "failed to delete",
                                "cassette", "users/c",
                                "for", "failed scenario \"Fetch\"",
                                "detail", "busy"));
        for (Map<String, Object> cassette : cassettes) {
            assertThat(cassette.keySet()).containsExactly("outcome", "cassette", "for", "detail");
        }
    }

    @Test
    void writesAnEmptyListWhenNothingWasRecorded() {
        String json = summary.toJson("/repo/cassettes", "delete", "r-1");

        assertThat(json).contains("\"cassettes\": []");
        assertThat(cassettes(json)).isEmpty();
    }

    @Test
    void writesAnEmptyListWhenOnlyPassedScenariosWereCounted() {
        summary.keptBecausePassed();

        String json = summary.toJson("/repo/cassettes", "delete", "r-1");

        assertThat(json).contains("\"cassettes\": []");
        assertThat(counts(json)).containsEntry("kept because passed", 1);
    }

    @Test
    void writesNoTrailingCommas() {
        assertThat(summary.toJson("/c", "delete", "r")).doesNotContainPattern(",\\s*[\\]}]");
        summary.record(Outcome.DELETED, "a.yaml", "A", "");
        summary.record(Outcome.FAILED, "b.yaml", "B", "x");
        summary.keptBecausePassed();

        String json = summary.toJson("/c", "delete", "r");

        assertThat(json).doesNotContainPattern(",\\s*[\\]}]").startsWith("{").endsWith("}\n");
        assertThat(parse(json)).isNotNull();
    }

    @Test
    void escapesQuotesBackslashesNewlinesAndTabsSoThatTheyRoundTrip() {
        String cassette = "C:\\cassettes\\login \"quoted\".yaml";
        String scenario = "failed scenario \"Log\tin\"\r\n  (login.feature:3)";
        String detail = "org.opentest4j.AssertionFailedError: expected: <\"a\\b\">\n but was: <1>";
        String dir = "C:\\repo\\cassettes";
        String run = "run \"1\"\t";
        summary.record(Outcome.FAILED, cassette, scenario, detail);

        String json = summary.toJson(dir, "delete", run);

        assertThat(json)
                .contains("\\\"quoted\\\"")
                .contains("C:\\\\cassettes")
                .contains("\\r\\n")
                .contains("\\t");
        Map<String, Object> parsed = parse(json);
        assertThat(parsed).containsEntry("run", run).containsEntry("cassetteDir", dir);
        assertThat(cassettes(json))
                .singleElement()
                .isEqualTo(
                        Map.of(
                                "outcome", "failed to delete",
                                "cassette", cassette,
                                "for", scenario,
                                "detail", detail));
    }

    @Test
    void escapesControlCharactersSoThatTheyRoundTrip() {
        StringBuilder controls = new StringBuilder("start");
        for (char c = 1; c < 0x20; c++) {
            controls.append(c);
        }
        String detail = controls.append("end").toString();
        summary.record(Outcome.FAILED, "a.yaml", "A", detail);

        String json = summary.toJson("/c", "delete", "r");

        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            assertThat(c == '\n' || c >= 0x20)
                    .as("raw control character U+%04X at %d", (int) c, i)
                    .isTrue();
        }
        assertThat(json).contains("\\u0001").contains("\\u001f").contains("\\u001b");
        assertThat(cassettes(json).get(0)).containsEntry("detail", detail);
    }

    @Test
    void keepsNonAsciiTextAsIs() {
        String scenario = "Connexion réussie — ユーザー 🚀";
        summary.record(Outcome.DELETED, "login/é.yaml", scenario, "");

        String json = summary.toJson("/c", "delete", "r");

        assertThat(cassettes(json).get(0))
                .containsEntry("for", scenario)
                .containsEntry("cassette", "login/é.yaml");
    }

    private static Map<String, Object> parse(String json) {
        return new Yaml().load(json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(String json) {
        return (Map<String, Object>) parse(json).get("counts");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cassettes(String json) {
        return (List<Map<String, Object>>) parse(json).get("cassettes");
    }
}
