package io.github.vcrdeleteonfail.cucumber.internal.report;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Collects what was done for failed scenarios, from any thread, and writes the end-of-run summary.
 * Passing scenarios leave no entry, so its size follows the failures, not the suite.
 */
public final class RunSummary {

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final AtomicLong passed = new AtomicLong();

    /** Creates an empty summary for one run. */
    public RunSummary() {}

    /** Counts a tagged scenario that passed, whose cassettes were kept; lists nothing. */
    public void keptBecausePassed() {
        passed.incrementAndGet();
    }

    /**
     * Returns how many tagged scenarios passed.
     *
     * @return the count
     */
    public long passed() {
        return passed.get();
    }

    /**
     * Records one decision.
     *
     * @param outcome what happened
     * @param cassette the cassette, as shown to the user (relative to the cassette folder, or the
     *     tag that named it)
     * @param scenario what failed, as shown to the user (such as {@code failed scenario "Log in"
     *     (file:/x.feature:3) FAILED})
     * @param detail why
     */
    public void record(Outcome outcome, String cassette, String scenario, String detail) {
        entries.add(new Entry(outcome, cassette, scenario, detail));
    }

    /**
     * Returns how many cassettes had the given outcome.
     *
     * @param outcome the outcome
     * @return the count
     */
    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome == outcome).count();
    }

    /**
     * Writes the summary.
     *
     * @param cassetteDir the cassette folder, for the heading
     * @return the summary, or empty text when nothing was recorded
     */
    public String format(String cassetteDir) {
        List<Entry> all = new ArrayList<>(entries);
        if (all.isEmpty()) {
            return "";
        }
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Entry e : all) {
            counts.merge(e.outcome, 1L, Long::sum);
        }
        StringBuilder out = new StringBuilder();
        out.append("vcr-delete-on-fail summary for ")
                .append(cassetteDir)
                .append(": ")
                .append(
                        counts.entrySet().stream()
                                .map(c -> c.getValue() + " " + c.getKey().label())
                                .collect(Collectors.joining(", ")));
        if (passed.get() > 0) {
            out.append("; ")
                    .append(passed.get())
                    .append(" tagged scenario")
                    .append(passed.get() == 1 ? "" : "s")
                    .append(" passed, cassettes kept");
        }
        for (Outcome outcome : Outcome.values()) {
            for (Entry e : all) {
                if (e.outcome == outcome) {
                    out.append(System.lineSeparator())
                            .append("  ")
                            .append(outcome.label())
                            .append(": ")
                            .append(e.cassette)
                            .append(" <- ")
                            .append(e.scenario)
                            .append(e.detail.isEmpty() ? "" : " (" + e.detail + ")");
                }
            }
        }
        return out.toString();
    }

    /**
     * Writes the report as JSON, for CI.
     *
     * @param cassetteDir the cassette folder
     * @param strategy the {@code on-failure} strategy
     * @param runId the run's id
     * @return a JSON object
     */
    public String toJson(String cassetteDir, String strategy, String runId) {
        List<Entry> all = new ArrayList<>(entries);
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Entry e : all) {
            counts.merge(e.outcome, 1L, Long::sum);
        }
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"run\": ").append(quote(runId)).append(",\n");
        json.append("  \"cassetteDir\": ").append(quote(cassetteDir)).append(",\n");
        json.append("  \"onFailure\": ").append(quote(strategy)).append(",\n");
        json.append("  \"counts\": {");
        String separator = "";
        for (Outcome outcome : Outcome.values()) {
            json.append(separator)
                    .append(quote(outcome.label()))
                    .append(": ")
                    .append(counts.getOrDefault(outcome, 0L));
            separator = ", ";
        }
        json.append(separator).append("\"kept because passed\": ").append(passed.get());
        json.append("},\n  \"cassettes\": [");
        separator = "\n";
        for (Outcome outcome : Outcome.values()) {
            for (Entry e : all) {
                if (e.outcome == outcome) {
                    json.append(separator)
                            .append("    {\"outcome\": ")
                            .append(quote(outcome.label()))
                            .append(", \"cassette\": ")
                            .append(quote(e.cassette))
                            .append(", \"for\": ")
                            .append(quote(e.scenario))
                            .append(", \"detail\": ")
                            .append(quote(e.detail))
                            .append("}");
                    separator = ",\n";
                }
            }
        }
        json.append(all.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    private static final class Entry {
        final Outcome outcome;
        final String cassette;
        final String scenario;
        final String detail;

        Entry(Outcome outcome, String cassette, String scenario, String detail) {
            this.outcome = requireNonNull(outcome);
            this.cassette = requireNonNull(cassette);
            this.scenario = requireNonNull(scenario);
            this.detail = requireNonNull(detail);
        }
    }
}
