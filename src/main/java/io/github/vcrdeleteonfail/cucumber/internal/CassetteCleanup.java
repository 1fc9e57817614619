package io.github.vcrdeleteonfail.cucumber.internal;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.FailureVerdict;
import io.github.vcrdeleteonfail.cucumber.internal.decision.MisspelledTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.SafeDeleter;
import io.github.vcrdeleteonfail.cucumber.internal.files.Snapshots;
import io.github.vcrdeleteonfail.cucumber.internal.report.ReportFile;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the decision is made: for one finished scenario, reads its tags and status, selects its
 * cassettes, checks that each is safe, and has them deleted; every decision is logged with its
 * reason and kept for the run summary.
 */
public final class CassetteCleanup {

    /** The name of the plugin's logger: {@value}. */
    public static final String LOGGER_NAME = VcrDeleteOnFailPlugin.LOGGER_NAME;

    private static final Logger LOG = System.getLogger(LOGGER_NAME);

    /** The snapshot key of the run's own cassettes: {@value}. */
    public static final String RUN_KEY = "run";

    private final Configuration config;
    private final Path cassetteDir;
    private final ScenarioCassetteNamer namer;
    private final FailureVerdict verdict;
    private final CassetteTags.Names tagNames;
    private final StrategyRunner strategy;
    private final String dryRunSource;
    private final String runId;
    private final RunSummary summary = new RunSummary();
    private final MisspelledTags misspelledTags;

    /**
     * Creates the cleanup.
     *
     * @param config the validated configuration
     * @param dryRunSource where a dry run was requested, or null for a real run
     * @param runId the run's id, for quarantine and snapshot folders
     */
    public CassetteCleanup(Configuration config, String dryRunSource, String runId) {
        this.config = requireNonNull(config, "config");
        this.cassetteDir = config.cassetteDir();
        this.namer = config.namer();
        this.verdict = new FailureVerdict(config.failingStatuses());
        this.tagNames = new CassetteTags.Names(config.deleteTag(), config.keepTag());
        this.misspelledTags =
                new MisspelledTags(tagNames, message -> LOG.log(Level.WARNING, message));
        this.strategy = new StrategyRunner(config, dryRunSource, runId);
        this.dryRunSource = dryRunSource;
        this.runId = requireNonNull(runId, "runId");
    }

    /**
     * Returns the configuration in force.
     *
     * @return the configuration
     */
    public Configuration configuration() {
        return config;
    }

    /** Logs, once, what the run is going to do; called before the first scenario starts. */
    public void runStarting() {
        LOG.log(Level.DEBUG, () -> "vcr-delete-on-fail configuration: " + config);
        if (!config.enabled()) {
            LOG.log(
                    Level.INFO,
                    "vcr-delete-on-fail is disabled by "
                            + config.origin("enabled")
                            + ": no cassette will be touched");
        } else if (dryRunSource != null) {
            LOG.log(
                    Level.INFO,
                    "vcr-delete-on-fail: a dry run was requested by "
                            + dryRunSource
                            + "; no cassette will be deleted");
        } else if (config.reportOnly()) {
            LOG.log(
                    Level.INFO,
                    "vcr-delete-on-fail is in report-only mode ("
                            + config.origin("report-only")
                            + "): decisions are logged, no cassette will be deleted");
        }
    }

    /**
     * Prepares a scenario that starts: with {@code on-failure: restore}, snapshots the cassettes
     * its tags select, before any hook or step writes them. Does nothing otherwise.
     *
     * @param testCase the scenario
     * @param registered the scenario's registrations, which keep the snapshots
     */
    public void scenarioStarted(TestCase testCase, Registrations.ForScenario registered) {
        if (!config.enabled() || !strategy.snapshotting()) {
            return;
        }
        CassetteTags tags = tagNames.read(testCase.getTags());
        if (tags.isEmpty() || tags.keep()) {
            return;
        }
        ScenarioInfo scenario = ScenarioInfo.from(testCase);
        String who = "scenario " + scenario;
        registered.addSnapshots(
                strategy.snapshot(
                        snapshotKey(testCase.getId().toString()),
                        targets(scenario, tags, List.of(), who, false).keySet(),
                        who));
    }

    /**
     * Snapshots cassettes that glue code registers for a running scenario, with {@code on-failure:
     * restore}.
     *
     * @param scenarioId the scenario's id
     * @param cassettes paths relative to the cassette folder, or absolute inside it
     * @param registered the scenario's registrations, which keep the snapshots
     */
    public void registered(
            String scenarioId, List<Path> cassettes, Registrations.ForScenario registered) {
        if (!config.enabled() || !strategy.snapshotting()) {
            return;
        }
        registered.addSnapshots(
                strategy.snapshot(
                        snapshotKey(scenarioId), resolve(cassettes), "scenario " + scenarioId));
    }

    /**
     * Handles a scenario whose After hooks have all run. Does no file-system work for a scenario
     * that passed or carries none of the plugin's tags (beyond removing its snapshots, if any).
     *
     * @param testCase the scenario
     * @param result its final result
     * @param registered what glue code registered for the scenario through {@code Cassettes}
     */
    public void scenarioFinished(
            TestCase testCase, Result result, Registrations.ForScenario registered) {
        try {
            if (config.enabled()) {
                decideScenario(testCase, result, registered);
            }
        } finally {
            if (registered.hasSnapshots()) {
                strategy.discard(snapshotKey(testCase.getId().toString()));
            }
        }
    }

    private void decideScenario(
            TestCase testCase, Result result, Registrations.ForScenario registered) {
        Status status = result.getStatus();
        List<String> allTags = testCase.getTags();
        String keepLookAlike = misspelledTags.check(allTags, () -> describe(testCase));
        CassetteTags tags = tagNames.read(allTags);
        if (tags.isEmpty() && registered.isEmpty()) {
            return;
        }
        if (!verdict.isFailure(status)) {
            summary.keptBecausePassed();
            LOG.log(
                    Level.DEBUG,
                    () ->
                            "Kept the cassettes of "
                                    + describe(testCase)
                                    + ": the scenario finished "
                                    + status
                                    + ", which is not a failure");
            return;
        }
        ScenarioInfo scenario = ScenarioInfo.from(testCase);
        String who = "failed scenario " + scenario + " " + status;
        if (tags.keep() || keepLookAlike != null || registered.isKept()) {
            decide(
                    Outcome.KEPT_BY_TAG,
                    "all cassettes of the scenario",
                    who,
                    tags.keep()
                            ? "the scenario is tagged " + tagNames.keepTag()
                            : keepLookAlike != null
                                    ? "the scenario is tagged "
                                            + keepLookAlike
                                            + ", which looks like "
                                            + tagNames.keepTag()
                                            + "; kept to be safe"
                                    : "glue code called Cassettes.keep(scenario)");
            return;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("scenario", scenario.getName());
        info.put("feature", scenario.getUri().toString());
        info.put("line", scenario.getLine());
        info.put("status", status.name());
        info.put("error", errorText(result.getError()));
        Map<Path, String> targets = targets(scenario, tags, registered.cassettes(), who, true);
        for (Map.Entry<Path, String> target : targets.entrySet()) {
            handle(target.getKey(), target.getValue(), who, registered.snapshots(), info);
        }
    }

    /** The cassettes a failed scenario selects, by tags, namer and glue, with their origin. */
    private Map<Path, String> targets(
            ScenarioInfo scenario,
            CassetteTags tags,
            List<Path> registeredCassettes,
            String who,
            boolean report) {
        Map<Path, String> targets = new LinkedHashMap<>();
        if (tags.deleteDefault()) {
            for (Path named : namedCassettes(scenario, who, report)) {
                select(
                        CassettePath.ofPath(cassetteDir, named),
                        named.toString(),
                        "tag " + tagNames.deleteTag() + " via namer " + namer,
                        who,
                        targets,
                        report);
            }
        }
        for (String tag : tags.pathTags()) {
            String text = tagNames.pathOf(tag);
            select(
                    CassettePath.ofText(cassetteDir, text),
                    text.isEmpty() ? "(empty path)" : text,
                    "tag " + tag,
                    who,
                    targets,
                    report);
        }
        for (Path path : registeredCassettes) {
            select(
                    CassettePath.ofPath(cassetteDir, path),
                    path.toString(),
                    "Cassettes.deleteOnFail",
                    who,
                    targets,
                    report);
        }
        return targets;
    }

    /**
     * Snapshots the cassettes of a guarded block before it runs, with {@code on-failure: restore}.
     *
     * @param key a file-name-safe key for the block
     * @param cassettes paths relative to the cassette folder, or absolute inside it
     * @return the snapshots, to pass to {@link #handleNow}
     */
    public Map<Path, Snapshots.Snapshot> snapshotNow(String key, List<Path> cassettes) {
        if (!config.enabled()) {
            return Map.of();
        }
        return strategy.snapshot(snapshotKey(key), resolve(cassettes), key);
    }

    /**
     * Removes the snapshots taken by {@link #snapshotNow}.
     *
     * @param key the key given to {@link #snapshotNow}
     */
    public void discardNow(String key) {
        strategy.discard(snapshotKey(key));
    }

    /**
     * Handles cassettes at once, outside the end of a scenario: for a guarded block that failed, or
     * for a run that failed in a BeforeAll or AfterAll hook.
     *
     * @param cassettes paths relative to the cassette folder, or absolute inside it
     * @param who what failed, for messages
     * @param origin what asked for the cassettes, for messages
     * @param snapshots snapshots taken before, for restore; may be empty
     * @param error the failure, for the quarantine note
     */
    public void handleNow(
            List<Path> cassettes,
            String who,
            String origin,
            Map<Path, Snapshots.Snapshot> snapshots,
            Throwable error) {
        if (!config.enabled()) {
            return;
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("failure", who);
        info.put("error", errorText(error));
        Map<Path, String> targets = new LinkedHashMap<>();
        for (Path path : cassettes) {
            select(
                    CassettePath.ofPath(cassetteDir, path),
                    path.toString(),
                    origin,
                    who,
                    targets,
                    true);
        }
        for (Map.Entry<Path, String> target : targets.entrySet()) {
            handle(target.getKey(), target.getValue(), who, snapshots, info);
        }
    }

    private List<Path> resolve(List<Path> cassettes) {
        List<Path> targets = new java.util.ArrayList<>();
        for (Path path : cassettes) {
            CassettePath.ofPath(cassetteDir, path).target().ifPresent(targets::add);
        }
        return targets;
    }

    private static String snapshotKey(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String errorText(Throwable error) {
        if (error == null) {
            return "";
        }
        String text = error.toString();
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    /**
     * Checks paths from glue code before they are registered, so a mistake fails where it is made.
     *
     * @param cassettes paths relative to the cassette folder, or absolute inside it
     * @param caller what registers them, for the message
     * @throws IllegalArgumentException naming the first unsafe path and why
     */
    public void checkSafe(List<Path> cassettes, String caller) {
        for (Path path : cassettes) {
            CassettePath resolved = CassettePath.ofPath(cassetteDir, requireNonNull(path));
            if (resolved.refusal().isPresent()) {
                throw new IllegalArgumentException(
                        "vcr-delete-on-fail: "
                                + caller
                                + " refuses the cassette "
                                + path
                                + ": "
                                + resolved.refusal().get()
                                + ". Name cassettes relative to "
                                + cassetteDir
                                + ".");
            }
        }
    }

    /**
     * Resolves the default cassettes of a scenario to absolute paths, for glue code.
     *
     * @param scenario the scenario
     * @return the absolute paths, in the namer's order
     * @throws IllegalStateException when the namer fails or names an unsafe path
     */
    public List<Path> defaultCassettes(ScenarioInfo scenario) {
        List<Path> named;
        try {
            named = namer.cassettesFor(scenario);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: the namer " + namer + " failed for " + scenario, e);
        }
        if (named == null) {
            throw new IllegalStateException(
                    "vcr-delete-on-fail: the namer " + namer + " returned null for " + scenario);
        }
        List<Path> absolute = new java.util.ArrayList<>();
        for (Path path : named) {
            CassettePath resolved = CassettePath.ofPath(cassetteDir, path);
            if (resolved.refusal().isPresent()) {
                throw new IllegalStateException(
                        "vcr-delete-on-fail: the namer "
                                + namer
                                + " names "
                                + path
                                + " for "
                                + scenario
                                + ", which is refused: "
                                + resolved.refusal().get());
            }
            absolute.add(resolved.target().orElseThrow());
        }
        return absolute;
    }

    private List<Path> namedCassettes(ScenarioInfo scenario, String who, boolean report) {
        try {
            List<Path> named = namer.cassettesFor(scenario);
            if (named == null && report) {
                decide(
                        Outcome.FAILED,
                        "default cassettes",
                        who,
                        "the namer " + namer + " returned null instead of a list; fix the namer");
                return List.of();
            }
            if (named == null) {
                return List.of();
            }
            if (named.isEmpty() && report) {
                LOG.log(Level.INFO, () -> "The namer " + namer + " names no cassette for " + who);
            }
            return named;
        } catch (RuntimeException | LinkageError e) {
            if (report) {
                decide(
                        Outcome.FAILED,
                        "default cassettes",
                        who,
                        "the namer "
                                + namer
                                + " threw "
                                + e
                                + "; fix the namer (tag paths were still handled)");
            }
            return List.of();
        }
    }

    private void select(
            CassettePath path,
            String asWritten,
            String origin,
            String who,
            Map<Path, String> targets,
            boolean report) {
        if (path.refusal().isPresent()) {
            if (report) {
                decide(
                        Outcome.REFUSED_UNSAFE,
                        asWritten,
                        who,
                        "from " + origin + ": " + path.refusal().get());
            }
            return;
        }
        targets.putIfAbsent(path.target().orElseThrow(), origin);
    }

    private void handle(
            Path target,
            String origin,
            String who,
            Map<Path, Snapshots.Snapshot> snapshots,
            Map<String, Object> info) {
        String shown = cassetteDir.relativize(target).toString().replace('\\', '/');
        Map<String, Object> note = new LinkedHashMap<>(info);
        note.put("cassette", shown);
        note.put("run", runId);
        note.put("when", java.time.Instant.now().toString());
        SafeDeleter.Result result = strategy.apply(target, snapshots, note);
        decide(result.outcome(), shown, who, "from " + origin + ": " + result.detail());
    }

    private void decide(Outcome outcome, String cassette, String who, String reason) {
        String detail = outcome == Outcome.FAILED ? reason + "; the cassette may be stale" : reason;
        summary.record(outcome, cassette, who, detail);
        // Problems are warnings at once; the rest is in the INFO summary at the end of the run,
        // so each routine decision is logged at DEBUG (formatting a record per cassette at INFO
        // was half the cost of a failed scenario).
        Level level =
                outcome == Outcome.REFUSED_UNSAFE || outcome == Outcome.FAILED
                        ? Level.WARNING
                        : Level.DEBUG;
        LOG.log(
                level,
                () ->
                        "Cassette "
                                + cassette
                                + " "
                                + outcome.label()
                                + " for "
                                + who
                                + ": "
                                + detail);
    }

    /**
     * Returns the run's decisions so far.
     *
     * @return the summary collector
     */
    public RunSummary summary() {
        return summary;
    }

    /**
     * Handles the run's cassettes when the run failed outside scenarios, then logs the end-of-run
     * summary if anything was handled.
     *
     * @param runError the error of a BeforeAll or AfterAll hook, or null
     * @param runCassettes cassettes glue code registered for the whole run
     * @param runSnapshots their snapshots, for restore
     */
    public void runFinished(
            Throwable runError,
            List<Path> runCassettes,
            Map<Path, Snapshots.Snapshot> runSnapshots) {
        if (runError != null && !runCassettes.isEmpty()) {
            handleNow(
                    runCassettes,
                    "the run, which failed in a BeforeAll or AfterAll hook (" + runError + ")",
                    "Cassettes.deleteOnRunFailure",
                    runSnapshots,
                    runError);
        } else if (!runCassettes.isEmpty()) {
            LOG.log(
                    Level.DEBUG,
                    () -> "Kept the run's cassettes " + runCassettes + ": the run did not fail");
        }
        if (!runSnapshots.isEmpty()) {
            strategy.discard(snapshotKey(RUN_KEY));
        }
        String text = summary.format(cassetteDir.toString());
        if (!text.isEmpty()) {
            LOG.log(Level.INFO, text);
        }
        config.report().ifPresent(this::writeReport);
    }

    private void writeReport(Path configured) {
        Path file = ReportFile.resolve(configured, ProcessHandle.current().pid(), runId);
        try {
            ReportFile.write(
                    file, summary.toJson(cassetteDir.toString(), config.onFailure().key(), runId));
            LOG.log(Level.DEBUG, () -> "vcr-delete-on-fail report written to " + file);
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "vcr-delete-on-fail could not write its report to "
                            + file
                            + " (key 'report'): "
                            + e);
        }
    }

    /**
     * Describes a scenario for messages.
     *
     * @param testCase the scenario
     * @return its name and location
     */
    public static String describe(TestCase testCase) {
        return "\""
                + testCase.getName()
                + "\" ("
                + testCase.getUri()
                + ":"
                + testCase.getLocation().getLine()
                + ")";
    }
}
