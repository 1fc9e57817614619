package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.cucumber.plugin.event.TestCase;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this run is a dry run, erring on the safe side: it is one when any configuration source
 * the plugin can read says so, or when Cucumber runs its scenarios as a dry run (read from each
 * test case, which sees every way of asking, {@code @CucumberOptions} and JUnit Platform
 * configuration parameters included). When a readable source says "dry run" but Cucumber runs for
 * real, the run stays passive and a WARNING says which source to remove.
 */
final class DryRun {

    private static final String CUCUMBER =
            "Cucumber's own options (its scenarios run as a dry run)";

    private final String configSource;
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile boolean cucumberDryRun;

    /**
     * Creates the state of one run.
     *
     * @param configSource the first readable source that asks for a dry run, or null
     */
    DryRun(String configSource) {
        this.configSource = configSource;
    }

    /**
     * Reads how Cucumber runs a scenario that starts.
     *
     * @param testCase the scenario
     * @return true when nothing may be touched for it
     */
    boolean observe(TestCase testCase) {
        Boolean mode = CucumberExecutionMode.isDryRun(testCase);
        if (Boolean.TRUE.equals(mode)) {
            cucumberDryRun = true;
            return true;
        }
        if (Boolean.FALSE.equals(mode)
                && configSource != null
                && warned.compareAndSet(false, true)) {
            PluginLog.warn(
                    "vcr-delete-on-fail: "
                            + configSource
                            + " asks for a dry run, but Cucumber runs the scenarios for real (the"
                            + " runner you use ignores that source). To be safe, no cassette is"
                            + " deleted, moved or restored in this run; remove that setting to let"
                            + " the plugin work.");
        }
        return configSource != null;
    }

    /**
     * Returns what asked for a dry run.
     *
     * @return the source, or null for a real run
     */
    String source() {
        return configSource != null ? configSource : cucumberDryRun ? CUCUMBER : null;
    }
}
