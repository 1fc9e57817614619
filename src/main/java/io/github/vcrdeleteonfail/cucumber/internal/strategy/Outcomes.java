package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;

/** The outcomes every strategy shares for refusals, cassettes in use and failures. */
final class Outcomes {

    private Outcomes() {}

    static Outcome problem(FileResult.Kind kind, Outcome failed) {
        switch (kind) {
            case REFUSED:
                return Outcome.REFUSED_UNSAFE;
            case BUSY:
                return Outcome.IN_USE;
            default:
                return failed;
        }
    }
}
