package io.github.vcrdeleteonfail.cucumber.internal.report;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * Collects what was done with the cassettes of failures, from any thread, for the end-of-run
 * summary and the JSON report. Passing scenarios leave only a count, so its size follows the
 * failures, not the suite.
 */
@API(status = API.Status.INTERNAL)
public final class RunSummary {

    private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> notices = new ConcurrentLinkedQueue<>();
    private final AtomicLong passed = new AtomicLong();

    /** Creates an empty summary for one run. */
    public RunSummary() {}

    /** Counts a tagged scenario that passed, whose cassettes were kept; lists nothing. */
    public void keptBecausePassed() {
        passed.incrementAndGet();
    }

    /**
     * Returns how many tagged scenarios passed.
     *
     * @return the count
     */
    public long passed() {
        return passed.get();
    }

    /**
     * Records what happened to one cassette.
     *
     * @param entry the entry
     */
    public void record(Entry entry) {
        entries.add(requireNonNull(entry, "entry"));
    }

    /**
     * Keeps a warning to repeat at the end of the run, such as a misspelt tag.
     *
     * @param notice the warning, already printable
     */
    public void notice(String notice) {
        notices.add(requireNonNull(notice, "notice"));
    }

    /**
     * Returns every entry, in the order recorded.
     *
     * @return a copy
     */
    public List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /**
     * Returns the warnings to repeat at the end of the run.
     *
     * @return a copy, in the order given
     */
    public List<String> notices() {
        return new ArrayList<>(notices);
    }

    /**
     * Returns how many cassettes had the given outcome.
     *
     * @param outcome the outcome
     * @return the count
     */
    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome == outcome).count();
    }

    /** What happened to one cassette, and for which failure. */
    public static final class Entry {
        private final Outcome outcome;
        private final String cassette;
        private final String failure;
        private final String detail;
        private final URI feature;
        private final int line;
        private final String scenario;
        private final String status;

        /**
         * Creates an entry.
         *
         * @param outcome what happened
         * @param cassette the cassette relative to the cassette folder, or what named it
         * @param failure what failed, for people: {@code failed scenario "Log in"
         *     (file:/x.feature:3) FAILED}
         * @param detail why, or how
         * @param feature the feature file of the failed scenario, or null for the run or a block
         * @param line the scenario's line, or 0
         * @param scenario the scenario's name, or null
         * @param status the scenario's final status, or null
         */
        public Entry(
                Outcome outcome,
                String cassette,
                String failure,
                String detail,
                URI feature,
                int line,
                String scenario,
                String status) {
            this.outcome = requireNonNull(outcome, "outcome");
            this.cassette = requireNonNull(cassette, "cassette");
            this.failure = requireNonNull(failure, "failure");
            this.detail = requireNonNull(detail, "detail");
            this.feature = feature;
            this.line = line;
            this.scenario = scenario;
            this.status = status;
        }

        /**
         * Returns what happened.
         *
         * @return the outcome
         */
        public Outcome outcome() {
            return outcome;
        }

        /**
         * Returns the cassette as shown to users.
         *
         * @return relative to the cassette folder, or what named it
         */
        public String cassette() {
            return cassette;
        }

        /**
         * Returns what failed, as shown to users.
         *
         * @return for example {@code failed scenario "Log in" (file:/x.feature:3) FAILED}
         */
        public String failure() {
            return failure;
        }

        /**
         * Returns why, or how.
         *
         * @return the detail; may be empty
         */
        public String detail() {
            return detail;
        }

        /**
         * Returns the failed scenario's feature file.
         *
         * @return the URI, or null when the failure was not a scenario's
         */
        public URI feature() {
            return feature;
        }

        /**
         * Returns the failed scenario's line.
         *
         * @return the 1-based line, or 0
         */
        public int line() {
            return line;
        }

        /**
         * Returns the failed scenario's name.
         *
         * @return the name, or null
         */
        public String scenario() {
            return scenario;
        }

        /**
         * Returns the failed scenario's final status.
         *
         * @return such as {@code FAILED}, or null
         */
        public String status() {
            return status;
        }
    }
}
