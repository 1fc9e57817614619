package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

    private static final String NL = System.lineSeparator();

    private final RunSummary summary = new RunSummary();

    @Test
    void writesNothingWhenNothingWasRecorded() {
        summary.keptBecausePassed();

        assertThat(SummaryText.format(summary, "/repo/cassettes")).isEmpty();
    }

    @Test
    void writesOneLinePerCassetteGroupedByOutcomeInTheOrderOfTheOutcomes() {
        summary.record(
                entry(Outcome.DELETE_FAILED, "login/b", "\"Log in\" (login.feature:3)", "busy"));
        summary.record(entry(Outcome.DELETED, "login/a.yaml", "\"Log in\" (login.feature:3)", ""));
        summary.record(
                entry(
                        Outcome.REFUSED_UNSAFE,
                        "../x",
                        "\"Fetch\" (users.feature:9)",
                        "the path contains '..'"));
        summary.record(entry(Outcome.DELETED, "users/c.yaml", "\"Fetch\" (users.feature:9)", ""));

        assertThat(SummaryText.format(summary, "/repo/cassettes"))
                .isEqualTo(
                        "vcr-delete-on-fail summary for /repo/cassettes:"
                                + " 2 deleted, 1 refused as unsafe, 1 failed to delete"
                                + NL
                                + "  deleted: login/a.yaml <- \"Log in\" (login.feature:3)"
                                + NL
                                + "  deleted: users/c.yaml <- \"Fetch\" (users.feature:9)"
                                + NL
                                + "  refused as unsafe: ../x <- \"Fetch\" (users.feature:9)"
                                + " (the path contains '..')"
                                + NL
                                + "  failed to delete: login/b <- \"Log in\" (login.feature:3)"
                                + " (busy)");
    }

    @Test
    void countsThePassingTaggedScenariosInTheHeading() {
        summary.record(entry(Outcome.DELETED, "a.yaml", "A", ""));
        summary.keptBecausePassed();
        summary.keptBecausePassed();

        assertThat(SummaryText.format(summary, "/c"))
                .startsWith(
                        "vcr-delete-on-fail summary for /c: 1 deleted; 2 tagged scenarios passed,"
                                + " cassettes kept"
                                + NL);
    }

    @Test
    void listsAtMostFiftyCassettesAndCountsTheRest() {
        for (int i = 0; i < 120; i++) {
            summary.record(entry(Outcome.DELETED, "c" + i + ".yaml", "S", ""));
        }
        summary.record(entry(Outcome.DELETE_FAILED, "last.yaml", "S", "why"));

        String text = SummaryText.format(summary, "/c");

        assertThat(text.lines().filter(l -> l.startsWith("  deleted: "))).hasSize(50);
        assertThat(text).doesNotContain("last.yaml").doesNotContain("c50.yaml");
        assertThat(text)
                .contains("120 deleted, 1 failed to delete")
                .endsWith(
                        "  ... and 71 more cassettes (the JSON report, key 'report', lists them"
                                + " all)");
    }

    @Test
    void repeatsTheWarningsAtTheEnd() {
        summary.notice("The tag @keep_cassette looks like a misspelling of @keep-cassette");

        assertThat(SummaryText.format(summary, "/c"))
                .isEqualTo(
                        "vcr-delete-on-fail summary for /c: no cassette handled"
                                + NL
                                + "  warning: The tag @keep_cassette looks like a misspelling of"
                                + " @keep-cassette");
    }

    @Test
    void keepsEveryEntryRecordedFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(
                    () -> {
                        for (int i = 0; i < 1000; i++) {
                            summary.record(entry(Outcome.DELETED, thread + "/" + i, "S", ""));
                            summary.keptBecausePassed();
                        }
                    });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(summary.count(Outcome.DELETED)).isEqualTo(8000);
        assertThat(summary.passed()).isEqualTo(8000);
        assertThat(summary.entries()).hasSize(8000);
    }

    private static RunSummary.Entry entry(
            Outcome outcome, String cassette, String failure, String detail) {
        return new RunSummary.Entry(outcome, cassette, failure, detail, null, 0, null, null);
    }
}
