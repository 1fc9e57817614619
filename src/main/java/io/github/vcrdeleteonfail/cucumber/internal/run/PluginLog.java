package io.github.vcrdeleteonfail.cucumber.internal.run;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The log policy in one place: problems are WARNINGs at once, the end-of-run summary is INFO,
 * routine decisions are DEBUG (built only when enabled). Callers escape user-supplied text with
 * {@code Printable} before it gets here.
 */
@API(status = API.Status.INTERNAL)
public final class PluginLog {

    /** The name of the plugin's logger: {@value}. */
    public static final String LOGGER_NAME = "io.github.vcrdeleteonfail.cucumber";

    private static final Logger LOG = System.getLogger(LOGGER_NAME);

    private PluginLog() {}

    /**
     * Logs a problem the user should act on.
     *
     * @param message the message
     */
    public static void warn(String message) {
        LOG.log(Level.WARNING, message);
    }

    /**
     * Logs something the user wants to see once per run.
     *
     * @param message the message
     */
    public static void info(String message) {
        LOG.log(Level.INFO, message);
    }

    /**
     * Logs a routine decision; the message is built only when DEBUG is enabled.
     *
     * @param message builds the message
     */
    public static void debug(Supplier<String> message) {
        LOG.log(Level.DEBUG, message);
    }

    /**
     * Logs a failure of the plugin or of user code it called.
     *
     * @param message what failed and what it means for the run
     * @param thrown the cause
     */
    public static void error(String message, Throwable thrown) {
        LOG.log(Level.ERROR, message, thrown);
    }
}
