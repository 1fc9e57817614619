package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FailureVerdictTest {

    private static final Set<String> FAILING =
            Set.of("FAILED", "PENDING", "UNDEFINED", "AMBIGUOUS");
    private static final Set<String> NOT_FAILING = Set.of("PASSED", "SKIPPED", "UNUSED");

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"FAILED", "PENDING", "UNDEFINED", "AMBIGUOUS"})
    void countsAsAFailure(Status status) {
        assertThat(FailureVerdict.standard().isFailure(status)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"PASSED", "SKIPPED", "UNUSED"})
    void doesNotCountAsAFailure(Status status) {
        assertThat(FailureVerdict.standard().isFailure(status)).isFalse();
    }

    @Test
    void classifiesEveryStatusCucumberKnows() {
        Set<String> classified = new HashSet<>(FAILING);
        classified.addAll(NOT_FAILING);

        assertThat(EnumSet.allOf(Status.class))
                .extracting(Status::name)
                .containsExactlyInAnyOrderElementsOf(classified);
    }

    @Test
    void usesTheGivenFailingStatuses() {
        FailureVerdict verdict = new FailureVerdict(Set.of(Status.SKIPPED));

        assertThat(verdict.isFailure(Status.SKIPPED)).isTrue();
        assertThat(verdict.isFailure(Status.FAILED)).isFalse();
    }

    @Test
    void countsNothingAsAFailureWithAnEmptySet() {
        FailureVerdict verdict = new FailureVerdict(Set.of());

        assertThat(EnumSet.allOf(Status.class)).noneMatch(verdict::isFailure);
    }

    @Test
    void isNotChangedByLaterChangesToTheGivenSet() {
        Set<Status> failing = EnumSet.of(Status.FAILED);
        FailureVerdict verdict = new FailureVerdict(failing);

        failing.add(Status.PASSED);
        failing.remove(Status.FAILED);

        assertThat(verdict.isFailure(Status.FAILED)).isTrue();
        assertThat(verdict.isFailure(Status.PASSED)).isFalse();
    }
}
