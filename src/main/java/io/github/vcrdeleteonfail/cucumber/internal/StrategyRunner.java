package io.github.vcrdeleteonfail.cucumber.internal;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.files.Quarantine;
import io.github.vcrdeleteonfail.cucumber.internal.files.SafeDeleter;
import io.github.vcrdeleteonfail.cucumber.internal.files.Snapshots;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries out the configured strategy on one cassette (delete, quarantine, restore), or only says
 * what it would do in a dry run or in report-only mode. Takes the snapshots that restore needs when
 * a scenario starts.
 */
final class StrategyRunner {

    private static final Logger LOG = System.getLogger(CassetteCleanup.LOGGER_NAME);

    private final OnFailure strategy;
    private final String passiveReason;
    private final Outcome passiveOutcome;
    private final SafeDeleter deleter;
    private final Quarantine quarantine;
    private final Snapshots snapshots;

    StrategyRunner(Configuration config, String dryRunSource, String runId) {
        this.strategy = config.onFailure();
        if (dryRunSource != null) {
            passiveOutcome = Outcome.DRY_RUN;
            passiveReason = "a dry run was requested by " + dryRunSource;
        } else if (config.reportOnly()) {
            passiveOutcome = Outcome.REPORT_ONLY;
            passiveReason = "report-only set by " + config.origin("report-only");
        } else {
            passiveOutcome = null;
            passiveReason = null;
        }
        this.deleter = new SafeDeleter(config.cassetteDir());
        this.quarantine =
                new Quarantine(config.cassetteDir(), config.quarantineDir().resolve(runId));
        this.snapshots = new Snapshots(config.cassetteDir(), config.snapshotDir().resolve(runId));
    }

    /** Tells whether snapshots are needed: restore, and files will really be touched. */
    boolean snapshotting() {
        return strategy == OnFailure.RESTORE && passiveOutcome == null;
    }

    /**
     * Snapshots cassettes before a scenario (or a guarded block) writes them.
     *
     * @return the snapshots by cassette; a cassette that could not be snapshotted maps to null
     */
    Map<Path, Snapshots.Snapshot> snapshot(String key, Collection<Path> targets, String who) {
        Map<Path, Snapshots.Snapshot> taken = new LinkedHashMap<>();
        if (!snapshotting()) {
            return taken;
        }
        for (Path target : targets) {
            if (taken.containsKey(target)) {
                continue;
            }
            try {
                taken.put(target, snapshots.take(key, target));
            } catch (IOException | RuntimeException e) {
                taken.put(target, null);
                LOG.log(
                        Level.WARNING,
                        "vcr-delete-on-fail could not snapshot "
                                + target
                                + " for "
                                + who
                                + " ("
                                + e
                                + "); if it fails, that cassette is left as it is");
            }
        }
        return taken;
    }

    /** Removes the snapshots of a scenario or guarded block; logs when that fails. */
    void discard(String key) {
        String problem = snapshots.discard(key);
        if (problem != null) {
            LOG.log(
                    Level.WARNING,
                    "vcr-delete-on-fail could not remove its snapshots of " + key + ": " + problem);
        }
    }

    /**
     * Applies the strategy to one cassette of a failure.
     *
     * @param target the absolute cassette path, lexically inside the cassette folder
     * @param snapshots the snapshots of the scenario, for restore
     * @param info what to write beside a quarantined cassette
     * @return what happened
     */
    SafeDeleter.Result apply(
            Path target, Map<Path, Snapshots.Snapshot> snapshots, Map<String, Object> info) {
        if (passiveOutcome != null) {
            return new SafeDeleter.Result(
                    passiveOutcome, "would " + strategy.key() + "; " + passiveReason);
        }
        switch (strategy) {
            case QUARANTINE:
                return quarantine.move(target, info);
            case RESTORE:
                if (!snapshots.containsKey(target)) {
                    return new SafeDeleter.Result(
                            Outcome.FAILED,
                            "no snapshot was taken when the scenario started (register cassettes"
                                    + " before recording them); left as it is, it may be stale");
                }
                Snapshots.Snapshot snapshot = snapshots.get(target);
                if (snapshot == null) {
                    return new SafeDeleter.Result(
                            Outcome.FAILED,
                            "its snapshot could not be taken when the scenario started; left as"
                                    + " it is, it may be stale");
                }
                return this.snapshots.restore(snapshot);
            case DELETE:
            default:
                return deleter.delete(requireNonNull(target));
        }
    }
}
