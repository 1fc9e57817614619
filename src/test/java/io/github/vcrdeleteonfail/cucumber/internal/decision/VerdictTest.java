package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The decision, as a pure function of tags, final status and what glue code asked. */
class VerdictTest {

    private static final List<String> TAGGED = List.of("@smoke", "@vcr-delete-on-fail");

    private final Verdict verdict =
            new Verdict(CassetteTags.DEFAULT_NAMES, Verdict.DEFAULT_FAILING);

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"FAILED", "PENDING", "UNDEFINED", "AMBIGUOUS"})
    void handlesATaggedScenarioThatFinished(Status status) {
        Decision decision = verdict.decide(TAGGED, status, null, false, false);

        assertThat(decision.reason()).isEqualTo(Decision.Reason.FAILED);
        assertThat(decision.handles()).isTrue();
        assertThat(decision.tags().deleteDefault()).isTrue();
        assertThat(decision.detail()).isEqualTo("the scenario finished " + status);
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"PASSED", "SKIPPED", "UNUSED"})
    void keepsTheCassettesOfATaggedScenarioThatDidNotFail(Status status) {
        Decision decision = verdict.decide(TAGGED, status, null, false, false);

        assertThat(decision.reason()).isEqualTo(Decision.Reason.NOT_A_FAILURE);
        assertThat(decision.handles()).isFalse();
        assertThat(decision.detail()).contains(status.name()).contains("not a failure");
    }

    @Test
    void classifiesEveryStatusCucumberKnowsByTheDefaultRule() {
        Set<Status> handled = EnumSet.noneOf(Status.class);
        for (Status status : Status.values()) {
            if (verdict.decide(TAGGED, status, null, false, false).handles()) {
                handled.add(status);
            }
        }

        assertThat(handled)
                .containsExactlyInAnyOrder(
                        Status.FAILED, Status.PENDING, Status.UNDEFINED, Status.AMBIGUOUS);
    }

    @Test
    void usesTheConfiguredFailingStatuses() {
        Verdict skippedOnly = new Verdict(CassetteTags.DEFAULT_NAMES, Set.of(Status.SKIPPED));

        assertThat(skippedOnly.decide(TAGGED, Status.SKIPPED, null, false, false).handles())
                .isTrue();
        assertThat(skippedOnly.decide(TAGGED, Status.FAILED, null, false, false).handles())
                .isFalse();
    }

    @Test
    void isNotChangedByLaterChangesToTheGivenStatuses() {
        Set<Status> failing = EnumSet.of(Status.FAILED);
        Verdict copy = new Verdict(CassetteTags.DEFAULT_NAMES, failing);

        failing.clear();

        assertThat(copy.decide(TAGGED, Status.FAILED, null, false, false).handles()).isTrue();
    }

    @Test
    void leavesAloneAScenarioWithoutTagsOrRegistrationsWhateverItsStatus() {
        for (Status status : Status.values()) {
            Decision decision = verdict.decide(List.of("@smoke"), status, null, false, false);

            assertThat(decision.reason()).as(status.name()).isEqualTo(Decision.Reason.NOT_OURS);
        }
    }

    @Test
    void handlesAnUntaggedScenarioWhoseGlueRegisteredCassettes() {
        Decision decision = verdict.decide(List.of(), Status.FAILED, null, false, true);

        assertThat(decision.handles()).isTrue();
        assertThat(decision.tags().isEmpty()).isTrue();
    }

    @Test
    void theKeepTagWinsOverEveryDeleteTag() {
        Decision decision =
                verdict.decide(
                        List.of("@vcr-delete-on-fail", "@vcr-delete-on-fail:a", "@keep-cassette"),
                        Status.FAILED,
                        null,
                        false,
                        true);

        assertThat(decision.reason()).isEqualTo(Decision.Reason.KEEP_TAG);
        assertThat(decision.detail()).isEqualTo("the scenario is tagged @keep-cassette");
    }

    @Test
    void aTagThatLooksLikeTheKeepTagKeepsToBeSafe() {
        Decision decision = verdict.decide(TAGGED, Status.FAILED, "@keep_cassette", false, false);

        assertThat(decision.reason()).isEqualTo(Decision.Reason.KEEP_LOOK_ALIKE);
        assertThat(decision.detail())
                .isEqualTo(
                        "the scenario is tagged @keep_cassette, which looks like @keep-cassette;"
                                + " kept to be safe");
    }

    @Test
    void glueCodeKeepingWinsOverTagsAndRegistrations() {
        Decision decision = verdict.decide(TAGGED, Status.FAILED, null, true, true);

        assertThat(decision.reason()).isEqualTo(Decision.Reason.GLUE_KEEP);
        assertThat(decision.detail()).isEqualTo("glue code called Cassettes.keep(scenario)");
    }

    @Test
    void aPassingScenarioIsNotAFailureEvenWhenKept() {
        Decision decision =
                verdict.decide(List.of("@keep-cassette"), Status.PASSED, "@x", true, true);

        assertThat(decision.reason()).isEqualTo(Decision.Reason.NOT_A_FAILURE);
    }

    @Test
    void readsTheConfiguredTagNames() {
        Verdict custom =
                new Verdict(
                        new CassetteTags.Names("@rerecord", "@pinned"), Verdict.DEFAULT_FAILING);

        assertThat(custom.decide(TAGGED, Status.FAILED, null, false, false).reason())
                .isEqualTo(Decision.Reason.NOT_OURS);
        assertThat(custom.decide(List.of("@rerecord"), Status.FAILED, null, false, false).reason())
                .isEqualTo(Decision.Reason.FAILED);
        assertThat(
                        custom.decide(
                                        List.of("@rerecord", "@pinned"),
                                        Status.FAILED,
                                        null,
                                        false,
                                        false)
                                .detail())
                .isEqualTo("the scenario is tagged @pinned");
    }
}
