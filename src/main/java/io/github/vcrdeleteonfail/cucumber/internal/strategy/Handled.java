package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import org.apiguardian.api.API;

/** What a strategy did with one cassette. */
@API(status = API.Status.INTERNAL)
public final class Handled {

    private final Target target;
    private final Outcome outcome;
    private final String detail;
    private final Boolean wasFolder;

    /**
     * Creates the result.
     *
     * @param target the cassette
     * @param outcome what happened
     * @param detail why or how, for the log
     */
    public Handled(Target target, Outcome outcome, String detail) {
        this(target, outcome, detail, null);
    }

    /**
     * Creates the result of a strategy that looked at the cassette.
     *
     * @param target the cassette
     * @param outcome what happened
     * @param detail why or how, for the log
     * @param wasFolder whether the cassette was a folder; null when not known
     */
    public Handled(Target target, Outcome outcome, String detail, Boolean wasFolder) {
        this.target = requireNonNull(target, "target");
        this.outcome = requireNonNull(outcome, "outcome");
        this.detail = requireNonNull(detail, "detail");
        this.wasFolder = wasFolder;
    }

    /**
     * Returns the cassette.
     *
     * @return the target
     */
    public Target target() {
        return target;
    }

    /**
     * Returns what happened.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns why or how.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    /**
     * Tells whether the cassette was a folder when the strategy looked at it.
     *
     * @return TRUE or FALSE, or null when the strategy did not look
     */
    public Boolean wasFolder() {
        return wasFolder;
    }
}
