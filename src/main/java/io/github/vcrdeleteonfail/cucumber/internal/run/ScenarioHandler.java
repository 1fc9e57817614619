package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Decision;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.FailureNote;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Handled;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import io.github.vcrdeleteonfail.cucumber.internal.text.FileNames;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * The life of one scenario for the plugin: when it starts, its cassettes may be moved aside to be
 * refreshed, and the strategy may see the others before anything writes them (restore); when it
 * finishes, after its last After hook, the refresh is settled, the {@code Verdict} decides, and the
 * strategy handles what the selection found. Untagged and passing scenarios cost a tag lookup and
 * nothing else.
 */
final class ScenarioHandler {

    private final Services services;

    ScenarioHandler(Services services) {
        this.services = services;
    }

    void started(InFlight scenario) {
        boolean refreshes = services.refresh.selects(scenario);
        // The run's strategy, not the scenario's: a dry run's passive strategy prepares nothing
        // either, and this way the scenario's mode is not even read.
        if (!services.enabled || (!refreshes && !services.strategy.prepares())) {
            return; // delete and quarantine: a scenario costs nothing until it fails
        }
        CassetteTags tags = services.names.read(scenario.tags());
        if (tags.isEmpty() || tags.keep() || keepLookAlike(scenario) != null) {
            return;
        }
        ScenarioInfo info = scenario.scenario();
        Selection.Selected selected = services.selection.select(info, tags, List.of());
        List<Target> targets = selected.targets;
        if (refreshes) {
            // Looked at before they are moved aside: afterwards nothing is there to look at.
            services.folderCheck.check(info, selected.defaults, List.of());
            targets = services.refresh.start(scenario, targets);
        }
        prepare(scenario, targets);
        if (!refreshes) {
            // After the strategy prepared them: restore's snapshot saw them, nothing looks again.
            services.folderCheck.check(info, selected.defaults, scenario.unitOrNull());
        }
    }

    void prepare(InFlight scenario, List<Target> targets) {
        Strategy strategy = services.strategyFor(scenario);
        if (targets.isEmpty() || !services.enabled || !strategy.prepares()) {
            return;
        }
        Strategy.Unit unit = scenario.unit(strategy);
        for (Handled problem : unit.prepare(targets)) {
            PluginLog.warn(
                    "Cassette "
                            + Printable.of(problem.target().path())
                            + " of scenario "
                            + scenario
                            + ": "
                            + Printable.of(problem.detail()));
        }
    }

    void finished(InFlight scenario, Status status, Throwable error) {
        try {
            if (services.enabled) {
                settleRefresh(scenario, status);
                decide(scenario, status, error);
            }
        } finally {
            Strategy.Unit unit = scenario.unitOrNull();
            if (unit != null) {
                unit.close();
            }
            Undo refresh = scenario.refreshUnitOrNull();
            if (refresh != null) {
                refresh.close();
            }
        }
    }

    /**
     * Refreshed cassettes are settled first, whatever the verdict, and the refresh's locks released
     * before the failure strategy acts on the scenario's other cassettes.
     */
    private void settleRefresh(InFlight scenario, Status status) {
        Undo unit = scenario.refreshUnitOrNull();
        if (unit == null) {
            return;
        }
        if (scenario.refreshed().isEmpty()) {
            unit.close();
            return;
        }
        boolean passed = !services.verdict.isFailure(status);
        String what =
                (passed ? "refreshed scenario " : "failed scenario ") + scenario + " " + status;
        new Reporter(services.summary, what, scenario.scenario(), status.name())
                .handled(services.refresh.finish(scenario, passed, status.name()));
        unit.close();
    }

    /**
     * The decision, from the tags and the status alone; the scenario's view is built, and the
     * failure described, only when its cassettes are handled or kept for a reason worth saying.
     */
    private void decide(InFlight scenario, Status status, Throwable error) {
        Decision decision =
                services.verdict.decide(
                        scenario.tags(),
                        status,
                        keepLookAlike(scenario),
                        scenario.isKept(),
                        !scenario.registered().isEmpty());
        switch (decision.reason()) {
            case NOT_OURS:
                return;
            case NOT_A_FAILURE:
                services.summary.keptBecausePassed();
                if (PluginLog.debugEnabled()) {
                    PluginLog.debug("Kept the cassettes of " + scenario + ": " + decision.detail());
                }
                return;
            default:
                break;
        }
        ScenarioInfo info = scenario.scenario();
        Reporter reporter =
                new Reporter(services.summary, new FailureText(info, status), info, status.name());
        if (!decision.handles()) {
            reporter.record(
                    decision.reason() == Decision.Reason.GLUE_KEEP
                            ? Outcome.KEPT_BY_GLUE
                            : Outcome.KEPT_BY_TAG,
                    "all cassettes of the scenario",
                    Printable.of(decision.detail()));
            return;
        }
        Selection.Selected selected =
                services.selection.select(info, decision.tags(), scenario.registered());
        reporter.refused(selected.refusals);
        reporter.namerFailed(selected.namerProblems);
        List<Target> targets = withoutRefreshed(scenario, selected.targets, reporter);
        Strategy.Unit unit = scenario.unit(services.strategyFor(scenario));
        FailureNote note =
                new FailureNote(
                        info.getName(),
                        info.getUri(),
                        info.getLine(),
                        status.name(),
                        error,
                        services.runId);
        List<Handled> handled = unit.fail(targets, note);
        reporter.handled(handled);
        services.folderCheck.check(info, selected.defaults, handled);
    }

    /** Cassettes the refresh settled are not handled again by the failure strategy. */
    private static List<Target> withoutRefreshed(
            InFlight scenario, List<Target> targets, Reporter reporter) {
        if (scenario.refreshed().isEmpty()) {
            return targets;
        }
        List<Target> left = new ArrayList<>(targets.size());
        for (Target target : targets) {
            CassettePath refreshed = Refresh.overlap(scenario, target.path());
            if (refreshed == null) {
                left.add(target);
            } else if (!refreshed.equals(target.path())) {
                reporter.record(
                        Outcome.IN_USE,
                        Printable.of(target.path()),
                        "from "
                                + target.origin()
                                + ": it overlaps the refreshed cassette "
                                + Printable.of(refreshed)
                                + ", which got its previous recording back");
            }
        }
        return left;
    }

    private String keepLookAlike(InFlight scenario) {
        return services.misspelledTags.check(scenario.tags(), scenario);
    }

    /** What failed, for the summary and reports: written when first read. */
    private static final class FailureText {
        private final ScenarioInfo scenario;
        private final Status status;

        FailureText(ScenarioInfo scenario, Status status) {
            this.scenario = scenario;
            this.status = status;
        }

        @Override
        public String toString() {
            return "failed scenario " + Printable.of(scenario) + " " + status;
        }
    }

    static String key(String id) {
        return "scenario-" + FileNames.safe(id);
    }
}
