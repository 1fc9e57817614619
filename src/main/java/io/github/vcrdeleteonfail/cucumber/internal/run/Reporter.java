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
 * all).
 */
final class Reporter {

    private final RunSummary summary;
    private final String failure;
    private final ScenarioInfo scenario;
    private final String status;

    /**
     * Creates the reporter of one failure.
     *
     * @param summary the run's summary
     * @param failure what failed, already printable, such as {@code failed scenario "Log in"
     *     (file:/x.feature:3) FAILED}
     * @param scenario the failed scenario, or null for a guarded block or the run
     * @param status the scenario's final status, or null
     */
    Reporter(RunSummary summary, String failure, ScenarioInfo scenario, String status) {
        this.summary = summary;
        this.failure = failure;
        this.scenario = scenario;
        this.status = status;
    }

    void handled(List<Handled> handled) {
        for (Handled h : handled) {
            record(
                    h.outcome(),
                    Printable.of(h.target().path()),
                    "from " + h.target().origin() + ": " + Printable.of(h.detail()));
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

    void record(Outcome outcome, String cassette, String reason) {
        String detail = mayBeStale(outcome) ? reason + "; the cassette may be stale" : reason;
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
            PluginLog.debug(() -> line(outcome, cassette, detail));
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

    private String line(Outcome outcome, String cassette, String detail) {
        return "Cassette " + cassette + " " + outcome.label() + " for " + failure + ": " + detail;
    }
}
