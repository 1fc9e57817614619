package io.github.vcrdeleteonfail.cucumber.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Handled;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import io.github.vcrdeleteonfail.cucumber.testkit.LogCapture;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How one failure's outcomes are recorded and logged, and how user code is kept out of Cucumber.
 */
class ReporterAndGuardTest {

    private static final ScenarioInfo SCENARIO =
            ScenarioInfo.of(
                    "id", "Log in", URI.create("file:/f/login.feature"), 3, List.of(), null);

    private final RunSummary summary = new RunSummary();

    @Test
    void recordsEachCassetteWithItsScenarioAndLogsProblemsAsWarningsOnly() {
        Reporter reporter =
                new Reporter(summary, "failed scenario \"Log in\" FAILED", SCENARIO, "FAILED");
        try (LogCapture log = LogCapture.start()) {
            reporter.handled(
                    List.of(
                            new Handled(target("a.yaml"), Outcome.DELETED, "file deleted"),
                            new Handled(target("b.yaml"), Outcome.DELETE_FAILED, "denied\u202e")));

            assertThat(log.lines())
                    .containsExactly(
                            "FINE: Cassette a.yaml deleted for failed scenario \"Log in\" FAILED:"
                                    + " from tag @t: file deleted",
                            "WARNING: Cassette b.yaml failed to delete for failed scenario"
                                    + " \"Log in\" FAILED: from tag @t: denied\\u202E; the cassette may be"
                                    + " stale");
        }
        List<RunSummary.Entry> entries = summary.entries();
        assertThat(entries).hasSize(2);
        RunSummary.Entry first = entries.get(0);
        assertThat(first.feature()).isEqualTo(SCENARIO.getUri());
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.scenario()).isEqualTo("Log in");
        assertThat(first.status()).isEqualTo("FAILED");
        assertThat(first.detail()).isEqualTo("from tag @t: file deleted");
    }

    @Test
    void saysMayBeStaleOnlyForFailuresThatLeaveACassetteAsItWas() {
        Reporter reporter = new Reporter(summary, "the run", null, null);
        for (Outcome outcome : Outcome.values()) {
            reporter.record(outcome, "c", "why");
        }

        for (RunSummary.Entry entry : summary.entries()) {
            boolean stale =
                    List.of(
                                    Outcome.DELETE_FAILED,
                                    Outcome.QUARANTINE_FAILED,
                                    Outcome.RESTORE_FAILED,
                                    Outcome.NAMER_FAILED)
                            .contains(entry.outcome());
            assertThat(entry.detail())
                    .as(entry.outcome().name())
                    .isEqualTo(stale ? "why; the cassette may be stale" : "why");
            assertThat(entry.feature()).isNull();
            assertThat(entry.line()).isZero();
        }
    }

    @Test
    void reportsRefusalsAndNamerProblemsForTheScenario() {
        Reporter reporter = new Reporter(summary, "failed scenario S", SCENARIO, "FAILED");

        reporter.refused(List.of(new Refusal("../x", "tag @vcr-delete-on-fail:../x", "has '..'")));
        reporter.namerFailed(List.of("the namer N threw E; fix the namer"));

        assertThat(summary.entries())
                .extracting(e -> e.outcome() + " " + e.cassette() + " " + e.detail())
                .containsExactly(
                        "REFUSED_UNSAFE ../x from tag @vcr-delete-on-fail:../x: has '..'",
                        "NAMER_FAILED default cassettes the namer N threw E; fix the namer (the"
                                + " scenario's other cassettes were handled); the cassette may be"
                                + " stale");
    }

    @Test
    void theGuardLogsWhatAnActionThrowsStackOverflowIncludedAndTheRunGoesOn() {
        try (LogCapture log = LogCapture.start()) {
            Guard.run(
                    () -> {
                        throw new StackOverflowError("deep");
                    },
                    () -> "vcr-delete-on-fail failed while handling \"Log in\"");

            assertThat(log.records())
                    .singleElement()
                    .satisfies(
                            r -> {
                                assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.SEVERE);
                                assertThat(r.getMessage())
                                        .isEqualTo(
                                                "vcr-delete-on-fail failed while handling \"Log"
                                                        + " in\"");
                                assertThat(r.getThrown()).isInstanceOf(StackOverflowError.class);
                            });
        }
    }

    @Test
    void theGuardLetsAnOutOfMemoryErrorPassAndDescribesOnlyWhenSomethingFailed() {
        assertThatThrownBy(
                        () ->
                                Guard.run(
                                        () -> {
                                            throw new OutOfMemoryError("simulated");
                                        },
                                        () -> "unused"))
                .isInstanceOf(OutOfMemoryError.class);
        Guard.run(
                () -> {},
                () -> {
                    throw new AssertionError("described without a failure");
                });
    }

    private static Target target(String path) {
        return new Target(
                CassettePath.of(Path.of("/c"), Path.of(path)).path().orElseThrow(), "tag @t");
    }
}
