package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.cucumber.java.Scenario;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigurationLoader;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The plugin's glue-code API: where to record, what else to delete if a scenario fails, what to
 * keep. Usable from any step or hook, thread-safe under parallel execution, whatever DI container
 * the glue uses. Registrations are keyed by the scenario's id and forgotten when the scenario
 * finishes.
 *
 * <p>Every method takes Cucumber's {@code io.cucumber.java.Scenario} or a {@link ScenarioInfo};
 * with other glue styles (such as cucumber-java8), pass {@link #currentScenario()}.
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
        return defaultCassette(ScenarioInfo.from(requireNonNull(scenario, "scenario")));
    }

    /**
     * Returns the absolute path of the scenario's default cassette; see {@link
     * #defaultCassette(Scenario)}.
     *
     * @param scenario the scenario
     * @return the absolute path, inside {@code cassette-dir}
     * @throws IllegalStateException when the namer names no cassette, fails, or names an unsafe
     *     path
     */
    public static Path defaultCassette(ScenarioInfo scenario) {
        List<Path> cassettes = defaultCassettes(scenario);
        if (cassettes.isEmpty()) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: the namer names no cassette for "
                            + scenario
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
        return defaultCassettes(ScenarioInfo.from(requireNonNull(scenario, "scenario")));
    }

    /**
     * Returns the absolute paths of all the scenario's default cassettes; see {@link
     * #defaultCassettes(Scenario)}.
     *
     * @param scenario the scenario
     * @return the absolute paths, inside {@code cassette-dir}; empty if the namer names none
     * @throws IllegalStateException when the namer fails or names an unsafe path
     */
    public static List<Path> defaultCassettes(ScenarioInfo scenario) {
        requireNonNull(scenario, "scenario");
        PluginRun run = ActiveRuns.acting(scenario.getId(), "Cassettes.defaultCassettes");
        if (run == null) {
            ActiveRuns.warnNotRegistered("Cassettes.defaultCassettes");
            return Unregistered.run().glue().defaultCassettes(scenario);
        }
        return run.glue().defaultCassettes(scenario);
    }

    /**
     * Returns the cassette folder in force ({@code cassette-dir}), for recorders that take a root
     * folder.
     *
     * @return the absolute folder; it may not exist yet
     */
    public static Path cassetteDir() {
        PluginRun run = ActiveRuns.acting(null, "Cassettes.cassetteDir");
        return (run == null ? Unregistered.run() : run).cassetteDir();
    }

    /**
     * Resolves a cassette path against {@code cassette-dir}, with the plugin's checks.
     *
     * @param cassette relative to {@code cassette-dir}, or absolute inside it
     * @return the absolute path
     * @throws IllegalArgumentException when the path could leave {@code cassette-dir}
     */
    public static Path resolve(Path cassette) {
        requireNonNull(cassette, "cassette");
        PluginRun run = ActiveRuns.acting(null, "Cassettes.resolve");
        return (run == null ? Unregistered.run() : run)
                .glue()
                .resolve(cassette, "Cassettes.resolve");
    }

    /**
     * Returns the scenario running on this thread, as the plugin sees it: for glue styles whose
     * scenario type is not {@code io.cucumber.java.Scenario}.
     *
     * @return the scenario
     * @throws IllegalStateException outside a scenario's steps and hooks, or when the plugin is not
     *     registered
     */
    public static ScenarioInfo currentScenario() {
        PluginRun run = ActiveRuns.acting(null, "Cassettes.currentScenario");
        ScenarioInfo scenario = run == null ? null : run.currentScenario();
        if (scenario == null) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: Cassettes.currentScenario() is called outside a"
                            + " scenario's steps and hooks"
                            + (run == null ? ", or the plugin is not registered" : "")
                            + ". Call it from a step or a Before/After hook.");
        }
        return scenario;
    }

    /**
     * Also handles these cassettes if this scenario fails, with or without a tag.
     *
     * @param scenario the scenario passed to a hook or step
     * @param cassettes paths relative to {@code cassette-dir}, or absolute inside it
     * @throws IllegalArgumentException when a path could leave {@code cassette-dir}
     */
    public static void deleteOnFail(Scenario scenario, Path... cassettes) {
        deleteOnFail(ScenarioInfo.from(requireNonNull(scenario, "scenario")), cassettes);
    }

    /**
     * Also handles these cassettes if this scenario fails; see {@link #deleteOnFail(Scenario,
     * Path...)}.
     *
     * @param scenario the scenario
     * @param cassettes paths relative to {@code cassette-dir}, or absolute inside it
     * @throws IllegalArgumentException when a path could leave {@code cassette-dir}
     */
    public static void deleteOnFail(ScenarioInfo scenario, Path... cassettes) {
        requireNonNull(scenario, "scenario");
        List<Path> paths = paths(Arrays.asList(requireNonNull(cassettes, "cassettes")));
        PluginRun run = ActiveRuns.acting(scenario.getId(), "Cassettes.deleteOnFail");
        if (run == null) {
            ActiveRuns.warnNotRegistered("Cassettes.deleteOnFail");
            return;
        }
        run.glue().deleteOnFail(scenario, paths);
    }

    /**
     * Keeps every cassette of this scenario, whatever the tags say.
     *
     * @param scenario the scenario passed to a hook or step
     */
    public static void keep(Scenario scenario) {
        keep(ScenarioInfo.from(requireNonNull(scenario, "scenario")));
    }

    /**
     * Keeps every cassette of this scenario; see {@link #keep(Scenario)}.
     *
     * @param scenario the scenario
     */
    public static void keep(ScenarioInfo scenario) {
        requireNonNull(scenario, "scenario");
        PluginRun run = ActiveRuns.acting(scenario.getId(), "Cassettes.keep");
        if (run == null) {
            ActiveRuns.warnNotRegistered("Cassettes.keep");
            return;
        }
        run.glue().keep(scenario);
    }

    /**
     * Registers cassettes that belong to the whole run (recorded in a {@code @BeforeAll} hook,
     * say): they are handled when the run fails in a {@code @BeforeAll} or {@code @AfterAll} hook.
     *
     * @param cassettes paths relative to {@code cassette-dir}, or absolute inside it
     * @throws IllegalArgumentException when a path could leave {@code cassette-dir}
     */
    public static void deleteOnRunFailure(Path... cassettes) {
        List<Path> paths = paths(Arrays.asList(requireNonNull(cassettes, "cassettes")));
        PluginRun run = ActiveRuns.acting(null, "Cassettes.deleteOnRunFailure");
        if (run == null) {
            ActiveRuns.warnNotRegistered("Cassettes.deleteOnRunFailure");
            return;
        }
        run.glue().deleteOnRunFailure(paths);
    }

    /**
     * Copies cassette paths given by glue code, refusing a null one by its index.
     *
     * @param cassettes the paths
     * @return an unmodifiable copy
     * @throws NullPointerException naming {@code cassettes[i]}
     */
    static List<Path> paths(java.util.Collection<Path> cassettes) {
        List<Path> copy = new java.util.ArrayList<>(cassettes.size());
        for (Path path : cassettes) {
            copy.add(requireNonNull(path, "cassettes[" + copy.size() + "]"));
        }
        return List.copyOf(copy);
    }

    /** The configuration glue code sees when no plugin is registered, read once. */
    private static final class Unregistered {
        private static volatile PluginRun run;

        static PluginRun run() {
            PluginRun known = run;
            if (known == null) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                known =
                        new PluginRun(
                                ConfigurationLoader.ofThisJvm(
                                                loader != null
                                                        ? loader
                                                        : Cassettes.class.getClassLoader())
                                        .read(null),
                                null,
                                "unregistered",
                                "no registered plugin");
                run = known;
            }
            return known;
        }
    }
}
