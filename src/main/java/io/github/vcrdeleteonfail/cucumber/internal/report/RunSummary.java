package io.github.vcrdeleteonfail.cucumber.internal.report;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Collects what was done for failed scenarios, from any thread, and writes the end-of-run summary.
 * Passing scenarios leave no entry, so its size follows the failures, not the suite.
 */
public final class RunSummary {

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();

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
