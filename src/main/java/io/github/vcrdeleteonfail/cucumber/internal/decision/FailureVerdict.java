package io.github.vcrdeleteonfail.cucumber.internal.decision;

import io.cucumber.plugin.event.Status;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides whether a scenario failed from its final status, the one Cucumber sends in {@code
 * TestCaseFinished} after all After hooks: the most severe status of its steps and hooks.
 */
public final class FailureVerdict {

    /**
     * The statuses that count as failed by default, as in Cucumber's own {@code rerun} plugin:
     * FAILED, PENDING, UNDEFINED and AMBIGUOUS. SKIPPED (a failed assumption) and PASSED do not.
     */
    public static final Set<Status> DEFAULT_FAILING =
            Set.copyOf(
                    EnumSet.of(Status.FAILED, Status.PENDING, Status.UNDEFINED, Status.AMBIGUOUS));

    private final Set<Status> failing;

    /**
     * Creates a verdict with the given failing statuses.
     *
     * @param failing the statuses that count as failed
     */
    public FailureVerdict(Set<Status> failing) {
        this.failing = Set.copyOf(failing);
    }

    /**
     * Creates the default verdict.
     *
     * @return a verdict over {@link #DEFAULT_FAILING}
     */
    public static FailureVerdict standard() {
        return new FailureVerdict(DEFAULT_FAILING);
    }

    /**
     * Tells whether a final status counts as failed.
     *
     * @param status the scenario's final status
     * @return true when the scenario's cassettes should be handled
     */
    public boolean isFailure(Status status) {
        return failing.contains(status);
    }
}
