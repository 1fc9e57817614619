package io.github.vcrdeleteonfail.cucumber.internal.decision;

/** What happened to one cassette of a failed scenario, or to the scenario as a whole. */
public enum Outcome {
    /** The cassette existed and was deleted. */
    DELETED("deleted"),
    /** The cassette was moved into the quarantine folder. */
    QUARANTINED("quarantined"),
    /** The cassette got back the bytes it had when the scenario started. */
    RESTORED("restored"),
    /** The failed scenario did not change the cassette, so it stays. */
    UNCHANGED("kept (unchanged)"),
    /** The cassette did not exist; nothing to delete. */
    NOTHING_TO_DELETE("nothing to delete"),
    /** A dry run: the cassette would have been deleted. */
    DRY_RUN("kept (dry run)"),
    /** Report-only mode: the cassette would have been deleted. */
    REPORT_ONLY("kept (report-only)"),
    /** The scenario carries the keep tag. */
    KEPT_BY_TAG("kept by tag"),
    /** The path leaves the cassette folder, names the folder itself, or is malformed. */
    REFUSED_UNSAFE("refused as unsafe"),
    /** Deletion was attempted and failed, or the namer failed; the cassette may be stale. */
    FAILED("failed to delete");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /**
     * Returns the outcome as written in logs and the summary.
     *
     * @return a short lower-case phrase
     */
    public String label() {
        return label;
    }
}
