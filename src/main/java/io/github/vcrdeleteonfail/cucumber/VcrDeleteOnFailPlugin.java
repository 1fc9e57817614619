package io.github.vcrdeleteonfail.cucumber;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestSourceParsed;
import io.github.vcrdeleteonfail.cucumber.internal.ci.CiEnvironment;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigurationLoader;
import io.github.vcrdeleteonfail.cucumber.internal.run.DryRunSources;
import io.github.vcrdeleteonfail.cucumber.internal.run.Guard;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginLog;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import io.github.vcrdeleteonfail.cucumber.internal.run.RunId;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;

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
 *
 * <p>The constructor and the handlers are on every run's path, the plugin's or not: they are plain
 * code (named handler classes rather than lambdas, each of which costs a generated class when first
 * used), and load nothing a run does not need.
 */
public final class VcrDeleteOnFailPlugin implements ConcurrentEventListener {

    /** The name of the plugin's logger: {@value}. */
    public static final String LOGGER_NAME = PluginLog.LOGGER_NAME;

    private final PluginRun run;
    private final CiEnvironment environment;

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
        this(configLocation, null);
    }

    /**
     * Creates the plugin in a given CI environment: a test's stand-in, or null for this process's,
     * read when the run ends.
     */
    VcrDeleteOnFailPlugin(String configLocation, CiEnvironment environment) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        if (classLoader == null) {
            classLoader = VcrDeleteOnFailPlugin.class.getClassLoader();
        }
        DryRunSources dryRun = DryRunSources.ofThisJvm(classLoader);
        if (dryRun.conflict().isPresent()) {
            PluginLog.warn(dryRun.conflict().get());
        }
        this.run =
                new PluginRun(
                        ConfigurationLoader.ofThisJvm(classLoader).read(configLocation),
                        dryRun.requested() ? dryRun.source() : null,
                        RunId.next(),
                        "VcrDeleteOnFailPlugin"
                                + (configLocation == null ? "" : ":" + configLocation));
        this.environment = environment;
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
        publisher.registerHandlerFor(TestSourceParsed.class, new SourceParsed(run));
        publisher.registerHandlerFor(TestRunStarted.class, new RunStarted(run));
        publisher.registerHandlerFor(TestCaseStarted.class, new ScenarioStarted(run));
        publisher.registerHandlerFor(TestCaseFinished.class, new ScenarioFinished(run));
        publisher.registerHandlerFor(TestRunFinished.class, new RunFinished(run, environment));
    }

    private static String describe(TestCase testCase) {
        return "\""
                + Printable.of(testCase.getName())
                + "\" ("
                + Printable.of(testCase.getUri())
                + ":"
                + testCase.getLocation().getLine()
                + ")";
    }

    /** Records outline rows and checks default names; a failure is logged, the run goes on. */
    private static final class SourceParsed implements EventHandler<TestSourceParsed> {
        private final PluginRun run;

        SourceParsed(PluginRun run) {
            this.run = run;
        }

        @Override
        public void receive(TestSourceParsed event) {
            try {
                run.sourceParsed(event.getUri(), event.getNodes());
            } catch (Throwable thrown) {
                Guard.failed(
                        thrown,
                        "vcr-delete-on-fail could not read the outlines of "
                                + Printable.of(event.getUri())
                                + "; the run goes on, but outline rows of that file may be named"
                                + " like plain scenarios");
            }
        }
    }

    /** Notes the thread of the run's BeforeAll and AfterAll hooks. */
    private static final class RunStarted implements EventHandler<TestRunStarted> {
        private final PluginRun run;

        RunStarted(PluginRun run) {
            this.run = run;
        }

        @Override
        public void receive(TestRunStarted event) {
            try {
                run.runStarted();
            } catch (Throwable thrown) {
                Guard.failed(thrown, "vcr-delete-on-fail failed to start");
            }
        }
    }

    /** A scenario starts: restore and refresh prepare its cassettes. */
    private static final class ScenarioStarted implements EventHandler<TestCaseStarted> {
        private final PluginRun run;

        ScenarioStarted(PluginRun run) {
            this.run = run;
        }

        @Override
        public void receive(TestCaseStarted event) {
            try {
                run.scenarioStarted(event.getTestCase());
            } catch (Throwable thrown) {
                Guard.failed(
                        thrown,
                        "vcr-delete-on-fail failed while preparing "
                                + describe(event.getTestCase())
                                + "; the run goes on, but its cassettes may not be restorable");
            }
        }
    }

    /** A scenario finished, after its last After hook: the decision, and its cassettes handled. */
    private static final class ScenarioFinished implements EventHandler<TestCaseFinished> {
        private final PluginRun run;

        ScenarioFinished(PluginRun run) {
            this.run = run;
        }

        @Override
        public void receive(TestCaseFinished event) {
            try {
                run.scenarioFinished(event.getTestCase(), event.getResult());
            } catch (Throwable thrown) {
                Guard.failed(
                        thrown,
                        "vcr-delete-on-fail failed while handling the cassettes of "
                                + describe(event.getTestCase())
                                + "; the run goes on, but its cassettes may be stale. Please"
                                + " report this with the stack trace");
            }
        }
    }

    /**
     * The run's own cassettes, the summary and the reports; then the run lets go of its publisher.
     */
    private static final class RunFinished implements EventHandler<TestRunFinished> {
        private final PluginRun run;
        private final CiEnvironment environment;

        RunFinished(PluginRun run, CiEnvironment environment) {
            this.run = run;
            this.environment = environment;
        }

        @Override
        public void receive(TestRunFinished event) {
            try {
                run.runFinished(
                        event.getResult().getError(),
                        environment != null ? environment : CiEnvironment.ofThisProcess());
            } catch (Throwable thrown) {
                Guard.failed(thrown, "vcr-delete-on-fail could not finish its run");
            } finally {
                ActiveRuns.detach(run);
            }
        }
    }
}
