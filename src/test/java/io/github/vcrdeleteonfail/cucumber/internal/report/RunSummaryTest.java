package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private static RunSummary.Entry entry(Outcome outcome) {
        return new RunSummary.Entry(outcome, "c.yaml", "failed", "", null, 0, null, null);
    }

    @Test
    void countsTheEntriesOfOneOutcome() {
        RunSummary summary = new RunSummary();
        summary.record(entry(Outcome.DELETED));
        summary.record(entry(Outcome.NOTHING_TO_DELETE));
        summary.record(entry(Outcome.DELETED));

        assertThat(summary.count(Outcome.DELETED)).isEqualTo(2);
        assertThat(summary.count(Outcome.NOTHING_TO_DELETE)).isEqualTo(1);
        assertThat(summary.count(Outcome.QUARANTINED)).isZero();
    }

    /** Texts given as objects are written by their toString, once, at the first use. */
    @Test
    void textsGivenAsObjectsAreWrittenAtTheFirstUseOnly() {
        int[] calls = new int[1];
        Object cassette =
                new Object() {
                    @Override
                    public String toString() {
                        calls[0]++;
                        return "users/A.yaml";
                    }
                };
        RunSummary.Entry entry =
                new RunSummary.Entry(
                        Outcome.DELETED,
                        cassette,
                        new StringBuilder("failed scenario \"A\""),
                        new StringBuilder("file deleted"),
                        null,
                        0,
                        null,
                        null);
        assertThat(calls[0]).as("not written when recorded").isZero();

        assertThat(entry.cassette()).isEqualTo("users/A.yaml");
        assertThat(entry.cassette()).isEqualTo("users/A.yaml");
        assertThat(entry.failure()).isEqualTo("failed scenario \"A\"");
        assertThat(entry.detail()).isEqualTo("file deleted");
        assertThat(calls[0]).isEqualTo(1);
    }
}
