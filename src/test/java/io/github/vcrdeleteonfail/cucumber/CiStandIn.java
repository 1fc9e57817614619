package io.github.vcrdeleteonfail.cucumber;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.github.vcrdeleteonfail.cucumber.internal.ci.CiEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The plugin as Cucumber registers it, but in a stand-in CI environment instead of this JVM's: the
 * variables a test chooses, and a standard output the test reads. Sample runs in this JVM register
 * it, so that they see only the GitHub variables a specification sets, and never write into the
 * real job of a build that runs these tests on GitHub Actions.
 */
public final class CiStandIn implements ConcurrentEventListener {

    private static volatile Map<String, String> variables = Map.of();
    private static volatile ByteArrayOutputStream output = new ByteArrayOutputStream();

    private final VcrDeleteOnFailPlugin plugin;

    /** Creates the plugin with its default configuration lookup. */
    public CiStandIn() {
        this(null);
    }

    /**
     * Creates the plugin with a configuration file, as {@link VcrDeleteOnFailPlugin} does.
     *
     * @param configLocation the plugin argument
     */
    public CiStandIn(String configLocation) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        this.plugin = new VcrDeleteOnFailPlugin(configLocation, CiEnvironment.of(variables, out));
    }

    /**
     * Sets what the next plugins see, and starts a fresh standard output.
     *
     * @param environment the variables
     */
    public static void environment(Map<String, String> environment) {
        variables = Map.copyOf(environment);
        output = new ByteArrayOutputStream();
    }

    /**
     * Returns what the plugins printed on their standard output since the last {@link
     * #environment}.
     *
     * @return the text
     */
    public static String standardOutput() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        plugin.setEventPublisher(publisher);
    }
}
