package io.github.vcrdeleteonfail.cucumber.internal.run;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.apiguardian.api.API;

/**
 * The log policy in one place: problems are WARNINGs at once, the end-of-run summary is INFO,
 * routine decisions are DEBUG (built only when enabled: callers ask {@link #debugEnabled()} first).
 * Callers escape user-supplied text with {@code Printable} before it gets here. The logger is
 * looked up at the first record or level check, not when the plugin is created: finding it (the
 * {@code System.LoggerFinder}, {@code java.util.logging}) costs milliseconds.
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
     * Tells whether routine decisions are logged, so that their messages are built only then.
     *
     * @return true when DEBUG is enabled
     */
    public static boolean debugEnabled() {
        return LOG.isLoggable(Level.DEBUG);
    }

    /**
     * Logs a routine decision; call it only when {@link #debugEnabled()}.
     *
     * @param message the message
     */
    public static void debug(String message) {
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
