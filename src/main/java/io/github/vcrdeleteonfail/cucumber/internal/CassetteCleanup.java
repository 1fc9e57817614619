package io.github.vcrdeleteonfail.cucumber.internal;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.FailureVerdict;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.SafeDeleter;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
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
    public static final String LOGGER_NAME = "io.github.vcrdeleteonfail.cucumber";

    private static final Logger LOG = System.getLogger(LOGGER_NAME);

    private final Path cassetteDir;
    private final ScenarioCassetteNamer namer;
    private final FailureVerdict verdict;
    private final SafeDeleter deleter;
    private final String dryRunSource;
    private final RunSummary summary = new RunSummary();

    /**
     * Creates the cleanup.
     *
     * @param cassetteDir the absolute, normalised cassette folder
     * @param namer names the default cassettes
     * @param verdict decides which statuses are failures
     * @param dryRunSource where a dry run was requested, or null for a real run
     */
    public CassetteCleanup(
            Path cassetteDir,
            ScenarioCassetteNamer namer,
            FailureVerdict verdict,
            String dryRunSource) {
        this.cassetteDir = requireNonNull(cassetteDir, "cassetteDir");
        this.namer = requireNonNull(namer, "namer");
        this.verdict = requireNonNull(verdict, "verdict");
        this.deleter = new SafeDeleter(cassetteDir);
        this.dryRunSource = dryRunSource;
    }

    /**
     * Handles a scenario whose After hooks have all run. Does no file-system work for a scenario
     * that passed or carries none of the plugin's tags.
     *
     * @param testCase the scenario
     * @param status its final status
     */
    public void scenarioFinished(TestCase testCase, Status status) {
        CassetteTags tags = CassetteTags.of(testCase.getTags());
        if (tags.isEmpty()) {
            return;
        }
        if (!verdict.isFailure(status)) {
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
        String who = scenario + " " + status;
        if (tags.keep()) {
            decide(
                    Outcome.KEPT_BY_TAG,
                    "all cassettes of the scenario",
                    who,
                    "the scenario is tagged " + CassetteTags.KEEP_TAG);
            return;
        }
        Map<Path, String> targets = new LinkedHashMap<>();
        if (tags.deleteDefault()) {
            for (Path named : namedCassettes(scenario, who)) {
                select(
                        CassettePath.ofPath(cassetteDir, named),
                        named.toString(),
                        "namer " + namer,
                        who,
                        targets);
            }
        }
        for (String tag : tags.pathTags()) {
            String text = CassetteTags.pathOf(tag);
            select(
                    CassettePath.ofText(cassetteDir, text),
                    text.isEmpty() ? "(empty path)" : text,
                    "tag " + tag,
                    who,
                    targets);
        }
        for (Map.Entry<Path, String> target : targets.entrySet()) {
            handle(target.getKey(), target.getValue(), who);
        }
    }

    private List<Path> namedCassettes(ScenarioInfo scenario, String who) {
        try {
            List<Path> named = namer.cassettesFor(scenario);
            if (named == null) {
                decide(
                        Outcome.FAILED,
                        "default cassettes",
                        who,
                        "the namer " + namer + " returned null instead of a list");
                return List.of();
            }
            if (named.isEmpty()) {
                LOG.log(Level.INFO, () -> "The namer " + namer + " names no cassette for " + who);
            }
            return named;
        } catch (RuntimeException | LinkageError e) {
            decide(
                    Outcome.FAILED,
                    "default cassettes",
                    who,
                    "the namer "
                            + namer
                            + " threw "
                            + e
                            + "; fix the namer, the tag paths were still handled");
            return List.of();
        }
    }

    private void select(
            CassettePath path,
            String asWritten,
            String origin,
            String who,
            Map<Path, String> targets) {
        if (path.refusal().isPresent()) {
            decide(
                    Outcome.REFUSED_UNSAFE,
                    asWritten,
                    who,
                    "from " + origin + ": " + path.refusal().get());
            return;
        }
        targets.putIfAbsent(path.target().orElseThrow(), origin);
    }

    private void handle(Path target, String origin, String who) {
        String shown = cassetteDir.relativize(target).toString().replace('\\', '/');
        if (dryRunSource != null) {
            decide(
                    Outcome.DRY_RUN,
                    shown,
                    who,
                    "from " + origin + "; a dry run was requested by " + dryRunSource);
            return;
        }
        SafeDeleter.Result result = deleter.delete(target);
        decide(result.outcome(), shown, who, "from " + origin + ": " + result.detail());
    }

    private void decide(Outcome outcome, String cassette, String who, String detail) {
        summary.record(outcome, cassette, who, detail);
        Level level =
                outcome == Outcome.REFUSED_UNSAFE || outcome == Outcome.FAILED
                        ? Level.WARNING
                        : Level.INFO;
        LOG.log(
                level,
                () ->
                        "Cassette "
                                + cassette
                                + " "
                                + outcome.label()
                                + " for failed scenario "
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

    /** Logs the end-of-run summary, if any failed scenario carried the plugin's tags. */
    public void runFinished() {
        String text = summary.format(cassetteDir.toString());
        if (!text.isEmpty()) {
            LOG.log(Level.INFO, text);
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
