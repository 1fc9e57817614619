package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Handled;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.List;

/**
 * Records what happened to each cassette of one failure in the run summary, and logs it by the log
 * policy: problems as WARNINGs at once, the rest at DEBUG (the INFO summary at the end lists them
 * all). The texts of entries that are not logged at once are written when the summary or a report
 * first reads them: a summary shows fifty, and writing every one cost as much as the deletion.
 */
final class Reporter {

    private final RunSummary summary;
    private final Object failure;
    private final ScenarioInfo scenario;
    private final String status;

    /**
     * Creates the reporter of one failure.
     *
     * @param summary the run's summary
     * @param failure what failed, already printable, such as {@code failed scenario "Log in"
     *     (file:/x.feature:3) FAILED}; written by its {@code toString} when first needed
     * @param scenario the failed scenario, or null for a guarded block or the run
     * @param status the scenario's final status, or null
     */
    Reporter(RunSummary summary, Object failure, ScenarioInfo scenario, String status) {
        this.summary = summary;
        this.failure = failure;
        this.scenario = scenario;
        this.status = status;
    }

    void handled(List<Handled> handled) {
        for (Handled h : handled) {
            if (h.outcome().isProblem()) {
                record(
                        h.outcome(),
                        Printable.of(h.target().path()),
                        "from " + h.target().origin() + ": " + Printable.of(h.detail()));
            } else {
                record(h.outcome(), new CassetteText(h), new DetailText(h));
            }
        }
    }

    /** The cassette of a handled target, escaped, written when first read. */
    private static final class CassetteText {
        private final Handled handled;

        CassetteText(Handled handled) {
            this.handled = handled;
        }

        @Override
        public String toString() {
            return Printable.of(handled.target().path());
        }
    }

    /** Where a handled target came from and what was done, written when first read. */
    private static final class DetailText {
        private final Handled handled;

        DetailText(Handled handled) {
            this.handled = handled;
        }

        @Override
        public String toString() {
            return "from " + handled.target().origin() + ": " + Printable.of(handled.detail());
        }
    }

    void refused(List<Refusal> refusals) {
        for (Refusal refusal : refusals) {
            record(
                    Outcome.REFUSED_UNSAFE,
                    refusal.asWritten,
                    "from " + refusal.origin + ": " + refusal.reason);
        }
    }

    void namerFailed(List<String> problems) {
        for (String problem : problems) {
            record(
                    Outcome.NAMER_FAILED,
                    "default cassettes",
                    problem + " (the scenario's other cassettes were handled)");
        }
    }

    void record(Outcome outcome, Object cassette, Object reason) {
        Object detail = mayBeStale(outcome) ? reason + "; the cassette may be stale" : reason;
        summary.record(
                new RunSummary.Entry(
                        outcome,
                        cassette,
                        failure,
                        detail,
                        scenario == null ? null : scenario.getUri(),
                        scenario == null ? 0 : scenario.getLine(),
                        scenario == null ? null : scenario.getName(),
                        status));
        if (outcome.isProblem()) {
            PluginLog.warn(line(outcome, cassette, detail));
        } else {
            if (PluginLog.debugEnabled()) {
                PluginLog.debug(line(outcome, cassette, detail));
            }
        }
    }

    private static boolean mayBeStale(Outcome outcome) {
        switch (outcome) {
            case DELETE_FAILED:
            case QUARANTINE_FAILED:
            case RESTORE_FAILED:
            case NAMER_FAILED:
                return true;
            default:
                return false;
        }
    }

    private String line(Outcome outcome, Object cassette, Object detail) {
        return "Cassette " + cassette + " " + outcome.label() + " for " + failure + ": " + detail;
    }
}
