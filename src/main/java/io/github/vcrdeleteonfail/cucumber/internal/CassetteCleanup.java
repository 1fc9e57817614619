package io.github.vcrdeleteonfail.cucumber.internal;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.internal.config.PluginConfiguration;
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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the decision is made: for one finished scenario, reads its tags and status, selects its
 * cassettes, checks that each is safe, and has them deleted; every decision is logged with its
 * reason and kept for the run summary.
 */
public final class CassetteCleanup {

    /** The name of the plugin's logger: {@value}. */
    public static final String LOGGER_NAME = VcrDeleteOnFailPlugin.LOGGER_NAME;

    private static final Logger LOG = System.getLogger(LOGGER_NAME);

    private final PluginConfiguration config;
    private final Path cassetteDir;
    private final ScenarioCassetteNamer namer;
    private final FailureVerdict verdict;
    private final CassetteTags.Names tagNames;
    private final SafeDeleter deleter;
    private final String dryRunSource;
    private final RunSummary summary = new RunSummary();
    private final Map<String, Optional<String>> tagCorrections = new ConcurrentHashMap<>();

    /**
     * Creates the cleanup.
     *
     * @param config the validated configuration
     * @param dryRunSource where a dry run was requested, or null for a real run
     */
    public CassetteCleanup(PluginConfiguration config, String dryRunSource) {
        this.config = requireNonNull(config, "config");
        this.cassetteDir = config.cassetteDir();
        this.namer = config.namer();
        this.verdict = new FailureVerdict(config.failingStatuses());
        this.tagNames = new CassetteTags.Names(config.deleteTag(), config.keepTag());
        this.deleter = new SafeDeleter(cassetteDir);
        this.dryRunSource = dryRunSource;
    }

    /** Logs, once, what the run is going to do; called before the first scenario starts. */
    public void runStarting() {
        LOG.log(Level.DEBUG, () -> "vcr-delete-on-fail configuration: " + config);
        if (!config.enabled()) {
            LOG.log(
                    Level.INFO,
                    "vcr-delete-on-fail is disabled by "
                            + config.enabledOrigin()
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
                            + config.reportOnlyOrigin()
                            + "): decisions are logged, no cassette will be deleted");
        }
    }

    /**
     * Handles a scenario whose After hooks have all run. Does no file-system work for a scenario
     * that passed or carries none of the plugin's tags.
     *
     * @param testCase the scenario
     * @param status its final status
     */
    public void scenarioFinished(TestCase testCase, Status status) {
        if (!config.enabled()) {
            return;
        }
        List<String> allTags = testCase.getTags();
        String keepLookAlike = checkMisspelledTags(allTags, testCase);
        CassetteTags tags = tagNames.read(allTags);
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
        if (tags.keep() || keepLookAlike != null) {
            decide(
                    Outcome.KEPT_BY_TAG,
                    "all cassettes of the scenario",
                    who,
                    tags.keep()
                            ? "the scenario is tagged " + tagNames.keepTag()
                            : "the scenario is tagged "
                                    + keepLookAlike
                                    + ", which looks like "
                                    + tagNames.keepTag()
                                    + "; kept to be safe");
            return;
        }
        Map<Path, String> targets = new LinkedHashMap<>();
        if (tags.deleteDefault()) {
            for (Path named : namedCassettes(scenario, who)) {
                select(
                        CassettePath.ofPath(cassetteDir, named),
                        named.toString(),
                        "tag " + tagNames.deleteTag() + " via namer " + namer,
                        who,
                        targets);
            }
        }
        for (String tag : tags.pathTags()) {
            String text = tagNames.pathOf(tag);
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

    /**
     * Warns, once per distinct tag, about tags that look like ours but are not.
     *
     * @return a tag that looks like the keep tag, or null: such a scenario is kept, since losing a
     *     recording is worse than keeping a stale one
     */
    private String checkMisspelledTags(List<String> tags, TestCase testCase) {
        String keepLookAlike = null;
        for (String tag : tags) {
            Optional<String> correction = tagCorrections.get(tag);
            if (correction == null) {
                correction = tagNames.correctionOf(tag);
                if (tagCorrections.putIfAbsent(tag, correction) == null && correction.isPresent()) {
                    warnMisspelled(tag, correction.get(), testCase);
                }
            }
            if (correction.isPresent() && correction.get().equals(tagNames.keepTag())) {
                keepLookAlike = tag;
            }
        }
        return keepLookAlike;
    }

    private void warnMisspelled(String tag, String correction, TestCase testCase) {
        boolean keep = correction.equals(tagNames.keepTag());
        LOG.log(
                Level.WARNING,
                "The tag "
                        + tag
                        + " of "
                        + describe(testCase)
                        + " looks like a misspelling of "
                        + correction
                        + (keep
                                ? "; to be safe, scenarios with it keep their cassettes as if"
                                        + " tagged "
                                        + correction
                                : "; vcr-delete-on-fail ignores it")
                        + ". Write "
                        + correction
                        + " if that is what you meant (warned once per tag).");
    }

    private List<Path> namedCassettes(ScenarioInfo scenario, String who) {
        try {
            List<Path> named = namer.cassettesFor(scenario);
            if (named == null) {
                decide(
                        Outcome.FAILED,
                        "default cassettes",
                        who,
                        "the namer " + namer + " returned null instead of a list; fix the namer");
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
                            + "; fix the namer (tag paths were still handled)");
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
        if (config.reportOnly()) {
            decide(
                    Outcome.REPORT_ONLY,
                    shown,
                    who,
                    "from " + origin + "; report-only set by " + config.reportOnlyOrigin());
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
