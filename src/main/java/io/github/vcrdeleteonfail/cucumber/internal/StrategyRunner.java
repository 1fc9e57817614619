package io.github.vcrdeleteonfail.cucumber.internal;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.internal.config.PluginConfiguration;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.files.Repair;
import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import io.github.vcrdeleteonfail.cucumber.internal.files.WorkFolder;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

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
    private final Path cassetteDir;
    private final Path quarantineFolder;
    private final WorkFolder work;
    private final CassetteFolder cassettes;
    private final Map<String, Undo> units = new ConcurrentHashMap<>();

    StrategyRunner(PluginConfiguration config, String dryRunSource, String runId) {
        this.strategy = config.strategy();
        if (dryRunSource != null) {
            passiveOutcome = Outcome.DRY_RUN;
            passiveReason = "a dry run was requested by " + dryRunSource;
        } else if (config.reportOnly()) {
            passiveOutcome = Outcome.REPORT_ONLY;
            passiveReason = "report-only set by " + config.reportOnlyOrigin();
        } else {
            passiveOutcome = null;
            passiveReason = null;
        }
        this.cassetteDir = config.cassetteDir();
        this.quarantineFolder = config.quarantineDir().resolve(runId);
        this.work = WorkFolder.at(config.snapshotDir(), config.cassetteDir(), runId);
        this.cassettes = new CassetteFolder(config.cassetteDir(), work);
    }

    /** What one cassette's handling did, in the plugin's vocabulary. */
    static final class Applied {
        private final Outcome outcome;
        private final String detail;

        Applied(Outcome outcome, String detail) {
            this.outcome = outcome;
            this.detail = detail;
        }

        Outcome outcome() {
            return outcome;
        }

        String detail() {
            return detail;
        }
    }

    /** Repairs what dead runs left in the cassette folder; a passive run touches nothing. */
    void recover() {
        if (passiveOutcome != null) {
            return;
        }
        for (Repair repair : work.recover()) {
            LOG.log(
                    Level.WARNING,
                    "vcr-delete-on-fail repaired cassette "
                            + repair
                            + " (left unfinished by an earlier run that was killed)");
        }
    }

    /** Ends the run: settles units still open and removes the work folder when empty. */
    void close() {
        units.values().forEach(Undo::close);
        units.clear();
        work.close();
    }

    private static Applied applied(FileResult result) {
        switch (result.kind()) {
            case DELETED:
            case REMOVED_CREATED:
                return new Applied(Outcome.DELETED, result.detail());
            case MOVED:
                return new Applied(Outcome.QUARANTINED, result.detail());
            case RESTORED:
            case PUT_BACK:
                return new Applied(Outcome.RESTORED, result.detail());
            case ABSENT:
                return new Applied(Outcome.NOTHING_TO_DELETE, result.detail());
            case REFUSED:
                return new Applied(Outcome.REFUSED_UNSAFE, result.detail());
            case BUSY:
            case FAILED:
                return new Applied(Outcome.FAILED, result.detail());
            default:
                return new Applied(Outcome.UNCHANGED, result.detail());
        }
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
    Map<Path, Undo> snapshot(String key, Collection<Path> targets, String who) {
        Map<Path, Undo> taken = new LinkedHashMap<>();
        if (!snapshotting()) {
            return taken;
        }
        Undo unit = units.computeIfAbsent(key, cassettes::begin);
        for (Path target : targets) {
            if (taken.containsKey(target)) {
                continue;
            }
            CassettePath cassette = CassettePath.of(cassetteDir, target).path().orElse(null);
            FileResult result =
                    cassette == null
                            ? FileResult.of(FileResult.Kind.REFUSED, "unsafe path")
                            : unit.snapshot(cassette);
            switch (result.kind()) {
                case BUSY:
                case REFUSED:
                case FAILED:
                    taken.put(target, null);
                    LOG.log(
                            Level.WARNING,
                            "vcr-delete-on-fail could not snapshot "
                                    + target
                                    + " for "
                                    + who
                                    + " ("
                                    + result.detail()
                                    + "); if it fails, that cassette is left as it is");
                    break;
                default:
                    taken.put(target, unit);
            }
        }
        return taken;
    }

    /** Settles the snapshots of a scenario or guarded block. */
    void discard(String key) {
        Undo unit = units.remove(key);
        if (unit != null) {
            unit.close();
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
    Applied apply(Path target, Map<Path, Undo> snapshots, Map<String, Object> info) {
        if (passiveOutcome != null) {
            return new Applied(passiveOutcome, "would " + strategy.key() + "; " + passiveReason);
        }
        CassettePath cassette =
                CassettePath.of(cassetteDir, requireNonNull(target)).path().orElse(null);
        if (cassette == null) {
            return new Applied(Outcome.REFUSED_UNSAFE, "unsafe path");
        }
        switch (strategy) {
            case QUARANTINE:
                DumperOptions options = new DumperOptions();
                options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
                return applied(
                        cassettes.quarantine(
                                cassette, quarantineFolder, new Yaml(options).dump(info)));
            case RESTORE:
                if (!snapshots.containsKey(target)) {
                    return new Applied(
                            Outcome.FAILED,
                            "no snapshot was taken when the scenario started (register cassettes"
                                    + " before recording them); left as it is, it may be stale");
                }
                Undo unit = snapshots.get(target);
                if (unit == null) {
                    return new Applied(
                            Outcome.FAILED,
                            "its snapshot could not be taken when the scenario started; left as"
                                    + " it is, it may be stale");
                }
                return applied(unit.restore(cassette));
            case DELETE:
            default:
                return applied(cassettes.delete(cassette));
        }
    }
}
