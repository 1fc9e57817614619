package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Status;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Where the decision is made: from a finished scenario's tags, final status and what glue code
 * asked, decides to leave it alone, to keep its cassettes (with the reason), or to handle the
 * cassettes it selects. A pure function: no files, no logging, no state.
 *
 * <p>The rules, in order: a scenario without our tags or glue registrations is not ours; a status
 * outside {@code failing-statuses} keeps everything; the keep tag, a tag that looks like it, or a
 * glue {@code Cassettes.keep} keeps everything; otherwise the failure is handled.
 */
@API(status = API.Status.INTERNAL)
public final class Verdict {

    /**
     * The statuses that count as failed by default, as in Cucumber's own {@code rerun} plugin:
     * FAILED, PENDING, UNDEFINED and AMBIGUOUS. SKIPPED (a failed assumption) and PASSED do not.
     */
    public static final Set<Status> DEFAULT_FAILING =
            Set.copyOf(
                    EnumSet.of(Status.FAILED, Status.PENDING, Status.UNDEFINED, Status.AMBIGUOUS));

    /** Most scenarios are not ours: one decision serves them all. */
    private static final Decision NOT_OURS =
            new Decision(
                    Decision.Reason.NOT_OURS,
                    CassetteTags.DEFAULT_NAMES.read(List.of()),
                    "no cassette is selected");

    private final CassetteTags.Names names;
    private final Set<Status> failing;

    /**
     * Creates the verdict.
     *
     * @param names the delete and keep tags in use
     * @param failing the final statuses that count as failed
     */
    public Verdict(CassetteTags.Names names, Set<Status> failing) {
        this.names = requireNonNull(names, "names");
        this.failing = Set.copyOf(failing);
    }

    /**
     * Decides for one finished scenario.
     *
     * @param tags the scenario's tags, inherited ones included
     * @param status its final status, after the last After hook
     * @param keepLookAlike a tag of the scenario that looks like the keep tag, or null
     * @param glueKeep whether glue code called {@code Cassettes.keep} for it
     * @param glueCassettes whether glue code registered cassettes for it
     * @return the decision
     */
    public Decision decide(
            List<String> tags,
            Status status,
            String keepLookAlike,
            boolean glueKeep,
            boolean glueCassettes) {
        CassetteTags read = names.read(tags);
        if (read.isEmpty() && !glueKeep && !glueCassettes) {
            return NOT_OURS;
        }
        if (!failing.contains(status)) {
            return new Decision(Decision.Reason.NOT_A_FAILURE, read, status);
        }
        if (read.keep()) {
            return new Decision(
                    Decision.Reason.KEEP_TAG, read, "the scenario is tagged " + names.keepTag());
        }
        if (keepLookAlike != null) {
            return new Decision(
                    Decision.Reason.KEEP_LOOK_ALIKE,
                    read,
                    "the scenario is tagged "
                            + keepLookAlike
                            + ", which looks like "
                            + names.keepTag()
                            + "; kept to be safe");
        }
        if (glueKeep) {
            return new Decision(
                    Decision.Reason.GLUE_KEEP, read, "glue code called Cassettes.keep(scenario)");
        }
        return new Decision(Decision.Reason.FAILED, read, status);
    }

    /**
     * Tells whether a final status counts as failed.
     *
     * @param status a final status
     * @return true when it is one of the failing statuses
     */
    public boolean isFailure(Status status) {
        return failing.contains(status);
    }
}
