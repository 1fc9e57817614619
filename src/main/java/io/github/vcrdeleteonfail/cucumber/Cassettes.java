package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.cucumber.java.Scenario;
import io.github.vcrdeleteonfail.cucumber.internal.CassetteCleanup;
import io.github.vcrdeleteonfail.cucumber.internal.Registrations;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigurationLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The plugin's glue-code API: where to record, what else to delete if a scenario fails, what to
 * keep. Usable from any step or hook, thread-safe under parallel execution, whatever DI container
 * the glue uses. Registrations are keyed by {@code Scenario.getId()} and forgotten when the
 * scenario finishes.
 */
public final class Cassettes {

    private Cassettes() {}

    /**
     * Returns the absolute path of the scenario's default cassette: exactly the one the plugin
     * deletes for the bare {@code @vcr-delete-on-fail} tag, so the recorder can be pointed at it.
     * When the namer names several, this is the first of {@link #defaultCassettes(Scenario)}.
     *
     * @param scenario the scenario passed to a hook or step
     * @return the absolute path, inside {@code cassette-dir}
     * @throws IllegalStateException when the namer names no cassette, fails, or names an unsafe
     *     path
     */
    public static Path defaultCassette(Scenario scenario) {
        List<Path> cassettes = defaultCassettes(scenario);
        if (cassettes.isEmpty()) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: the namer names no cassette for "
                            + ScenarioInfo.from(scenario)
                            + "; use defaultCassettes(scenario), or a namer that names one");
        }
        return cassettes.get(0);
    }

    /**
     * Returns the absolute paths of all the scenario's default cassettes, in the namer's order.
     *
     * @param scenario the scenario passed to a hook or step
     * @return the absolute paths, inside {@code cassette-dir}; empty if the namer names none
     * @throws IllegalStateException when the namer fails or names an unsafe path
     */
    public static List<Path> defaultCassettes(Scenario scenario) {
        requireNonNull(scenario, "scenario");
        ScenarioInfo info = ScenarioInfo.from(scenario);
        List<VcrDeleteOnFailPlugin> plugins = ActivePlugins.all();
        if (plugins.isEmpty()) {
            ActivePlugins.warnNotRegistered("Cassettes.defaultCassettes");
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            CassetteCleanup fallback =
                    new CassetteCleanup(
                            ConfigurationLoader.ofThisJvm(
                                            loader != null
                                                    ? loader
                                                    : Cassettes.class.getClassLoader())
                                    .read(null)
                                    .resolve(java.util.Map.of()),
                            null,
                            "glue");
            return fallback.defaultCassettes(info);
        }
        return pluginOf(plugins, scenario).cleanup().defaultCassettes(info);
    }

    /**
     * Also handles these cassettes if this scenario fails, with or without a tag.
     *
     * @param scenario the scenario passed to a hook or step
     * @param cassettes paths relative to {@code cassette-dir}, or absolute inside it
     * @throws IllegalArgumentException when a path could leave {@code cassette-dir}
     */
    public static void deleteOnFail(Scenario scenario, Path... cassettes) {
        requireNonNull(scenario, "scenario");
        List<Path> paths = List.of(cassettes);
        List<VcrDeleteOnFailPlugin> plugins = ActivePlugins.all();
        if (plugins.isEmpty()) {
            ActivePlugins.warnNotRegistered("Cassettes.deleteOnFail");
            return;
        }
        VcrDeleteOnFailPlugin plugin = pluginOf(plugins, scenario);
        plugin.cleanup().checkSafe(paths, "Cassettes.deleteOnFail for " + scenario.getName());
        Registrations.ForScenario registrations = registrationsOf(plugin, scenario);
        plugin.cleanup().registered(scenario.getId(), paths, registrations);
        registrations.add(paths);
    }

    /**
     * Keeps every cassette of this scenario, whatever the tags say.
     *
     * @param scenario the scenario passed to a hook or step
     */
    public static void keep(Scenario scenario) {
        requireNonNull(scenario, "scenario");
        List<VcrDeleteOnFailPlugin> plugins = ActivePlugins.all();
        if (plugins.isEmpty()) {
            ActivePlugins.warnNotRegistered("Cassettes.keep");
            return;
        }
        registrationsOf(pluginOf(plugins, scenario), scenario).keep();
    }

    /**
     * Registers cassettes that belong to the whole run (recorded in a {@code @BeforeAll} hook,
     * say): they are handled when the run fails in a {@code @BeforeAll} or {@code @AfterAll} hook.
     *
     * @param cassettes paths relative to {@code cassette-dir}, or absolute inside it
     * @throws IllegalArgumentException when a path could leave {@code cassette-dir}
     */
    public static void deleteOnRunFailure(Path... cassettes) {
        List<Path> paths = List.of(cassettes);
        List<VcrDeleteOnFailPlugin> plugins = ActivePlugins.all();
        if (plugins.isEmpty()) {
            ActivePlugins.warnNotRegistered("Cassettes.deleteOnRunFailure");
            return;
        }
        for (VcrDeleteOnFailPlugin plugin : plugins) {
            plugin.cleanup().checkSafe(paths, "Cassettes.deleteOnRunFailure");
            plugin.registrations()
                    .addRunSnapshots(plugin.cleanup().snapshotNow(CassetteCleanup.RUN_KEY, paths));
            plugin.registrations().addRunCassettes(paths);
        }
    }

    private static VcrDeleteOnFailPlugin pluginOf(
            List<VcrDeleteOnFailPlugin> plugins, Scenario scenario) {
        for (VcrDeleteOnFailPlugin plugin : plugins) {
            if (plugin.registrations().of(scenario.getId()) != null) {
                return plugin;
            }
        }
        return plugins.get(0);
    }

    private static Registrations.ForScenario registrationsOf(
            VcrDeleteOnFailPlugin plugin, Scenario scenario) {
        Registrations.ForScenario registrations = plugin.registrations().of(scenario.getId());
        if (registrations == null) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: the scenario "
                            + ScenarioInfo.from(scenario)
                            + " is not running, so nothing can be registered for it. Call"
                            + " Cassettes from the scenario's own steps or Before/After hooks.");
        }
        return registrations;
    }
}
