package io.github.vcrdeleteonfail.cucumber;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigurationLoader;
import io.github.vcrdeleteonfail.cucumber.internal.run.DryRunSources;
import io.github.vcrdeleteonfail.cucumber.internal.run.Guard;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginLog;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Cucumber plugin: once a failed scenario's After hooks have run, deletes (or quarantines, or
 * restores) the cassettes that its {@code @vcr-delete-on-fail} tags select, unless it is tagged
 * {@code @keep-cassette}.
 *
 * <p>Register it as {@code io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin}, optionally
 * followed by {@code :path/to/config.yaml} or {@code :classpath:config.yaml}. Without an argument,
 * {@code vcr-delete-on-fail.yaml} at the classpath root is read if present. A configuration error
 * fails the run before any scenario starts; after that, the plugin never throws into Cucumber. When
 * it is registered twice for one run, only the first registration acts.
 */
public final class VcrDeleteOnFailPlugin implements ConcurrentEventListener {

    /** The name of the plugin's logger: {@value}. */
    public static final String LOGGER_NAME = PluginLog.LOGGER_NAME;

    private static final AtomicLong RUNS = new AtomicLong();

    private final PluginRun run;

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
        // Seconds since the epoch rather than a formatted date: java.time's formatters alone cost
        // tens of milliseconds of class loading at start-up.
        String runId =
                "run"
                        + System.currentTimeMillis() / 1000
                        + "-pid"
                        + ProcessHandle.current().pid()
                        + "-"
                        + RUNS.incrementAndGet();
        DryRunSources dryRun = DryRunSources.ofThisJvm(classLoader);
        dryRun.conflict().ifPresent(PluginLog::warn);
        this.run =
                new PluginRun(
                        ConfigurationLoader.ofThisJvm(classLoader).read(configLocation),
                        dryRun.requested() ? dryRun.source() : null,
                        runId,
                        "VcrDeleteOnFailPlugin"
                                + (configLocation == null ? "" : ":" + configLocation));
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        PluginRun acting = ActiveRuns.attach(publisher, run);
        if (acting != null) {
            PluginLog.warn(
                    "vcr-delete-on-fail is registered twice for one run: "
                            + Printable.of(acting.registration())
                            + " and "
                            + Printable.of(run.registration())
                            + ". Only the first acts; remove one registration (the CLI, JUnit 4"
                            + " and TestNG add up cucumber.properties and --plugin).");
            return;
        }
        publisher.registerHandlerFor(
                TestSourceParsed.class,
                event ->
                        Guard.run(
                                () -> run.sourceParsed(event.getUri(), event.getNodes()),
                                () ->
                                        "vcr-delete-on-fail could not read the outlines of "
                                                + Printable.of(event.getUri())
                                                + "; the run goes on, but outline rows of that"
                                                + " file may be named like plain scenarios"));
        publisher.registerHandlerFor(
                TestRunStarted.class,
                event -> Guard.run(run::runStarted, () -> "vcr-delete-on-fail failed to start"));
        publisher.registerHandlerFor(
                TestCaseStarted.class,
                event ->
                        Guard.run(
                                () -> run.scenarioStarted(event.getTestCase()),
                                () ->
                                        "vcr-delete-on-fail failed while preparing "
                                                + describe(event)
                                                + "; the run goes on, but its cassettes may not"
                                                + " be restorable"));
        publisher.registerHandlerFor(
                TestCaseFinished.class,
                event ->
                        Guard.run(
                                () -> run.scenarioFinished(event.getTestCase(), event.getResult()),
                                () ->
                                        "vcr-delete-on-fail failed while handling the cassettes"
                                                + " of "
                                                + describe(event)
                                                + "; the run goes on, but its cassettes may be"
                                                + " stale. Please report this with the stack"
                                                + " trace"));
        publisher.registerHandlerFor(
                TestRunFinished.class,
                event -> {
                    try {
                        Guard.run(
                                () -> run.runFinished(event.getResult().getError()),
                                () -> "vcr-delete-on-fail could not finish its run");
                    } finally {
                        ActiveRuns.detach(run);
                    }
                });
    }

    private static String describe(TestCaseStarted event) {
        return describe(event.getTestCase());
    }

    private static String describe(TestCaseFinished event) {
        return describe(event.getTestCase());
    }

    private static String describe(io.cucumber.plugin.event.TestCase testCase) {
        return "\""
                + Printable.of(testCase.getName())
                + "\" ("
                + Printable.of(testCase.getUri())
                + ":"
                + testCase.getLocation().getLine()
                + ")";
    }
}
