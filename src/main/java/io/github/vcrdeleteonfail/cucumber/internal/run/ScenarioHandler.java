package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Decision;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.FailureNote;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Handled;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.List;

/**
 * The life of one scenario for the plugin: when it starts, the strategy may see its cassettes
 * before anything writes them (restore); when it finishes, after its last After hook, the {@code
 * Verdict} decides and the strategy handles what the selection found. Untagged and passing
 * scenarios cost a tag lookup and nothing else.
 */
final class ScenarioHandler {

    private final Services services;

    ScenarioHandler(Services services) {
        this.services = services;
    }

    void started(InFlight scenario) {
        if (!services.config.enabled() || !services.strategyFor(scenario).prepares()) {
            return; // delete and quarantine: a scenario costs nothing until it fails
        }
        CassetteTags tags = services.names.read(scenario.scenario.getTags());
        if (tags.isEmpty() || tags.keep()) {
            return;
        }
        Selection.Selected selected = services.selection.select(scenario.scenario, tags, List.of());
        prepare(scenario, selected.targets);
    }

    void prepare(InFlight scenario, List<Target> targets) {
        Strategy strategy = services.strategyFor(scenario);
        if (targets.isEmpty() || !services.config.enabled() || !strategy.prepares()) {
            return;
        }
        Strategy.Unit unit = scenario.unit(strategy, key(scenario.scenario.getId()));
        for (Handled problem : unit.prepare(targets)) {
            PluginLog.warn(
                    "Cassette "
                            + Printable.of(problem.target().path())
                            + " of scenario "
                            + Printable.of(scenario.scenario)
                            + ": "
                            + Printable.of(problem.detail()));
        }
    }

    void finished(InFlight scenario, Status status, Throwable error) {
        try {
            if (services.config.enabled()) {
                decide(scenario, status, error);
            }
        } finally {
            Strategy.Unit unit = scenario.unitOrNull();
            if (unit != null) {
                unit.close();
            }
        }
    }

    private void decide(InFlight scenario, Status status, Throwable error) {
        ScenarioInfo info = scenario.scenario;
        List<String> tags = info.getTags();
        String keepLookAlike =
                services.misspelledTags.check(tags, () -> Printable.of(info.toString()));
        Decision decision =
                services.verdict.decide(
                        tags,
                        status,
                        keepLookAlike,
                        scenario.isKept(),
                        !scenario.registered.isEmpty());
        switch (decision.reason()) {
            case NOT_OURS:
                return;
            case NOT_A_FAILURE:
                services.summary.keptBecausePassed();
                PluginLog.debug(
                        () ->
                                "Kept the cassettes of "
                                        + Printable.of(info)
                                        + ": "
                                        + decision.detail());
                return;
            default:
                break;
        }
        String failure = "failed scenario " + Printable.of(info) + " " + status;
        Reporter reporter = new Reporter(services.summary, failure, info, status.name());
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
                services.selection.select(info, decision.tags(), scenario.registered);
        reporter.refused(selected.refusals);
        reporter.namerFailed(selected.namerProblems);
        Strategy.Unit unit = scenario.unit(services.strategyFor(scenario), key(info.getId()));
        FailureNote note =
                new FailureNote(
                        info.getName(),
                        info.getUri(),
                        info.getLine(),
                        status.name(),
                        error,
                        services.runId);
        reporter.handled(unit.fail(selected.targets, note));
    }

    static String key(String id) {
        return "scenario-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
