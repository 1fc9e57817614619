package io.github.vcrdeleteonfail.cucumber;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The plugin instances attached to a running Cucumber run in this JVM, so that glue code, which
 * cannot reach the plugin through Cucumber, can talk to it.
 */
final class ActivePlugins {

    private static final List<VcrDeleteOnFailPlugin> PLUGINS = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private ActivePlugins() {}

    static void add(VcrDeleteOnFailPlugin plugin) {
        PLUGINS.add(plugin);
    }

    static void remove(VcrDeleteOnFailPlugin plugin) {
        PLUGINS.remove(plugin);
    }

    static List<VcrDeleteOnFailPlugin> all() {
        return List.copyOf(PLUGINS);
    }

    /** Warns once per JVM that glue code called the API while the plugin is not registered. */
    static void warnNotRegistered(String what) {
        if (WARNED.compareAndSet(false, true)) {
            System.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME)
                    .log(System.Logger.Level.WARNING, notRegisteredMessage(what));
        }
    }

    static String notRegisteredMessage(String what) {
        return "vcr-delete-on-fail: "
                + what
                + " was called, but the plugin is not registered in this run, so no cassette will"
                + " be deleted, kept or restored. Register it with"
                + " cucumber.plugin=io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin in"
                + " junit-platform.properties or cucumber.properties (or"
                + " @CucumberOptions(plugin = ...), or -Dcucumber.plugin=...).";
    }
}
