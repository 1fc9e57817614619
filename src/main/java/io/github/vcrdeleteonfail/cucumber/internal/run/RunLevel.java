package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.FailureNote;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * The cassettes of the whole run ({@code Cassettes.deleteOnRunFailure}): handled when the run fails
 * in a BeforeAll or AfterAll hook, kept otherwise.
 */
final class RunLevel {

    private final List<CassettePath> cassettes = new ArrayList<>();
    private Strategy.Unit unit;

    synchronized void register(Services services, List<CassettePath> paths) {
        cassettes.addAll(paths);
        if (!services.config.enabled() || !services.strategy.prepares()) {
            return;
        }
        if (unit == null) {
            unit = services.strategy.open("run");
        }
        unit.prepare(GlueCalls.targets(paths, "Cassettes.deleteOnRunFailure"));
    }

    synchronized void finish(Services services, Throwable runError) {
        try {
            if (cassettes.isEmpty() || !services.config.enabled()) {
                return;
            }
            if (runError == null) {
                if (PluginLog.debugEnabled()) {
                    PluginLog.debug(
                            "Kept the run's cassettes " + cassettes + ": the run did not fail");
                }
                return;
            }
            String who =
                    "the run, which failed in a BeforeAll or AfterAll hook ("
                            + Printable.of(runError)
                            + ")";
            Strategy.Unit failing = unit != null ? unit : services.strategy.open("run");
            new Reporter(services.summary, who, null, null)
                    .handled(
                            failing.fail(
                                    GlueCalls.targets(cassettes, "Cassettes.deleteOnRunFailure"),
                                    new FailureNote(who, null, 0, null, runError, services.runId)));
            unit = failing;
        } finally {
            if (unit != null) {
                unit.close();
                unit = null;
            }
        }
    }
}
