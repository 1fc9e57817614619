package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Touches nothing and says what would have been done: a dry run, or {@code report-only}. Has no
 * file-system access at all.
 */
@API(status = API.Status.INTERNAL)
public final class PassiveStrategy implements Strategy, Strategy.Unit {

    private final Outcome outcome;
    private final String detail;

    /**
     * Creates the strategy.
     *
     * @param outcome {@link Outcome#DRY_RUN} or {@link Outcome#REPORT_ONLY}
     * @param configured the {@code on-failure} value that would apply, such as {@code delete}
     * @param reason why nothing is touched, such as {@code a dry run was requested by ...}
     */
    public PassiveStrategy(Outcome outcome, String configured, String reason) {
        this.outcome = requireNonNull(outcome, "outcome");
        this.detail = "would " + configured + "; " + reason;
    }

    @Override
    public boolean prepares() {
        return false;
    }

    @Override
    public Unit open(String key) {
        return this;
    }

    @Override
    public List<Handled> prepare(List<Target> targets) {
        return List.of();
    }

    @Override
    public List<Handled> fail(List<Target> targets, FailureNote note) {
        List<Handled> handled = new ArrayList<>(targets.size());
        for (Target target : targets) {
            handled.add(new Handled(target, outcome, detail));
        }
        return handled;
    }

    @Override
    public void close() {}
}
