package io.github.vcrdeleteonfail.cucumber.internal.run;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.ci.CiEnvironment;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigLayers;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.NameCollisions;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.OutlineIndex;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final ConfigLayers layers;
    private final DryRun dryRun;
    private final String runId;
    private final String registration;
    private final OutlineIndex outlines = new OutlineIndex();
    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
    private final ThreadLocal<InFlight> onThisThread = new ThreadLocal<>();
    private final Object lock = new Object();
    private Map<String, Object> glueSettings = Map.of();
    private volatile Configuration config;
    private volatile NameCollisions collisions;
    private volatile Services services;
    private volatile ScenarioHandler handler;
    private volatile String frozenBy;
    private volatile Thread runThread;
    private final RunLevel runLevel = new RunLevel();

    /**
     * Creates the run.
     *
     * @param layers the configuration layers read from the file and the overrides
     * @param dryRunSource where a dry run was requested, or null for a real run
     * @param runId the run's id, unique in this JVM and across JVMs
     * @param registration how the plugin was registered, for messages
     */
    public PluginRun(ConfigLayers layers, String dryRunSource, String runId, String registration) {
        this.layers = requireNonNull(layers, "layers");
        this.dryRun = new DryRun(dryRunSource);
        this.runId = requireNonNull(runId, "runId");
        this.registration = requireNonNull(registration, "registration");
        configure(layers.resolve(Map.of()));
    }

    private void configure(Configuration configuration) {
        this.config = configuration;
        // Only the default namer's names are compared: a custom namer may share on purpose.
        if (configuration.namer() instanceof DefaultCassetteNamer) {
            NamerCall namer = new NamerCall(configuration.namer(), configuration.cassetteDir());
            this.collisions = new NameCollisions(scenario -> relative(namer, scenario), true);
        } else {
            this.collisions = null;
        }
    }

    private static List<Path> relative(NamerCall namer, ScenarioInfo scenario) {
        List<Path> paths = new ArrayList<>();
        for (CassettePath path : namer.name(scenario).paths) {
            paths.add(Path.of(path.toString()));
        }
        return paths;
    }

    /**
     * Describes the registration and configuration of this run, for the duplicate warning.
     *
     * @return such as {@code VcrDeleteOnFailPlugin:restore.yaml (file /x/restore.yaml)}
     */
    public String registration() {
        return registration + " (configuration: " + config.source() + ")";
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
        NameCollisions detector = collisions;
        if (detector != null && config.enabled()) {
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
        InFlight scenario = new InFlight(describe(testCase), dryRun.observe(testCase));
        inFlight.put(scenario.scenario.getId(), scenario);
        onThisThread.set(scenario);
        handler(Printable.of(scenario.scenario)).started(scenario);
    }

    /**
     * A scenario finished, after its last After hook.
     *
     * @param testCase the scenario
     * @param result its final result
     */
    public void scenarioFinished(TestCase testCase, Result result) {
        onThisThread.remove();
        InFlight scenario = inFlight.remove(testCase.getId().toString());
        if (scenario == null) {
            scenario = new InFlight(describe(testCase), dryRun.observe(testCase));
        }
        handler(Printable.of(scenario.scenario))
                .finished(scenario, result.getStatus(), result.getError());
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
            Services acting = services;
            if (acting != null) {
                runLevel.finish(acting, runError);
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
        synchronized (lock) {
            if (services != null) {
                throw new IllegalStateException(
                        "vcr-delete-on-fail: CassetteSettings can only change the configuration"
                                + " before the first scenario starts, and "
                                + frozenBy
                                + " has already started. Call it from a static @BeforeAll hook.");
            }
            Map<String, Object> merged = new HashMap<>(glueSettings);
            merged.putAll(settings);
            configure(layers.resolve(merged));
            glueSettings = Map.copyOf(merged);
        }
    }

    /**
     * Returns the cassette folder in force.
     *
     * @return the absolute folder
     */
    public Path cassetteDir() {
        return config.cassetteDir();
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
        return inFlight.containsKey(id);
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
        return scenario == null ? null : scenario.scenario;
    }

    /**
     * Returns the glue-code services of this run.
     *
     * @return the services; their first use makes the configuration final
     */
    public GlueCalls glue() {
        return new GlueCalls(this);
    }

    Configuration configuration() {
        return config;
    }

    InFlight inFlight(String id) {
        return inFlight.get(id);
    }

    RunLevel runLevel() {
        return runLevel;
    }

    String runId() {
        return runId;
    }

    /** The services, built once when the configuration becomes final. */
    Services services(String by) {
        Services acting = services;
        if (acting != null) {
            return acting;
        }
        synchronized (lock) {
            if (services == null) {
                Services built = new Services(config, runId, dryRun.source());
                handler = new ScenarioHandler(built);
                frozenBy = by;
                services = built;
                built.start();
            }
            return services;
        }
    }

    ScenarioHandler handler(String by) {
        services(by);
        return handler;
    }

    private ScenarioInfo describe(TestCase testCase) {
        URI uri = testCase.getUri();
        int line = testCase.getLocation().getLine();
        return ScenarioInfo.of(
                testCase.getId().toString(),
                testCase.getName(),
                uri,
                line,
                testCase.getTags(),
                outlines.find(uri, line));
    }
}
