package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One scenario between its {@code TestCaseStarted} and {@code TestCaseFinished}: what glue code
 * registered for it, and the strategy's unit of work when one was opened. Dropped when the scenario
 * finishes, so the run's state follows the scenarios in flight.
 */
final class InFlight {

    final ScenarioInfo scenario;
    final boolean dryRun;
    final List<CassettePath> registered = new CopyOnWriteArrayList<>();
    final List<Target> refreshed = new CopyOnWriteArrayList<>();
    final List<CassettePath> refreshedAbsent = new CopyOnWriteArrayList<>();
    private Undo refresh;
    private volatile boolean keep;
    private Strategy.Unit unit;

    InFlight(ScenarioInfo scenario, boolean dryRun) {
        this.scenario = scenario;
        this.dryRun = dryRun;
    }

    void keep() {
        keep = true;
    }

    boolean isKept() {
        return keep;
    }

    synchronized Strategy.Unit unit(Strategy strategy, String key) {
        if (unit == null) {
            unit = strategy.open(key);
        }
        return unit;
    }

    synchronized Strategy.Unit unitOrNull() {
        return unit;
    }

    synchronized Undo refreshUnit(CassetteFolder folder, String key) {
        if (refresh == null) {
            refresh = folder.begin("refresh-" + key);
        }
        return refresh;
    }

    synchronized Undo refreshUnitOrNull() {
        return refresh;
    }
}
