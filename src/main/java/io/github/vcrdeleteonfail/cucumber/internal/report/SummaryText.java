package io.github.vcrdeleteonfail.cucumber.internal.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes the end-of-run summary: one heading with the count of each outcome, then one line per
 * cassette grouped by outcome (in {@link Outcome}'s order), then the warnings worth repeating,
 * bounded so that a run with thousands of deletions stays readable (the JSON report keeps every
 * entry).
 */
@API(status = API.Status.INTERNAL)
public final class SummaryText {

    /** The most cassette lines the summary lists; the rest are counted. */
    public static final int MAX_LINES = 50;

    private SummaryText() {}

    /**
     * Writes the summary.
     *
     * @param summary the run's decisions
     * @param cassetteDir the cassette folder, for the heading
     * @return the summary, or empty text when nothing was recorded or noticed
     */
    public static String format(RunSummary summary, String cassetteDir) {
        List<RunSummary.Entry> all = summary.entries();
        List<String> notices = summary.notices();
        if (all.isEmpty() && notices.isEmpty()) {
            return "";
        }
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (RunSummary.Entry e : all) {
            Long before = counts.get(e.outcome());
            counts.put(e.outcome(), before == null ? 1L : before + 1);
        }
        String nl = System.lineSeparator();
        StringBuilder out =
                new StringBuilder("vcr-delete-on-fail summary for ").append(cassetteDir);
        out.append(": ");
        String separator = "";
        for (Map.Entry<Outcome, Long> count : counts.entrySet()) {
            out.append(separator).append(count.getValue()).append(' ');
            out.append(count.getKey().label());
            separator = ", ";
        }
        if (counts.isEmpty()) {
            out.append("no cassette handled");
        }
        long passed = summary.passed();
        if (passed > 0) {
            out.append("; ").append(passed).append(" tagged scenario");
            out.append(passed == 1 ? "" : "s").append(" passed, cassettes kept");
        }
        int listed = 0;
        for (Outcome outcome : Outcome.values()) {
            for (RunSummary.Entry e : all) {
                if (e.outcome() != outcome || listed == MAX_LINES) {
                    continue;
                }
                listed++;
                out.append(nl).append("  ").append(outcome.label()).append(": ");
                out.append(e.cassette()).append(" <- ").append(e.failure());
                out.append(e.detail().isEmpty() ? "" : " (" + e.detail() + ")");
            }
        }
        if (all.size() > listed) {
            out.append(nl).append("  ... and ").append(all.size() - listed);
            out.append(" more cassettes (the JSON report, key 'report', lists them all)");
        }
        for (String notice : notices) {
            out.append(nl).append("  warning: ").append(notice);
        }
        return out.toString();
    }
}
