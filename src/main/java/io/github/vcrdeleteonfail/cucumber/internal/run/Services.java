package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKey;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.MisspelledTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Verdict;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.Repair;
import io.github.vcrdeleteonfail.cucumber.internal.files.WorkFolder;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.DeleteStrategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.PassiveStrategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.QuarantineStrategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.RestoreStrategy;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Strategy;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;

/**
 * What a run works with once its configuration is final (at the first scenario, or the first glue
 * call that needs it): the verdict, the namer call, the selection, the strategy, the folders and
 * the summary. Built once per run; nothing here touches a file until a strategy is asked to.
 */
final class Services {

    final Configuration config;

    /** {@code config.enabled()}, read once: it is asked for every scenario. */
    final boolean enabled;

    final String runId;
    final String passiveReason;
    private final String dryRunSource;
    final CassetteTags.Names names;
    final Verdict verdict;
    final MisspelledTags misspelledTags;
    final NamerCall namer;
    final Selection selection;
    final FolderCassetteCheck folderCheck;
    final RunSummary summary = new RunSummary();
    final WorkFolder work;
    final Strategy strategy;
    final Strategy dryRunStrategy;
    final Refresh refresh;

    /** The cassette folder files are touched in, or null when nothing may be touched. */
    final CassetteFolder folder;

    Services(Configuration config, String runId, String dryRunSource) {
        this.config = config;
        this.enabled = config.enabled();
        this.runId = runId;
        this.dryRunSource = dryRunSource;
        this.names = new CassetteTags.Names(config.deleteTag(), config.keepTag());
        this.verdict = new Verdict(names, config.failingStatuses());
        this.misspelledTags = new MisspelledTags(names, new LoggedWarnings());
        this.namer = new NamerCall(config.namer(), config.cassetteDir());
        this.selection = new Selection(names, namer, config.cassetteDir());
        this.work = WorkFolder.at(config.snapshotDir(), config.cassetteDir(), runId);
        this.dryRunStrategy =
                new PassiveStrategy(
                        Outcome.DRY_RUN,
                        config.onFailure().key(),
                        "Cucumber runs this scenario as a dry run");
        String passive = null;
        Strategy chosen;
        CassetteFolder folder = null;
        if (dryRunSource != null) {
            passive = "a dry run was requested by " + dryRunSource;
            chosen = new PassiveStrategy(Outcome.DRY_RUN, config.onFailure().key(), passive);
        } else if (config.reportOnly()) {
            passive = "report-only set by " + config.origin(ConfigKey.REPORT_ONLY);
            chosen = new PassiveStrategy(Outcome.REPORT_ONLY, config.onFailure().key(), passive);
        } else {
            folder = new CassetteFolder(config.cassetteDir(), work);
            chosen = active(config, folder, runId);
        }
        this.passiveReason = passive;
        this.strategy = chosen;
        this.refresh = new Refresh(config, folder);
        this.folder = folder;
        this.folderCheck = new FolderCassetteCheck(config, folder);
    }

    private static Strategy active(Configuration config, CassetteFolder folder, String runId) {
        switch (config.onFailure()) {
            case QUARANTINE:
                return new QuarantineStrategy(folder, config.quarantineDir().resolve(runId));
            case RESTORE:
                return new RestoreStrategy(folder);
            case DELETE:
            default:
                return new DeleteStrategy(folder);
        }
    }

    /**
     * Returns the strategy for one scenario: passive when Cucumber runs it as a dry run.
     *
     * @param scenario the scenario
     * @return the strategy
     */
    Strategy strategyFor(InFlight scenario) {
        return scenario.dryRun() ? dryRunStrategy : strategy;
    }

    /** Look-alike tags are warned about in the log at once. */
    private static final class LoggedWarnings implements MisspelledTags.Warnings {
        @Override
        public void warn(String message) {
            PluginLog.warn(message);
        }
    }

    /** Says once what the run is going to do, and repairs what a run that died left behind. */
    void start() {
        if (PluginLog.debugEnabled()) {
            PluginLog.debug("vcr-delete-on-fail configuration: " + config);
        }
        if (!config.enabled()) {
            PluginLog.info(
                    "vcr-delete-on-fail is disabled by "
                            + config.origin(ConfigKey.ENABLED)
                            + ": no cassette will be touched");
            return;
        }
        if (dryRunSource != null) {
            PluginLog.info(
                    "vcr-delete-on-fail: a dry run was requested by "
                            + dryRunSource
                            + "; no cassette will be deleted, moved or restored");
            return;
        }
        if (config.reportOnly()) {
            PluginLog.info(
                    "vcr-delete-on-fail is in report-only mode ("
                            + config.origin(ConfigKey.REPORT_ONLY)
                            + "): decisions are logged, no cassette will be deleted, moved or"
                            + " restored");
            return;
        }
        if (PluginLog.debugEnabled()) {
            PluginLog.debug(
                    folder.usesFolderHandles()
                            ? "vcr-delete-on-fail works in the cassette folder through folder"
                                    + " handles (SecureDirectoryStream)"
                            : "vcr-delete-on-fail works in the cassette folder by checked paths:"
                                    + " this JDK offers no SecureDirectoryStream here (see"
                                    + " docs/safety.md)");
        }
        Reporter repaired = new Reporter(summary, "a run that died before it finished", null, null);
        Reporter waiting = new Reporter(summary, "an earlier run", null, null);
        for (Repair repair : work.recover()) {
            if (repair.cassette() == null) {
                // A run's folder left as a whole: no cassette to name, nothing repaired.
                PluginLog.warn(
                        "vcr-delete-on-fail left "
                                + Printable.of(repair.subject())
                                + " as it is: "
                                + Printable.of(repair.action()));
                continue;
            }
            String cassette = Printable.of(repair.cassette());
            if (repair.waits()) {
                waiting.record(Outcome.NOT_PUT_BACK, cassette, Printable.of(repair.action()));
            } else {
                repaired.record(Outcome.REPAIRED, cassette, Printable.of(repair.action()));
            }
        }
    }
}
