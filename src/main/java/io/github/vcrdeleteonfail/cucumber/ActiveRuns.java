package io.github.vcrdeleteonfail.cucumber;

import io.cucumber.plugin.event.EventPublisher;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one piece of JVM-wide state: the runs in progress, by the event publisher Cucumber gave them,
 * so that glue code, which Cucumber does not connect to plugins, finds its run. One rule for every
 * glue call: the run of the given scenario; else the run whose hook or scenario is on this thread;
 * else the only run in progress.
 */
final class ActiveRuns {

    private static final Map<EventPublisher, PluginRun> BY_PUBLISHER = new IdentityHashMap<>();

    private ActiveRuns() {}

    /**
     * Makes a run the acting run of its publisher, unless another plugin instance already acts.
     *
     * @return the run already acting for that publisher, or null when this one acts
     */
    static synchronized PluginRun attach(EventPublisher publisher, PluginRun run) {
        PluginRun acting = BY_PUBLISHER.get(publisher);
        if (acting != null) {
            return acting;
        }
        BY_PUBLISHER.put(publisher, run);
        return null;
    }

    static synchronized void detach(PluginRun run) {
        // A loop rather than removeIf with a lambda: this runs at the end of every run.
        Iterator<PluginRun> runs = BY_PUBLISHER.values().iterator();
        while (runs.hasNext()) {
            if (runs.next() == run) {
                runs.remove();
            }
        }
    }

    /**
     * Finds the run glue code talks to.
     *
     * @param scenarioId the scenario the call is about, or null
     * @param caller the API called, for the message when several runs could be meant
     * @return the run, or null when no run is in progress
     * @throws IllegalStateException when several runs are in progress and none is on this thread
     */
    static PluginRun acting(String scenarioId, String caller) {
        List<PluginRun> runs;
        synchronized (ActiveRuns.class) {
            runs = new ArrayList<>(BY_PUBLISHER.values());
        }
        if (runs.size() <= 1) {
            return runs.isEmpty() ? null : runs.get(0);
        }
        for (PluginRun run : runs) {
            if (scenarioId != null && run.isRunning(scenarioId)) {
                return run;
            }
        }
        for (PluginRun run : runs) {
            if (run.ownsCurrentThread()) {
                return run;
            }
        }
        throw new IllegalStateException(
                "vcr-delete-on-fail: "
                        + caller
                        + " was called outside the hooks and scenarios of the "
                        + runs.size()
                        + " Cucumber runs in progress in this JVM, so it cannot tell which run it"
                        + " is for. Call it from a step or hook of the run.");
    }

    /** Warns once per JVM that glue code called the API while the plugin is not registered. */
    static void warnNotRegistered(String what) {
        NotRegistered.warn(what);
    }

    private static final class NotRegistered {
        private static boolean warned;

        static synchronized void warn(String what) {
            if (!warned) {
                warned = true;
                System.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME)
                        .log(System.Logger.Level.WARNING, message(what));
            }
        }
    }

    static String message(String what) {
        return "vcr-delete-on-fail: "
                + what
                + " was called, but the plugin is not registered in this run, so no cassette will"
                + " be deleted, kept or restored. Register it with"
                + " cucumber.plugin=io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin in"
                + " junit-platform.properties or cucumber.properties (or"
                + " @CucumberOptions(plugin = ...), or -Dcucumber.plugin=...).";
    }
}
