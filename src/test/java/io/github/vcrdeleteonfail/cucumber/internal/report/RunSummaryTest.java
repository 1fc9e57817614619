package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private static final String NL = System.lineSeparator();

    private final RunSummary summary = new RunSummary();

    @Test
    void writesNothingWhenNothingWasRecorded() {
        assertThat(summary.format("/repo/cassettes")).isEmpty();
    }

    @Test
    void countsZeroForEveryOutcomeWhenNothingWasRecorded() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(summary.count(outcome)).as(outcome.name()).isZero();
        }
    }

    @Test
    void countsCassettesPerOutcome() {
        summary.record(Outcome.DELETED, "login/a.yaml", "Log in", "");
        summary.record(Outcome.FAILED, "login/b", "Log in", "AccessDeniedException");
        summary.record(Outcome.DELETED, "users/c.yaml", "Fetch", "");

        assertThat(summary.count(Outcome.DELETED)).isEqualTo(2);
        assertThat(summary.count(Outcome.FAILED)).isEqualTo(1);
        assertThat(summary.count(Outcome.NOTHING_TO_DELETE)).isZero();
    }

    @Test
    void writesOneLinePerCassetteGroupedByOutcome() {
        summary.record(Outcome.FAILED, "login/b", "\"Log in\" (login.feature:3)", "busy");
        summary.record(Outcome.DELETED, "login/a.yaml", "\"Log in\" (login.feature:3)", "");
        summary.record(
                Outcome.REFUSED_UNSAFE,
                "@vcr-delete-on-fail:../x",
                "\"Fetch\" (users.feature:9)",
                "the path contains '..'");
        summary.record(Outcome.DELETED, "users/c.yaml", "\"Fetch\" (users.feature:9)", "");

        assertThat(summary.format("/repo/cassettes"))
                .isEqualTo(
                        "vcr-delete-on-fail summary for /repo/cassettes:"
                                + " 2 deleted, 1 refused as unsafe, 1 failed to delete"
                                + NL
                                + "  deleted: login/a.yaml <- \"Log in\" (login.feature:3)"
                                + NL
                                + "  deleted: users/c.yaml <- \"Fetch\" (users.feature:9)"
                                + NL
                                + "  refused as unsafe: @vcr-delete-on-fail:../x <- \"Fetch\""
                                + " (users.feature:9) (the path contains '..')"
                                + NL
                                + "  failed to delete: login/b <- \"Log in\" (login.feature:3)"
                                + " (busy)");
    }

    @Test
    void countsEachOutcomeInTheHeading() {
        summary.record(Outcome.DRY_RUN, "a.yaml", "Log in", "");
        summary.record(Outcome.DRY_RUN, "b.yaml", "Log in", "");

        assertThat(summary.format("c"))
                .startsWith("vcr-delete-on-fail summary for c: 2 kept (dry run)" + NL);
    }

    @Test
    void leavesOutTheParenthesesForAnEmptyDetail() {
        summary.record(Outcome.KEPT_BY_TAG, "a.yaml", "Log in", "");

        assertThat(summary.format("c")).endsWith(NL + "  kept by tag: a.yaml <- Log in");
    }

    @Test
    void recordsFromManyThreadsWithoutLosingEntries() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 500; i++) {
                                        summary.record(
                                                Outcome.DELETED,
                                                thread + "/" + i + ".yaml",
                                                "scenario " + thread,
                                                "");
                                    }
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(summary.count(Outcome.DELETED)).isEqualTo(2000);
        assertThat(summary.format("c"))
                .startsWith("vcr-delete-on-fail summary for c: 2000 deleted");
    }
}
