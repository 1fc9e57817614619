package io.github.vcrdeleteonfail.cucumber.internal.report;

import static io.github.vcrdeleteonfail.cucumber.internal.text.Json.quote;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes one run's decisions as a JSON object for CI, laid out for {@link JsonReportFile}: the
 * object's lines indented by four spaces, its fields by six, every string on one line. The file's
 * first field, {@value #MARKER_FIELD}, marks it as the plugin's own.
 */
@API(status = API.Status.INTERNAL)
public final class JsonReport {

    /** The field that marks a report as written by the plugin: {@value}. */
    public static final String MARKER_FIELD = "\"generator\": \"cucumber-vcr-delete-on-fail\"";

    private JsonReport() {}

    /**
     * Writes the report of one run.
     *
     * @param summary the run's decisions
     * @param cassetteDir the cassette folder
     * @param onFailure the {@code on-failure} strategy
     * @param runId the run's id
     * @return a JSON object, from {@code " {"} to {@code " }"}, without a final line break
     */
    public static String render(
            RunSummary summary, String cassetteDir, String onFailure, String runId) {
        List<RunSummary.Entry> all = summary.entries();
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (RunSummary.Entry e : all) {
            counts.merge(e.outcome(), 1L, Long::sum);
        }
        StringBuilder json = new StringBuilder("    {\n");
        json.append("      \"run\": ").append(quote(runId)).append(",\n");
        json.append("      \"cassetteDir\": ").append(quote(cassetteDir)).append(",\n");
        json.append("      \"onFailure\": ").append(quote(onFailure)).append(",\n");
        json.append("      \"counts\": {");
        for (Outcome outcome : Outcome.values()) {
            json.append(quote(outcome.label())).append(": ");
            json.append(counts.getOrDefault(outcome, 0L)).append(", ");
        }
        json.append("\"kept because passed\": ").append(summary.passed());
        json.append("},\n      \"cassettes\": [");
        String separator = "\n";
        for (Outcome outcome : Outcome.values()) {
            for (RunSummary.Entry e : all) {
                if (e.outcome() == outcome) {
                    json.append(separator).append("        ");
                    entry(json, e);
                    separator = ",\n";
                }
            }
        }
        json.append(all.isEmpty() ? "]\n    }" : "\n      ]\n    }");
        return json.toString();
    }

    private static void entry(StringBuilder json, RunSummary.Entry e) {
        json.append("{\"outcome\": ").append(quote(e.outcome().label()));
        json.append(", \"cassette\": ").append(quote(e.cassette()));
        json.append(", \"for\": ").append(quote(e.failure()));
        json.append(", \"detail\": ").append(quote(e.detail()));
        if (e.feature() != null) {
            json.append(", \"feature\": ").append(quote(e.feature().toString()));
            json.append(", \"line\": ").append(e.line());
        }
        if (e.scenario() != null) {
            json.append(", \"scenario\": ").append(quote(e.scenario()));
        }
        if (e.status() != null) {
            json.append(", \"status\": ").append(quote(e.status()));
        }
        json.append('}');
    }
}
