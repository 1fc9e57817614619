package io.github.vcrdeleteonfail.cucumber.internal.report;

import org.apiguardian.api.API;

/**
 * What happened to one cassette of a failure, as the log, the summary and the JSON report say it.
 * Each label says what happened, not what was attempted.
 */
@API(status = API.Status.INTERNAL)
public enum Outcome {
    /** The cassette existed and was deleted (or, with restore, the failure had created it). */
    DELETED("deleted", false),
    /** The cassette was moved into the quarantine folder. */
    QUARANTINED("quarantined", false),
    /** The cassette got back the bytes it had when the scenario started. */
    RESTORED("restored", false),
    /** The failed scenario did not change the cassette, so it stays. */
    UNCHANGED("kept (unchanged)", false),
    /** Safe refresh: the scenario passed and recorded the cassette afresh. */
    REFRESHED("refreshed", false),
    /** Safe refresh: the previous recording is back (the refresh failed, or recorded nothing). */
    KEPT_PREVIOUS("kept the previous recording", false),
    /** The cassette did not exist. */
    NOTHING_TO_DELETE("nothing to delete", false),
    /** A dry run: the cassette would have been handled. */
    DRY_RUN("kept (dry run)", false),
    /** Report-only mode: the cassette would have been handled. */
    REPORT_ONLY("kept (report-only)", false),
    /** The scenario carries the keep tag, or a tag that looks like it. */
    KEPT_BY_TAG("kept by tag", false),
    /** Glue code called {@code Cassettes.keep}. */
    KEPT_BY_GLUE("kept by glue code", false),
    /** Another JVM, or another scenario, was working on the cassette: not touched. */
    IN_USE("left alone (in use)", true),
    /** The path leaves the cassette folder, names the folder itself, or is malformed. */
    REFUSED_UNSAFE("refused as unsafe", true),
    /** The namer threw or returned nothing usable; the scenario's other cassettes were handled. */
    NAMER_FAILED("namer failed", true),
    /** Deleting failed; the cassette may be stale. */
    DELETE_FAILED("failed to delete", true),
    /** Moving into quarantine failed; the cassette may be stale. */
    QUARANTINE_FAILED("failed to quarantine", true),
    /** Putting back the previous state failed; the cassette may be stale. */
    RESTORE_FAILED("failed to restore", true),
    /** A run that died left the cassette half-handled; this run repaired it. */
    REPAIRED("repaired after a crash", true),
    /**
     * An earlier run's saved copy of the cassette cannot go back yet: a link or a file stands on
     * its way, or a recording made since stands at its place. The copy stays in the work folder,
     * and each later run tries again.
     */
    NOT_PUT_BACK("not yet put back", true);

    private final String label;
    private final boolean problem;

    Outcome(String label, boolean problem) {
        this.label = label;
        this.problem = problem;
    }

    /**
     * Returns the outcome as written in logs, the summary and the report.
     *
     * @return a short lower-case phrase
     */
    public String label() {
        return label;
    }

    /**
     * Tells whether the outcome needs the user's attention: logged as a WARNING at once.
     *
     * @return true for refusals, failures, cassettes in use and repairs
     */
    public boolean isProblem() {
        return problem;
    }
}
