package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The job summary section of one run. */
class StepSummaryTest {

    private static final Path WORKSPACE = Path.of("/w/app");

    private final RunSummary summary = new RunSummary();
    private final WorkspacePath paths =
            WorkspacePath.of(
                    CiEnvironment.of(
                            Map.of("GITHUB_WORKSPACE", WORKSPACE.toString()),
                            new PrintStream(PrintStream.nullOutputStream())));
    private final StepSummary.Run run =
            new StepSummary.Run(
                    "run1-pid2-3",
                    WORKSPACE.resolve("src/test/resources/cassettes"),
                    "delete",
                    Optional.of(WORKSPACE.resolve("target/vcr-rerecord.txt")),
                    Optional.of(WORKSPACE.resolve("target/vcr-report.json")));

    private void record(Outcome outcome, String cassette, String scenario, int line) {
        summary.record(
                new RunSummary.Entry(
                        outcome,
                        cassette,
                        "failed scenario \"" + scenario + "\"",
                        "",
                        WORKSPACE.resolve("features/users.feature").toUri(),
                        line,
                        scenario,
                        "FAILED"));
    }

    @Test
    void aRunWithNothingHandledOrNoticedWritesNothing() {
        summary.keptBecausePassed();

        assertThat(StepSummary.render(summary, run, paths)).isEmpty();
    }

    @Test
    void aHeadingWithTheCountsThenOneRowPerCassetteGroupedByOutcome() {
        record(Outcome.NOTHING_TO_DELETE, "users/B.yaml", "B", 7);
        record(Outcome.DELETED, "users/A_a.yaml", "A", 3);
        summary.keptBecausePassed();

        assertThat(StepSummary.render(summary, run, paths))
                .isEqualTo(
                        "\n### vcr-delete-on-fail: 1 deleted, 1 nothing to delete; 1 tagged"
                                + " scenario passed, cassettes kept\n\n"
                                + "| outcome | cassette | scenario | status |\n"
                                + "| --- | --- | --- | --- |\n"
                                + "| deleted | users/A\\_a.yaml | A (features/users.feature:3) |"
                                + " FAILED |\n"
                                + "| nothing to delete | users/B.yaml | B"
                                + " (features/users.feature:7) | FAILED |\n\n"
                                + "Re-record: the scenarios whose cassettes were removed are"
                                + " listed in target/vcr-rerecord.txt (key `rerun-file`).\n\n"
                                + "Run run1-pid2-3, `on-failure: delete`, cassettes in"
                                + " src/test/resources/cassettes, report target/vcr-report.json.\n");
    }

    @Test
    void theTableIsBoundedAndCountsTheRest() {
        for (int i = 0; i < StepSummary.MAX_ROWS + 7; i++) {
            record(Outcome.DELETED, "c" + i + ".yaml", "S" + i, i + 1);
        }

        String section = StepSummary.render(summary, run, paths);

        assertThat(section.lines().filter(l -> l.startsWith("| deleted |")))
                .hasSize(StepSummary.MAX_ROWS);
        assertThat(section)
                .contains(
                        "... and 7 more cassettes; the JSON report (key `report`) lists them all.");
    }

    @Test
    void aScenarioNameCannotBreakTheTable() {
        record(Outcome.DELETED, "x.yaml", "a | b\n| injected | row |", 3);

        String row =
                StepSummary.render(summary, run, paths)
                        .lines()
                        .filter(l -> l.startsWith("| deleted"))
                        .findFirst()
                        .orElseThrow();

        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(6);
        assertThat(StepSummary.render(summary, run, paths).lines().filter(l -> l.startsWith("|")))
                .hasSize(3);
    }

    @Test
    void warningsWorthRepeatingAreListed() {
        summary.notice("the tag @vcr-delete-on-fial looks like @vcr-delete-on-fail");

        assertThat(StepSummary.render(summary, run, paths))
                .contains(
                        "- warning: the tag &#64;vcr-delete-on-fial looks like"
                                + " &#64;vcr-delete-on-fail\n");
    }

    @Test
    void withoutAListTheReRecordLineIsLeftOut() {
        record(Outcome.DELETED, "x.yaml", "X", 3);
        StepSummary.Run noFiles =
                new StepSummary.Run(
                        "r", WORKSPACE.resolve("c"), "delete", Optional.empty(), Optional.empty());

        assertThat(StepSummary.render(summary, noFiles, paths))
                .doesNotContain("Re-record")
                .endsWith("Run r, `on-failure: delete`, cassettes in c.\n");
    }

    @Test
    void atMostTenWarningsThenOneLineCountingTheRest() {
        for (int i = 1; i <= 10; i++) {
            summary.notice("w" + i);
        }
        assertThat(StepSummary.render(summary, run, paths))
                .contains("- warning: w10\n")
                .doesNotContain("more warnings");

        summary.notice("w11");

        assertThat(StepSummary.render(summary, run, paths))
                .doesNotContain("- warning: w11")
                .contains("- warning: w10\n- ... and 1 more warnings\n\n");
    }

    @Test
    void withoutTaggedScenariosThatPassedTheHeadingOnlyCounts() {
        record(Outcome.DELETED, "x.yaml", "X", 3);

        assertThat(StepSummary.render(summary, run, paths))
                .startsWith("\n### vcr-delete-on-fail: 1 deleted\n\n");
    }

    @Test
    void aCassetteOfTheRunIsNamedByWhatFailed() {
        summary.record(
                new RunSummary.Entry(
                        Outcome.DELETED, "run/setup.yaml", "the run", "", null, 0, null, null));

        assertThat(StepSummary.render(summary, run, paths))
                .contains("| deleted | run/setup.yaml | the run |  |\n");
    }
}
