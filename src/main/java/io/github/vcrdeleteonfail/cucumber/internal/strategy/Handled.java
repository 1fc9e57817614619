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

    /**
     * Creates the result.
     *
     * @param target the cassette
     * @param outcome what happened
     * @param detail why or how, for the log
     */
    public Handled(Target target, Outcome outcome, String detail) {
        this.target = requireNonNull(target, "target");
        this.outcome = requireNonNull(outcome, "outcome");
        this.detail = requireNonNull(detail, "detail");
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
}
