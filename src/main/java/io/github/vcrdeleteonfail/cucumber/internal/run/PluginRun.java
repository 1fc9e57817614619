package io.github.vcrdeleteonfail.cucumber.internal.run;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.ci.CiEnvironment;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigLayers;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.NameCollisions;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.OutlineIndex;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * One Cucumber run as the plugin sees it: its configuration, the scenarios in flight, the outline
 * rows of its features, and, once the configuration is final, the {@link Services} that decide and
 * act. The plugin class forwards events here; glue code reaches it through the root package's
 * lookup of the acting run. Everything here is per run: no state is shared between runs.
 */
@API(status = API.Status.INTERNAL)
public final class PluginRun {

    private final DryRunSources dryRun;
    private final RunSetup setup;
    private final String registration;
    private final OutlineIndex outlines = new OutlineIndex();

    /** By test case id: a UUID rather than its text, made only when glue code asks. */
    private final Map<UUID, InFlight> inFlight = new ConcurrentHashMap<>();

    private final ThreadLocal<InFlight> onThisThread = new ThreadLocal<>();
    private volatile Thread runThread;
    private volatile RunLevel runLevel; // made at the first run-level registration: most have none

    /**
     * Creates the run.
     *
     * @param layers the configuration layers read from the file and the overrides
     * @param dryRunSource where a dry run was requested, or null for a real run
     * @param runId the run's id, unique in this JVM and across JVMs
     * @param registration how the plugin was registered, for messages
     */
    public PluginRun(ConfigLayers layers, String dryRunSource, String runId, String registration) {
        this.dryRun = DryRunSources.forRun(dryRunSource);
        this.setup =
                new RunSetup(
                        requireNonNull(layers, "layers"), dryRun, requireNonNull(runId, "runId"));
        this.registration = requireNonNull(registration, "registration");
    }

    /**
     * Describes the registration and configuration of this run, for the duplicate warning.
     *
     * @return such as {@code VcrDeleteOnFailPlugin:restore.yaml (file /x/restore.yaml)}
     */
    public String registration() {
        return registration + " (configuration: " + setup.configuration().source() + ")";
    }

    // ---- events ---------------------------------------------------------------------------

    /**
     * A feature file was parsed: records its outline rows and checks its default names.
     *
     * @param uri the feature's URI
     * @param nodes its top-level nodes
     */
    public void sourceParsed(URI uri, Collection<? extends Node> nodes) {
        outlines.register(uri, nodes);
        NameCollisions detector = setup.collisions();
        if (detector != null && setup.configuration().enabled()) {
            for (String warning : detector.check(uri, nodes)) {
                PluginLog.warn(warning);
            }
        }
    }

    /** The run started: this thread runs the run's BeforeAll and AfterAll hooks. */
    public void runStarted() {
        runThread = Thread.currentThread();
    }

    /**
     * A scenario starts, before any hook.
     *
     * @param testCase the scenario
     */
    public void scenarioStarted(TestCase testCase) {
        InFlight scenario = new InFlight(testCase, dryRun, outlines);
        if (setup.servicesOrNull() == null) {
            scenario.dryRun(); // how Cucumber runs the first scenario decides the run's strategy
        }
        inFlight.put(testCase.getId(), scenario);
        onThisThread.set(scenario);
        setup.handler(scenario).started(scenario);
    }

    /**
     * A scenario finished, after its last After hook.
     *
     * @param testCase the scenario
     * @param result its final result
     */
    public void scenarioFinished(TestCase testCase, Result result) {
        onThisThread.remove();
        InFlight scenario = inFlight.remove(testCase.getId());
        if (scenario == null) {
            scenario = new InFlight(testCase, dryRun, outlines);
        }
        try {
            setup.handler(scenario).finished(scenario, result.getStatus(), result.getError());
        } finally {
            if (!outlines.isEmpty()) { // the line is a lookup in Cucumber: only when needed
                outlines.forget(scenario.uri(), scenario.line());
            }
        }
    }

    /**
     * The run finished: handles the run's own cassettes if a BeforeAll or AfterAll hook failed,
     * then logs the summary and writes the reports and the CI output.
     *
     * @param runError the error of a BeforeAll or AfterAll hook, or null
     * @param environment the CI runner around the run, for its job summary and annotations
     */
    public void runFinished(Throwable runError, CiEnvironment environment) {
        try {
            Services acting = setup.servicesOrNull();
            if (acting != null) {
                RunLevel level = runLevel;
                if (level != null) {
                    level.finish(acting, runError);
                }
                new RunEnd(acting, environment).finish();
            }
        } finally {
            runThread = null;
        }
    }

    // ---- glue code ------------------------------------------------------------------------

    /**
     * Applies settings from glue code, on top of earlier ones; refused once the configuration is
     * final.
     *
     * @param settings typed values by configuration key
     * @throws IllegalStateException once a scenario has started or a glue call needed the
     *     configuration
     * @throws io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException for a bad value
     */
    public void applySettings(Map<String, Object> settings) {
        setup.apply(settings);
    }

    /**
     * Returns the cassette folder in force.
     *
     * @return the absolute folder
     */
    public Path cassetteDir() {
        return setup.configuration().cassetteDir();
    }

    /**
     * Describes a scenario that glue code holds, with its outline row when this run knows it.
     *
     * @param id the scenario's id
     * @param name its name
     * @param uri its feature file
     * @param line its line
     * @param tags its tags
     * @return the view
     */
    public ScenarioInfo scenario(
            String id, String name, URI uri, int line, Collection<String> tags) {
        return ScenarioInfo.of(id, name, uri, line, tags, outlines.find(uri, line));
    }

    /**
     * Tells whether a scenario of this run is in flight.
     *
     * @param id the scenario's id
     * @return true between its start and its end
     */
    public boolean isRunning(String id) {
        return inFlight(id) != null;
    }

    /**
     * Tells whether the current thread runs this run's hooks or one of its scenarios.
     *
     * @return true on the run's thread and on threads of its scenarios in flight
     */
    public boolean ownsCurrentThread() {
        return onThisThread.get() != null || runThread == Thread.currentThread();
    }

    /**
     * Returns the scenario running on this thread.
     *
     * @return the scenario, or null outside this run's scenarios
     */
    public ScenarioInfo currentScenario() {
        InFlight scenario = onThisThread.get();
        return scenario == null ? null : scenario.scenario();
    }

    /**
     * Returns the glue-code services of this run.
     *
     * @return the services; registering cassettes ({@code deleteOnFail}, {@code
     *     deleteOnRunFailure}) and guarded blocks make the configuration final, naming ({@code
     *     defaultCassettes}, {@code resolve}) and {@code keep} do not
     */
    public GlueCalls glue() {
        return new GlueCalls(this);
    }

    Configuration configuration() {
        return setup.configuration();
    }

    InFlight inFlight(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null; // not the id of a test case of Cucumber's
        }
        InFlight scenario = inFlight.get(uuid);
        return scenario != null && scenario.id().equals(id) ? scenario : null;
    }

    synchronized RunLevel runLevel() {
        if (runLevel == null) {
            runLevel = new RunLevel();
        }
        return runLevel;
    }

    Services services(Object by) {
        return setup.services(by);
    }

    ScenarioHandler handler(Object by) {
        return setup.handler(by);
    }
}
