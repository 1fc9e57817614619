package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKey;
import io.github.vcrdeleteonfail.cucumber.internal.config.Configuration;
import io.github.vcrdeleteonfail.cucumber.internal.config.RefreshRule;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Handled;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Safe refresh ({@code refresh}, {@code refresh-older-than}): a selected scenario starts without
 * its cassettes, moved aside into the work folder before any hook runs, so a record-once recorder
 * records afresh. When it ends, a pass keeps the new recording (or puts the old one back when
 * nothing new was written); a failure removes the new one and puts the old one back byte for byte,
 * whatever {@code on-failure} says. The move is journaled: a JVM killed meanwhile leaves the old
 * recording to be put back by the next run.
 */
final class Refresh {

    private final RefreshRule rule;
    private final Duration olderThan;
    private final CassetteFolder folder;
    private final boolean active; // asked for every scenario: computed once

    /**
     * Creates the refresh of one run.
     *
     * @param config the configuration
     * @param folder the cassette folder, or null when nothing may be touched (dry run, report-only)
     */
    Refresh(Configuration config, CassetteFolder folder) {
        this.olderThan = config.refreshOlderThan().orElse(null);
        RefreshRule configured = config.refresh();
        // refresh-older-than alone means "refresh: all", narrowed by age.
        boolean ageAlone = configured.isNone() && olderThan != null && isDefault(config);
        this.rule = ageAlone ? null : configured;
        this.folder = config.enabled() ? folder : null;
        this.active = this.folder != null && (rule == null || !rule.isNone());
    }

    private static boolean isDefault(Configuration config) {
        return config.origin(ConfigKey.REFRESH).equals("built-in default");
    }

    /**
     * Tells whether the run refreshes anything at all.
     *
     * @return false when {@code refresh} is {@code none} (and no age is set), or files may not be
     *     touched
     */
    boolean active() {
        return active;
    }

    /**
     * Tells whether a scenario that starts is selected for refreshing, before its cassettes are
     * looked at.
     *
     * @param scenario the scenario
     * @return true when the run refreshes and the scenario matches {@code refresh}
     */
    boolean selects(InFlight scenario) {
        return active() && !scenario.dryRun() && (rule == null || rule.matches(scenario.tags()));
    }

    /**
     * Moves aside the existing cassettes of a scenario that refreshes.
     *
     * @param scenario the scenario that starts
     * @param targets its cassettes selected by tags, top-most and distinct
     * @return the targets not moved aside, left to the {@code on-failure} strategy
     */
    List<Target> start(InFlight scenario, List<Target> targets) {
        if (!selects(scenario) || targets.isEmpty() || !oldEnough(targets)) {
            return targets;
        }
        Undo unit = scenario.refreshUnit(folder, ScenarioHandler.key(scenario.id()));
        List<Target> left = new ArrayList<>(targets.size());
        for (Target target : targets) {
            FileResult moved = unit.moveAside(target.path());
            switch (moved.kind()) {
                case ABSENT: // nothing recorded yet: a failure removes the first recording
                    scenario.refreshed(target, true);
                    break;
                case MOVED_ASIDE:
                    scenario.refreshed(target, false);
                    break;
                default:
                    left.add(target);
                    PluginLog.warn(
                            "vcr-delete-on-fail could not move "
                                    + Printable.of(target.path())
                                    + " of scenario "
                                    + scenario
                                    + " aside to refresh it ("
                                    + Printable.of(moved.detail())
                                    + "); it is replayed as it is");
            }
        }
        return left;
    }

    /** With {@code refresh-older-than}: whether a cassette's newest file is older than that. */
    private boolean oldEnough(List<Target> targets) {
        if (olderThan == null) {
            return true;
        }
        Instant cutoff = Instant.now().minus(olderThan);
        for (Target target : targets) {
            Optional<Instant> newest = folder.newestModification(target.path());
            if (newest.isPresent() && newest.get().isBefore(cutoff)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Settles the cassettes a scenario refreshed.
     *
     * @param scenario the scenario that finished
     * @param passed whether it passed (its status is not a failing one)
     * @param status its status, for the explanation
     * @return what happened to each refreshed cassette
     */
    List<Handled> finish(InFlight scenario, boolean passed, String status) {
        List<Handled> handled = new ArrayList<>(scenario.refreshed().size());
        Undo unit = scenario.refreshUnitOrNull();
        for (Target target : scenario.refreshed()) {
            FileResult result = unit.settleRefresh(target.path(), passed);
            boolean existed = !scenario.refreshedAbsent(target.path());
            boolean nothing =
                    result.kind() == FileResult.Kind.ABSENT
                            || result.kind() == FileResult.Kind.UNCHANGED;
            if (existed || !nothing) { // nothing before and nothing after: nothing to say
                handled.add(
                        new Handled(
                                target,
                                outcome(result.kind()),
                                detail(result, existed, passed, status)));
            }
        }
        return handled;
    }

    private static Outcome outcome(FileResult.Kind kind) {
        switch (kind) {
            case REFRESHED:
                return Outcome.REFRESHED;
            case PUT_BACK:
            case UNCHANGED:
                return Outcome.KEPT_PREVIOUS;
            case REMOVED_CREATED:
                return Outcome.DELETED;
            case BUSY:
                return Outcome.IN_USE;
            case REFUSED:
                return Outcome.REFUSED_UNSAFE;
            default:
                return Outcome.RESTORE_FAILED;
        }
    }

    private static String detail(
            FileResult result, boolean existed, boolean passed, String status) {
        switch (result.kind()) {
            case REFRESHED:
                return existed
                        ? "recorded afresh, the previous recording discarded"
                        : "recorded for the first time";
            case PUT_BACK:
            case UNCHANGED:
                return passed
                        ? "nothing new was recorded, so the previous recording is back"
                        : "the refresh failed ("
                                + status
                                + "): the new recording was removed and the previous one put"
                                + " back";
            case REMOVED_CREATED:
                return "the refresh failed ("
                        + status
                        + "): the new recording was removed; there was none before";
            default:
                return result.detail();
        }
    }

    /**
     * Tells whether a cassette of the failure strategy overlaps one the scenario refreshed: such a
     * cassette is left to the refresh, which gives it back its previous recording.
     *
     * @param scenario the scenario
     * @param path a cassette selected for the failure strategy
     * @return the refreshed cassette it overlaps, or null
     */
    static CassettePath overlap(InFlight scenario, CassettePath path) {
        for (Target refreshed : scenario.refreshed()) {
            if (path.isWithin(refreshed.path()) || refreshed.path().isWithin(path)) {
                return refreshed.path();
            }
        }
        return null;
    }
}
