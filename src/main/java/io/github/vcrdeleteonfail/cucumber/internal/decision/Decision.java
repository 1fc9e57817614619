package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Status;
import org.apiguardian.api.API;

/**
 * What {@link Verdict} decided for one finished scenario: leave it alone, keep its cassettes (and
 * why), or handle the cassettes its tags and glue code select.
 */
@API(status = API.Status.INTERNAL)
public final class Decision {

    /** The reason behind a decision. */
    public enum Reason {
        /** Neither our tags nor glue registrations: nothing to do, nothing to say. */
        NOT_OURS,
        /** The final status is not a failing one. */
        NOT_A_FAILURE,
        /** The scenario carries the keep tag. */
        KEEP_TAG,
        /** The scenario carries a tag that looks like the keep tag: kept to be safe. */
        KEEP_LOOK_ALIKE,
        /** Glue code called {@code Cassettes.keep}. */
        GLUE_KEEP,
        /** The scenario failed: its selected cassettes are handled. */
        FAILED
    }

    private final Reason reason;
    private final CassetteTags tags;
    private final String detail;
    private final Status status;

    Decision(Reason reason, CassetteTags tags, String detail) {
        this.reason = requireNonNull(reason);
        this.tags = requireNonNull(tags);
        this.detail = requireNonNull(detail);
        this.status = null;
    }

    /**
     * A decision about a status, whose explanation is written only when asked for: most scenarios
     * pass, and their explanation is logged only at DEBUG.
     */
    Decision(Reason reason, CassetteTags tags, Status status) {
        this.reason = requireNonNull(reason);
        this.tags = requireNonNull(tags);
        this.detail = null;
        this.status = requireNonNull(status);
    }

    /**
     * Returns why.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Tells whether the scenario's cassettes are to be handled.
     *
     * @return true only for {@link Reason#FAILED}
     */
    public boolean handles() {
        return reason == Reason.FAILED;
    }

    /**
     * Returns what the scenario's tags select.
     *
     * @return the tags read with the configured names
     */
    public CassetteTags tags() {
        return tags;
    }

    /**
     * Explains the decision for the log, such as {@code the scenario is tagged @keep-cassette}.
     *
     * @return the explanation; user-supplied parts are not yet escaped
     */
    public String detail() {
        if (detail != null) {
            return detail;
        }
        return reason == Reason.NOT_A_FAILURE
                ? "the scenario finished " + status + ", which is not a failure"
                : "the scenario finished " + status;
    }

    @Override
    public String toString() {
        return reason + ": " + detail();
    }
}
