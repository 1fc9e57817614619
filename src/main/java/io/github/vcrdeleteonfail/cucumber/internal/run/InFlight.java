package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.cucumber.plugin.event.TestCase;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.OutlineIndex;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One scenario between its {@code TestCaseStarted} and {@code TestCaseFinished}: what glue code
 * registered for it, and the strategy's unit of work when one was opened. Dropped when the scenario
 * finishes, so the run's state follows the scenarios in flight.
 *
 * <p>Most scenarios need nothing but their tags and status: the id as text, the dry-run mode, the
 * {@link ScenarioInfo} (a copy of name, location, tags and outline row) and the lists of glue and
 * refresh are made only when something asks for them (a strategy, glue code, a message), and the
 * tags are read from Cucumber once. Each of these showed in the cost of every scenario.
 */
final class InFlight {

    private final TestCase testCase;
    private final DryRunSources dryRuns;
    private final OutlineIndex outlines;
    private String id;
    private Boolean dryRun;
    private ScenarioInfo scenario;
    private List<String> tags;
    private volatile List<CassettePath> registered; // created at the first registration
    private volatile List<Target> refreshed; // created at the first cassette refreshed
    private volatile List<CassettePath> refreshedAbsent;
    private Undo refresh;
    private volatile boolean keep;
    private Strategy.Unit unit;

    /**
     * Starts following a scenario.
     *
     * @param testCase the test case, read when its details are needed
     * @param dryRuns the run's dry-run state, which reads how Cucumber runs the scenario
     * @param outlines the run's outline rows, for the scenario's view
     */
    InFlight(TestCase testCase, DryRunSources dryRuns, OutlineIndex outlines) {
        this.testCase = testCase;
        this.dryRuns = dryRuns;
        this.outlines = outlines;
    }

    /** The test case's id as text ({@code Scenario.getId()} in glue code). */
    synchronized String id() {
        if (id == null) {
            id = testCase.getId().toString();
        }
        return id;
    }

    /**
     * Tells whether Cucumber runs the scenario as a dry run, read at the first call: before any
     * file of the scenario is touched, and at its start while the configuration is not final.
     */
    synchronized boolean dryRun() {
        if (dryRun == null) {
            dryRun = dryRuns.observe(testCase);
        }
        return dryRun;
    }

    /**
     * Returns the scenario's view, built at the first call (before the scenario's outline row is
     * forgotten, at its end).
     */
    synchronized ScenarioInfo scenario() {
        if (scenario == null) {
            URI uri = testCase.getUri();
            int line = testCase.getLocation().getLine();
            scenario =
                    ScenarioInfo.of(
                            id(), testCase.getName(), uri, line, tags(), outlines.find(uri, line));
        }
        return scenario;
    }

    /** Returns the scenario's tags, inherited ones included, read from Cucumber once. */
    synchronized List<String> tags() {
        if (scenario != null) {
            return scenario.getTags();
        }
        if (tags == null) {
            tags = testCase.getTags();
        }
        return tags;
    }

    /** The feature file, without building the view. */
    URI uri() {
        return testCase.getUri();
    }

    /** The line, without building the view. */
    int line() {
        return testCase.getLocation().getLine();
    }

    /** Cassettes glue code registered for the scenario; empty when none. */
    List<CassettePath> registered() {
        List<CassettePath> list = registered;
        return list == null ? List.of() : list;
    }

    synchronized void register(List<CassettePath> paths) {
        if (registered == null) {
            registered = new CopyOnWriteArrayList<>();
        }
        registered.addAll(paths);
    }

    /** Cassettes moved aside at the scenario's start to be refreshed; empty when none. */
    List<Target> refreshed() {
        List<Target> list = refreshed;
        return list == null ? List.of() : list;
    }

    /** Whether a refreshed cassette did not exist before the scenario. */
    boolean refreshedAbsent(CassettePath path) {
        List<CassettePath> list = refreshedAbsent;
        return list != null && list.contains(path);
    }

    synchronized void refreshed(Target target, boolean absent) {
        if (refreshed == null) {
            refreshed = new CopyOnWriteArrayList<>();
            refreshedAbsent = new CopyOnWriteArrayList<>();
        }
        if (absent) {
            refreshedAbsent.add(target.path());
        }
        refreshed.add(target);
    }

    void keep() {
        keep = true;
    }

    boolean isKept() {
        return keep;
    }

    /** The scenario's unit of work, opened by the strategy at the first call. */
    synchronized Strategy.Unit unit(Strategy strategy) {
        if (unit == null) {
            unit = strategy.open(ScenarioHandler.key(id()));
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

    /** Describes the scenario for messages, escaped: {@code "name" (uri:line)}. */
    @Override
    public String toString() {
        return Printable.of(scenario());
    }
}
