package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON report, read back with a strict JSON parser; its field names are pinned here: the file's
 * ({@code generator}, {@code runs}) and each run's.
 */
class JsonReportTest {

    private static final ObjectMapper STRICT =
            JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private final RunSummary summary = new RunSummary();

    @Test
    void aFileHoldsTheMarkerAndItsRunsUnderPinnedFieldNames() throws Exception {
        JsonNode file =
                STRICT.readTree(
                        JsonReportFile.create(JsonReport.render(summary, "/c", "delete", "r")));

        assertThat(fieldNames(file)).containsExactly("generator", "runs");
        assertThat(file.get("generator").asText()).isEqualTo("cucumber-vcr-delete-on-fail");
        assertThat(file.get("runs").isArray()).isTrue();
        assertThat(file.get("runs")).hasSize(1);
    }

    @Test
    void describesTheRunWithPinnedFieldNames() throws Exception {
        JsonNode json = parse(JsonReport.render(summary, "/repo/cassettes", "quarantine", "r-42"));

        assertThat(fieldNames(json))
                .containsExactly("run", "cassetteDir", "onFailure", "counts", "cassettes");
        assertThat(json.get("run").asText()).isEqualTo("r-42");
        assertThat(json.get("cassetteDir").asText()).isEqualTo("/repo/cassettes");
        assertThat(json.get("onFailure").asText()).isEqualTo("quarantine");
        assertThat(json.get("cassettes").isArray()).isTrue();
        assertThat(json.get("cassettes")).isEmpty();
    }

    @Test
    void aFileStartsWithTheMarkerThatLetsALaterRunAddToIt() {
        assertThat(JsonReportFile.create(JsonReport.render(summary, "/c", "delete", "r")))
                .startsWith("{\n  " + JsonReport.MARKER_FIELD + ",");
    }

    @Test
    void aRunIsLaidOutForTheFileOneStringPerLine() {
        summary.record(entry(Outcome.DELETED, "multi\nline\r\u2028cassette"));

        String run = JsonReport.render(summary, "/c", "delete", "r");

        assertThat(run).startsWith("    {\n").endsWith("\n    }");
        assertThat(run.split("\n"))
                .allMatch(l -> l.equals("    {") || l.equals("    }") || l.startsWith("      "));
    }

    @Test
    void countsEveryOutcomeUnderItsPinnedLabelAndThePassedScenarios() throws Exception {
        summary.record(entry(Outcome.DELETED, "login/a.yaml"));
        summary.record(entry(Outcome.DELETED, "login/b.yaml"));
        summary.record(entry(Outcome.DELETE_FAILED, "users/c"));
        summary.keptBecausePassed();
        summary.keptBecausePassed();
        summary.keptBecausePassed();

        JsonNode counts = parse(JsonReport.render(summary, "/c", "delete", "r")).get("counts");

        assertThat(fieldNames(counts))
                .containsExactly(
                        "deleted",
                        "quarantined",
                        "restored",
                        "kept (unchanged)",
                        "refreshed",
                        "kept the previous recording",
                        "nothing to delete",
                        "kept (dry run)",
                        "kept (report-only)",
                        "kept by tag",
                        "kept by glue code",
                        "left alone (in use)",
                        "refused as unsafe",
                        "namer failed",
                        "failed to delete",
                        "failed to quarantine",
                        "failed to restore",
                        "repaired after a crash",
                        "not yet put back",
                        "kept because passed");
        assertThat(counts.get("deleted").asInt()).isEqualTo(2);
        assertThat(counts.get("failed to delete").asInt()).isEqualTo(1);
        assertThat(counts.get("restored").asInt()).isZero();
        assertThat(counts.get("kept because passed").asInt()).isEqualTo(3);
    }

    @Test
    void listsEachCassetteWithItsScenario() throws Exception {
        summary.record(
                new RunSummary.Entry(
                        Outcome.RESTORED,
                        "login/a.yaml",
                        "failed scenario \"Log in\" (file:/f/login.feature:3) FAILED",
                        "previous bytes put back",
                        URI.create("file:/f/login.feature"),
                        3,
                        "Log in",
                        "FAILED"));

        JsonNode cassette = firstCassette("restore");

        assertThat(fieldNames(cassette))
                .containsExactly(
                        "outcome",
                        "cassette",
                        "for",
                        "detail",
                        "feature",
                        "line",
                        "scenario",
                        "status");
        assertThat(cassette.get("outcome").asText()).isEqualTo("restored");
        assertThat(cassette.get("cassette").asText()).isEqualTo("login/a.yaml");
        assertThat(cassette.get("for").asText())
                .isEqualTo("failed scenario \"Log in\" (file:/f/login.feature:3) FAILED");
        assertThat(cassette.get("detail").asText()).isEqualTo("previous bytes put back");
        assertThat(cassette.get("feature").asText()).isEqualTo("file:/f/login.feature");
        assertThat(cassette.get("line").asInt()).isEqualTo(3);
        assertThat(cassette.get("scenario").asText()).isEqualTo("Log in");
        assertThat(cassette.get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void leavesOutTheScenarioFieldsOfABlockOrRunFailure() throws Exception {
        summary.record(
                new RunSummary.Entry(
                        Outcome.DELETED, "a.yaml", "the run", "", null, 0, null, null));

        assertThat(fieldNames(firstCassette("delete")))
                .containsExactly("outcome", "cassette", "for", "detail");
    }

    @Test
    void escapesEverythingAStrictParserWouldReject() throws Exception {
        String nasty =
                "quote \" backslash \\ newline \n tab \t bell \u0007 rlo \u202e nul \u0000"
                        + " separator \u2028 end";
        summary.record(
                new RunSummary.Entry(Outcome.DELETED, nasty, nasty, nasty, null, 0, nasty, null));

        JsonNode json = parse(JsonReport.render(summary, nasty, "delete", nasty));

        assertThat(json.get("run").asText()).isEqualTo(nasty);
        assertThat(json.get("cassetteDir").asText()).isEqualTo(nasty);
        JsonNode cassette = json.get("cassettes").get(0);
        assertThat(cassette.get("cassette").asText()).isEqualTo(nasty);
        assertThat(cassette.get("for").asText()).isEqualTo(nasty);
        assertThat(cassette.get("detail").asText()).isEqualTo(nasty);
        assertThat(cassette.get("scenario").asText()).isEqualTo(nasty);
    }

    @Test
    void listsEntriesGroupedByOutcomeInTheOrderOfTheOutcomes() throws Exception {
        summary.record(entry(Outcome.REFUSED_UNSAFE, "x"));
        summary.record(entry(Outcome.DELETED, "a"));
        summary.record(entry(Outcome.DELETED, "b"));

        JsonNode cassettes =
                parse(JsonReport.render(summary, "/c", "delete", "r")).get("cassettes");

        List<String> order = new ArrayList<>();
        cassettes.forEach(c -> order.add(c.get("cassette").asText()));
        assertThat(order).containsExactly("a", "b", "x");
    }

    private JsonNode firstCassette(String strategy) throws Exception {
        return parse(JsonReport.render(summary, "/c", strategy, "r")).get("cassettes").get(0);
    }

    private static RunSummary.Entry entry(Outcome outcome, String cassette) {
        return new RunSummary.Entry(outcome, cassette, "Log in", "", null, 0, null, null);
    }

    /** The run, read from a report file that holds only it. */
    private static JsonNode parse(String run) throws Exception {
        return STRICT.readTree(JsonReportFile.create(run)).get("runs").get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
