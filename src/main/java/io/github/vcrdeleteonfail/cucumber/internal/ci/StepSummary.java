package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static io.github.vcrdeleteonfail.cucumber.internal.text.Markdown.text;
import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Markdown section a run appends to the GitHub Actions job summary: a heading with the count of
 * each outcome, a table of the cassettes handled (outcome, cassette, scenario, status) grouped by
 * outcome, bounded to {@value #MAX_ROWS} rows with a count of the rest, the warnings worth
 * repeating, and where the re-record list and the report are. Every user-supplied text is escaped
 * by {@code Markdown}.
 *
 * <pre>
 * ### vcr-delete-on-fail: 1 deleted, 1 nothing to delete
 *
 * | outcome | cassette | scenario | status |
 * | --- | --- | --- | --- |
 * | deleted | users/Fetch\_a\_user.yaml | Fetch a user (src/test/resources/features/users.feature:12) | FAILED |
 * | nothing to delete | users/Log\_in.yaml | Log in (src/test/resources/features/users.feature:20) | PENDING |
 *
 * Re-record: the scenarios whose cassettes were removed are listed in target/vcr-rerecord.txt (key `rerun-file`).
 * </pre>
 */
@API(status = API.Status.INTERNAL)
public final class StepSummary {

    /** The most table rows one run writes; the rest are counted: {@value}. */
    public static final int MAX_ROWS = 50;

    private static final int MAX_NOTICES = 10;

    private StepSummary() {}

    /** Where the run's files are and how it ran, for the section's last lines. */
    @API(status = API.Status.INTERNAL)
    public static final class Run {
        final String runId;
        final Path cassetteDir;
        final String onFailure;
        final Optional<Path> rerunList;
        final Optional<Path> report;

        /**
         * Describes a run.
         *
         * @param runId the run's id
         * @param cassetteDir the cassette folder
         * @param onFailure the strategy's key
         * @param rerunList the re-record list written, if any
         * @param report the JSON report written, if any
         */
        public Run(
                String runId,
                Path cassetteDir,
                String onFailure,
                Optional<Path> rerunList,
                Optional<Path> report) {
            this.runId = requireNonNull(runId, "runId");
            this.cassetteDir = requireNonNull(cassetteDir, "cassetteDir");
            this.onFailure = requireNonNull(onFailure, "onFailure");
            this.rerunList = requireNonNull(rerunList, "rerunList");
            this.report = requireNonNull(report, "report");
        }
    }

    /**
     * Writes the section of one run.
     *
     * @param summary the run's decisions
     * @param run where the run's files are
     * @param paths names files relative to the workspace
     * @return the Markdown section, or empty text when nothing was handled or noticed
     */
    public static String render(RunSummary summary, Run run, WorkspacePath paths) {
        List<RunSummary.Entry> all = summary.entries();
        List<String> notices = summary.notices();
        if (all.isEmpty() && notices.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n### vcr-delete-on-fail: ").append(counts(summary));
        md.append("\n\n");
        if (!all.isEmpty()) {
            md.append("| outcome | cassette | scenario | status |\n| --- | --- | --- | --- |\n");
            int rows = 0;
            for (Outcome outcome : Outcome.values()) {
                for (RunSummary.Entry e : all) {
                    if (e.outcome() == outcome && rows < MAX_ROWS) {
                        rows++;
                        md.append("| ").append(text(outcome.label()));
                        md.append(" | ").append(text(e.cassette()));
                        md.append(" | ").append(scenario(e, paths));
                        md.append(" | ").append(text(e.status() == null ? "" : e.status()));
                        md.append(" |\n");
                    }
                }
            }
            if (all.size() > rows) {
                md.append("\n... and ").append(all.size() - rows);
                md.append(" more cassettes; the JSON report (key `report`) lists them all.\n");
            }
            md.append('\n');
        }
        for (String notice : notices.subList(0, Math.min(MAX_NOTICES, notices.size()))) {
            md.append("- warning: ").append(text(notice)).append('\n');
        }
        if (notices.size() > MAX_NOTICES) {
            md.append("- ... and ").append(notices.size() - MAX_NOTICES).append(" more warnings\n");
        }
        if (!notices.isEmpty()) {
            md.append('\n');
        }
        run.rerunList.ifPresent(
                list ->
                        md.append("Re-record: the scenarios whose cassettes were removed are")
                                .append(" listed in ")
                                .append(text(paths.of(list)))
                                .append(" (key `rerun-file`).\n\n"));
        md.append("Run ").append(text(run.runId));
        md.append(", `on-failure: ").append(text(run.onFailure)).append('`');
        md.append(", cassettes in ").append(text(paths.of(run.cassetteDir)));
        run.report.ifPresent(report -> md.append(", report ").append(text(paths.of(report))));
        return md.append(".\n").toString();
    }

    private static String counts(RunSummary summary) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (RunSummary.Entry e : summary.entries()) {
            counts.merge(e.outcome(), 1L, Long::sum);
        }
        StringBuilder line = new StringBuilder();
        counts.forEach(
                (outcome, count) ->
                        line.append(line.length() == 0 ? "" : ", ")
                                .append(count)
                                .append(' ')
                                .append(outcome.label()));
        if (counts.isEmpty()) {
            line.append("no cassette handled");
        }
        long passed = summary.passed();
        if (passed > 0) {
            line.append("; ").append(passed).append(" tagged scenario");
            line.append(passed == 1 ? "" : "s").append(" passed, cassettes kept");
        }
        return line.toString();
    }

    private static String scenario(RunSummary.Entry e, WorkspacePath paths) {
        if (e.scenario() == null || e.feature() == null) {
            return text(e.failure());
        }
        return text(e.scenario() + " (" + paths.of(e.feature()) + ":" + e.line() + ")");
    }
}
