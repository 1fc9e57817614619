package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.github.vcrdeleteonfail.cucumber.internal.CassetteCleanup;
import io.github.vcrdeleteonfail.cucumber.internal.Registrations;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigLayers;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigurationLoader;
import io.github.vcrdeleteonfail.cucumber.internal.config.DryRunRequest;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.ExampleRowIndex;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.NameCollisions;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Cucumber plugin: once a failed scenario's After hooks have run, deletes the cassettes that
 * its {@code @vcr-delete-on-fail} tags select, unless it is tagged {@code @keep-cassette}.
 *
 * <p>Register it as {@code io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin}, optionally
 * followed by {@code :path/to/config.yaml} or {@code :classpath:config.yaml}. Without an argument,
 * {@code vcr-delete-on-fail.yaml} at the classpath root is read if present. A configuration error
 * fails the run before any scenario starts; after that, the plugin never throws into Cucumber.
 */
public final class VcrDeleteOnFailPlugin implements ConcurrentEventListener {

    /** The name of the plugin's logger: {@value}. */
    public static final String LOGGER_NAME = "io.github.vcrdeleteonfail.cucumber";

    private static final Logger LOG = System.getLogger(LOGGER_NAME);

    private final ConfigLayers layers;
    private static final AtomicLong RUNS = new AtomicLong();

    private final String dryRunSource;
    private final String runId;
    private final Set<URI> features = ConcurrentHashMap.newKeySet();
    private final Registrations registrations = new Registrations();
    private final ThreadLocal<TestCase> currentScenario = new ThreadLocal<>();
    private final Object settingsLock = new Object();
    private Map<String, Object> glueSettings = Map.of();
    private volatile CassetteCleanup cleanup;
    private volatile NameCollisions collisions;
    private volatile String firstScenario;

    /** Creates the plugin with {@code vcr-delete-on-fail.yaml} from the classpath, or defaults. */
    public VcrDeleteOnFailPlugin() {
        this(null);
    }

    /**
     * Creates the plugin with a configuration file.
     *
     * @param configLocation a YAML file path relative to the working directory, or {@code
     *     classpath:some/file.yaml}; null for the default lookup
     * @throws InvalidConfigurationException with a message naming the file, the key and the fix,
     *     when the configuration is missing or invalid
     */
    public VcrDeleteOnFailPlugin(String configLocation) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        if (classLoader == null) {
            classLoader = VcrDeleteOnFailPlugin.class.getClassLoader();
        }
        this.layers = ConfigurationLoader.ofThisJvm(classLoader).read(configLocation);
        DryRunRequest dryRun = DryRunRequest.ofThisJvm(classLoader);
        dryRun.conflict().ifPresent(warning -> LOG.log(Level.WARNING, warning));
        this.dryRunSource = dryRun.requested() ? dryRun.source() : null;
        // Seconds since the epoch rather than a formatted date: java.time's formatters alone cost
        // tens of milliseconds of class loading at start-up.
        this.runId =
                "run"
                        + System.currentTimeMillis() / 1000
                        + "-pid"
                        + ProcessHandle.current().pid()
                        + "-"
                        + RUNS.incrementAndGet();
        install(layers.resolve(Map.of()));
    }

    private void install(Configuration configuration) {
        this.cleanup = new CassetteCleanup(configuration, dryRunSource, runId);
        this.collisions =
                configuration.namer() instanceof DefaultCassetteNamer
                        ? new NameCollisions(configuration.namer())
                        : null;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, this::sourceParsed);
        publisher.registerHandlerFor(TestCaseStarted.class, this::testCaseStarted);
        publisher.registerHandlerFor(TestCaseFinished.class, this::testCaseFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
        ActivePlugins.add(this);
    }

    /** Applies settings from glue code; refused once a scenario has started. */
    void applySettings(Map<String, Object> settings) {
        requireNonNull(settings, "settings");
        synchronized (settingsLock) {
            if (firstScenario != null) {
                throw new IllegalStateException(
                        "vcr-delete-on-fail: CassetteSettings can only change the configuration"
                                + " before the first scenario starts, and "
                                + firstScenario
                                + " has already started. Call it from a static @BeforeAll hook.");
            }
            Map<String, Object> merged = new HashMap<>(glueSettings);
            merged.putAll(settings);
            install(layers.resolve(merged));
            glueSettings = Map.copyOf(merged);
        }
    }

    /** The registrations of glue code, for {@link Cassettes}. */
    Registrations registrations() {
        return registrations;
    }

    /** The cleanup in force, for {@link Cassettes} and {@link DeleteOnFail}. */
    CassetteCleanup cleanup() {
        return cleanup;
    }

    /** The scenario running on this thread, for messages; null outside scenarios. */
    String currentScenario() {
        TestCase running = currentScenario.get();
        return running == null ? null : CassetteCleanup.describe(running);
    }

    private void sourceParsed(TestSourceParsed event) {
        try {
            ExampleRowIndex.register(event.getUri(), event.getNodes());
            features.add(event.getUri());
            NameCollisions detector = collisions;
            if (detector != null && cleanup.configuration().enabled()) {
                for (String warning : detector.check(event.getUri(), event.getNodes())) {
                    LOG.log(Level.WARNING, warning);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(
                    Level.ERROR,
                    "vcr-delete-on-fail could not index the outlines of "
                            + event.getUri()
                            + "; the run goes on, but outline rows of that file may be named"
                            + " like plain scenarios",
                    e);
        }
    }

    private void testCaseStarted(TestCaseStarted event) {
        // Events of one scenario arrive on the thread that runs it, glue code included.
        String id = event.getTestCase().getId().toString();
        registrations.started(id);
        currentScenario.set(event.getTestCase());
        boolean first = false;
        if (firstScenario == null) {
            synchronized (settingsLock) {
                if (firstScenario == null) {
                    firstScenario = CassetteCleanup.describe(event.getTestCase());
                    first = true;
                }
            }
        }
        try {
            if (first) {
                cleanup.runStarting();
            }
            cleanup.scenarioStarted(event.getTestCase(), registrations.of(id));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(
                    Level.ERROR,
                    "vcr-delete-on-fail failed while preparing "
                            + CassetteCleanup.describe(event.getTestCase())
                            + "; the run goes on, but its cassettes may not be restorable",
                    e);
        }
    }

    private void testCaseFinished(TestCaseFinished event) {
        currentScenario.remove();
        try {
            cleanup.scenarioFinished(
                    event.getTestCase(),
                    event.getResult(),
                    registrations.finished(event.getTestCase().getId().toString()));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(
                    Level.ERROR,
                    "vcr-delete-on-fail failed while handling the cassettes of "
                            + CassetteCleanup.describe(event.getTestCase())
                            + "; the run goes on, but its cassettes may be stale. Please report"
                            + " this with the stack trace",
                    e);
        }
    }

    private void runFinished(TestRunFinished event) {
        try {
            cleanup.runFinished(
                    event.getResult().getError(),
                    registrations.runCassettes(),
                    registrations.runSnapshots());
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(Level.ERROR, "vcr-delete-on-fail could not write its run summary", e);
        } finally {
            ActivePlugins.remove(this);
            features.forEach(ExampleRowIndex::forget);
            features.clear();
        }
    }
}
