package io.github.vcrdeleteonfail.cucumber.internal.run;

import org.apiguardian.api.API;

/**
 * Keeps user code and the plugin's own mistakes out of Cucumber: a throwable escaping an event
 * handler would break the whole run. Everything is caught, {@code StackOverflowError} included;
 * only {@link OutOfMemoryError} passes, since nothing sensible can follow it.
 */
@API(status = API.Status.INTERNAL)
public final class Guard {

    private Guard() {}

    /**
     * Rethrows what must not be swallowed.
     *
     * @param thrown what was caught
     */
    public static void rethrowIfFatal(Throwable thrown) {
        if (thrown instanceof OutOfMemoryError) {
            throw (OutOfMemoryError) thrown;
        }
    }

    /**
     * Logs as an ERROR what an action threw, unless it must not be swallowed.
     *
     * @param thrown what the action threw
     * @param whatFailed what to say before the cause
     */
    public static void failed(Throwable thrown, String whatFailed) {
        rethrowIfFatal(thrown);
        PluginLog.error(whatFailed, thrown);
    }

    /**
     * Runs an action, logging as an ERROR anything it throws.
     *
     * @param action the action
     * @param whatFailed what to say before the cause, such as {@code vcr-delete-on-fail failed
     *     while handling the cassettes of "Log in" (login.feature:3); the run goes on}
     */
    public static void run(Runnable action, java.util.function.Supplier<String> whatFailed) {
        try {
            action.run();
        } catch (Throwable thrown) {
            rethrowIfFatal(thrown);
            PluginLog.error(whatFailed.get(), thrown);
        }
    }
}
