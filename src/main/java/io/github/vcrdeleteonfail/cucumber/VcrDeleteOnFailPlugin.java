package io.github.vcrdeleteonfail.cucumber;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.github.vcrdeleteonfail.cucumber.internal.CassetteCleanup;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigurationLoader;
import io.github.vcrdeleteonfail.cucumber.internal.config.DryRunDetection;
import io.github.vcrdeleteonfail.cucumber.internal.config.PluginConfiguration;
import io.github.vcrdeleteonfail.cucumber.internal.decision.FailureVerdict;
import io.github.vcrdeleteonfail.cucumber.internal.gherkin.ExampleRowIndex;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Logger LOG = System.getLogger(CassetteCleanup.LOGGER_NAME);

    private final CassetteCleanup cleanup;
    private final Set<URI> features = ConcurrentHashMap.newKeySet();

    /** Creates the plugin with {@code vcr-delete-on-fail.yaml} from the classpath, or defaults. */
    public VcrDeleteOnFailPlugin() {
        this(null);
    }

    /**
     * Creates the plugin with a configuration file.
     *
     * @param configLocation a YAML file path relative to the working directory, or {@code
     *     classpath:some/file.yaml}; null for the default lookup
     * @throws RuntimeException with a message naming the file, the key and the fix, when the
     *     configuration is missing or invalid
     */
    public VcrDeleteOnFailPlugin(String configLocation) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        if (classLoader == null) {
            classLoader = VcrDeleteOnFailPlugin.class.getClassLoader();
        }
        PluginConfiguration config =
                new ConfigurationLoader(classLoader, Paths.get("")).load(configLocation);
        String dryRun = DryRunDetection.ofThisJvm(classLoader).dryRunSource().orElse(null);
        this.cleanup =
                new CassetteCleanup(
                        config.cassetteDir(),
                        new DefaultCassetteNamer(),
                        FailureVerdict.standard(),
                        dryRun);
        LOG.log(Level.DEBUG, () -> "vcr-delete-on-fail configured: " + config);
        if (dryRun != null) {
            LOG.log(
                    Level.INFO,
                    "vcr-delete-on-fail: a dry run was requested by "
                            + dryRun
                            + "; no cassette will be deleted");
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceParsed.class, this::sourceParsed);
        publisher.registerHandlerFor(TestCaseFinished.class, this::testCaseFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::runFinished);
    }

    private void sourceParsed(TestSourceParsed event) {
        try {
            ExampleRowIndex.register(event.getUri(), event.getNodes());
            features.add(event.getUri());
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

    private void testCaseFinished(TestCaseFinished event) {
        try {
            cleanup.scenarioFinished(event.getTestCase(), event.getResult().getStatus());
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
            cleanup.runFinished();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            LOG.log(Level.ERROR, "vcr-delete-on-fail could not write its run summary", e);
        } finally {
            features.forEach(ExampleRowIndex::forget);
            features.clear();
        }
    }
}
