package io.github.vcrdeleteonfail.cucumber.internal.run;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.FailureNote;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;

/**
 * What glue code asks of a run through {@code Cassettes} and {@code DeleteOnFail}. Paths are
 * checked where they are registered, so a mistake fails at the line that made it.
 */
@API(status = API.Status.INTERNAL)
public final class GlueCalls {

    private final PluginRun run;

    GlueCalls(PluginRun run) {
        this.run = run;
    }

    /**
     * Names the default cassettes of a scenario, as the plugin deletes them.
     *
     * @param scenario the scenario
     * @return absolute paths inside the cassette folder, in the namer's order
     * @throws IllegalStateException when the namer fails or names an unsafe path
     */
    public List<Path> defaultCassettes(ScenarioInfo scenario) {
        Configuration config = run.configuration();
        NamerCall namer = new NamerCall(config.namer(), config.cassetteDir());
        NamerCall.Named named = namer.name(scenario);
        if (!named.problems.isEmpty()) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: naming the cassettes of "
                            + Printable.of(scenario)
                            + ", "
                            + named.problems.get(0));
        }
        if (!named.refusals.isEmpty()) {
            Refusal refusal = named.refusals.get(0);
            throw new IllegalStateException(
                    "vcr-delete-on-fail: the "
                            + refusal.origin
                            + " names "
                            + refusal.asWritten
                            + " for "
                            + Printable.of(scenario)
                            + ", which is refused: "
                            + refusal.reason);
        }
        List<Path> absolute = new ArrayList<>(named.paths.size());
        for (CassettePath path : named.paths) {
            absolute.add(path.resolveAgainst(config.cassetteDir()));
        }
        return absolute;
    }

    /**
     * Resolves a cassette path against the cassette folder, with the plugin's checks.
     *
     * @param cassette relative to the cassette folder, or absolute inside it
     * @param caller what asks, for the message
     * @return the absolute path
     * @throws IllegalArgumentException when the path could leave the cassette folder
     */
    public Path resolve(Path cassette, String caller) {
        return check(List.of(cassette), caller).get(0).resolveAgainst(run.cassetteDir());
    }

    /**
     * Adds cassettes to handle if a running scenario fails.
     *
     * @param scenario the scenario
     * @param cassettes relative to the cassette folder, or absolute inside it
     */
    public void deleteOnFail(ScenarioInfo scenario, List<Path> cassettes) {
        List<CassettePath> paths =
                check(cassettes, "Cassettes.deleteOnFail for " + Printable.of(scenario));
        InFlight inFlight = running(scenario);
        inFlight.register(paths);
        run.handler(Printable.of(scenario))
                .prepare(inFlight, targets(paths, "Cassettes.deleteOnFail"));
    }

    /**
     * Keeps every cassette of a running scenario.
     *
     * @param scenario the scenario
     */
    public void keep(ScenarioInfo scenario) {
        running(scenario).keep();
    }

    /**
     * Registers cassettes of the whole run, handled if a BeforeAll or AfterAll hook fails.
     *
     * @param cassettes relative to the cassette folder, or absolute inside it
     */
    public void deleteOnRunFailure(List<Path> cassettes) {
        List<CassettePath> paths = check(cassettes, "Cassettes.deleteOnRunFailure");
        run.runLevel().register(run.services("Cassettes.deleteOnRunFailure"), paths);
    }

    /**
     * Runs a block; if it throws, handles its cassettes at once and rethrows.
     *
     * @param <T> the block's value type
     * @param cassettes relative to the cassette folder, or absolute inside it
     * @param block the block
     * @return the block's value
     * @throws Exception whatever the block threw, unchanged
     */
    public <T> T guard(List<Path> cassettes, Callable<T> block) throws Exception {
        List<CassettePath> paths = check(cassettes, "DeleteOnFail");
        Services services = run.services("a DeleteOnFail block");
        List<Target> targets = targets(paths, "DeleteOnFail");
        Strategy.Unit unit = services.strategy.open("block-" + UUID.randomUUID());
        try {
            if (services.config.enabled()) {
                unit.prepare(targets);
            }
            return block.call();
        } catch (Throwable failure) {
            Guard.run(
                    () -> handleBlockFailure(services, unit, targets, failure),
                    () -> "vcr-delete-on-fail could not handle the cassettes of a failed block");
            throw failure;
        } finally {
            unit.close();
        }
    }

    private void handleBlockFailure(
            Services services, Strategy.Unit unit, List<Target> targets, Throwable failure) {
        if (!services.config.enabled()) {
            return;
        }
        ScenarioInfo scenario = run.currentScenario();
        String who =
                "a DeleteOnFail block"
                        + (scenario == null ? "" : " of scenario " + Printable.of(scenario))
                        + " that threw "
                        + Printable.of(failure);
        // The scenario too, when there is one: it must run again to record what the block lost.
        new Reporter(services.summary, who, scenario, null)
                .handled(
                        unit.fail(
                                targets,
                                new FailureNote(who, null, 0, null, failure, services.runId)));
    }

    private InFlight running(ScenarioInfo scenario) {
        InFlight inFlight = run.inFlight(scenario.getId());
        if (inFlight == null) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: the scenario "
                            + Printable.of(scenario)
                            + " is not running, so nothing can be registered for it. Call"
                            + " Cassettes from the scenario's own steps or Before/After hooks.");
        }
        return inFlight;
    }

    private List<CassettePath> check(List<Path> cassettes, String caller) {
        Path cassetteDir = run.cassetteDir();
        List<CassettePath> paths = new ArrayList<>(cassettes.size());
        for (int i = 0; i < cassettes.size(); i++) {
            Path path = requireNonNull(cassettes.get(i), "cassettes[" + i + "]");
            CassettePath.Parsed parsed = CassettePath.of(cassetteDir, path);
            if (parsed.refusal().isPresent()) {
                throw new IllegalArgumentException(
                        "vcr-delete-on-fail: "
                                + caller
                                + " refuses the cassette "
                                + Printable.of(path)
                                + ": "
                                + Printable.of(parsed.refusal().get())
                                + ". Name cassettes relative to "
                                + Printable.of(cassetteDir)
                                + ".");
            }
            paths.add(parsed.path().orElseThrow());
        }
        return paths;
    }

    static List<Target> targets(List<CassettePath> paths, String origin) {
        Map<CassettePath, String> wanted = new LinkedHashMap<>();
        for (CassettePath path : paths) {
            wanted.putIfAbsent(path, origin);
        }
        return Selection.topMost(wanted);
    }
}
