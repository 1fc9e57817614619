package io.github.vcrdeleteonfail.cucumber.internal.report;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * Collects what was done with the cassettes of failures, from any thread, for the end-of-run
 * summary and the JSON report. Passing scenarios leave only a count, so its size follows the
 * failures, not the suite.
 */
@API(status = API.Status.INTERNAL)
public final class RunSummary {

    // Lists guarded by themselves, not ConcurrentLinkedQueue: its VarHandle calls are slow in the
    // interpreter, where a run's few hundred failures are handled.
    private final List<Entry> entries = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
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
        requireNonNull(entry, "entry");
        synchronized (entries) {
            entries.add(entry);
        }
    }

    /**
     * Keeps a warning to repeat at the end of the run, such as a misspelt tag.
     *
     * @param notice the warning, already printable
     */
    public void notice(String notice) {
        requireNonNull(notice, "notice");
        synchronized (notices) {
            notices.add(notice);
        }
    }

    /**
     * Returns every entry, in the order recorded.
     *
     * @return a copy
     */
    public List<Entry> entries() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    /**
     * Returns the warnings to repeat at the end of the run.
     *
     * @return a copy, in the order given
     */
    public List<String> notices() {
        synchronized (notices) {
            return new ArrayList<>(notices);
        }
    }

    /**
     * Returns how many cassettes had the given outcome.
     *
     * @param outcome the outcome
     * @return the count
     */
    public long count(Outcome outcome) {
        long count = 0;
        for (Entry entry : entries()) {
            count += entry.outcome == outcome ? 1 : 0;
        }
        return count;
    }

    /**
     * What happened to one cassette, and for which failure. The texts may be given as objects whose
     * {@code toString} writes them, read once at the first use: a run with thousands of failures
     * prints fifty of them in its summary, and needs them all only for a report.
     */
    public static final class Entry {
        private final Outcome outcome;
        private Object cassette;
        private Object failure;
        private Object detail;
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
            this(outcome, (Object) cassette, failure, detail, feature, line, scenario, status);
        }

        /**
         * Creates an entry whose texts are written when first read.
         *
         * @param outcome what happened
         * @param cassette writes the cassette relative to the cassette folder, or what named it
         * @param failure writes what failed, for people
         * @param detail writes why, or how
         * @param feature the feature file of the failed scenario, or null for the run or a block
         * @param line the scenario's line, or 0
         * @param scenario the scenario's name, or null
         * @param status the scenario's final status, or null
         */
        public Entry(
                Outcome outcome,
                Object cassette,
                Object failure,
                Object detail,
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
            if (!(cassette instanceof String)) {
                cassette = cassette.toString(); // another thread may write it too: the same text
            }
            return (String) cassette;
        }

        /**
         * Returns what failed, as shown to users.
         *
         * @return for example {@code failed scenario "Log in" (file:/x.feature:3) FAILED}
         */
        public String failure() {
            if (!(failure instanceof String)) {
                failure = failure.toString();
            }
            return (String) failure;
        }

        /**
         * Returns why, or how.
         *
         * @return the detail; may be empty
         */
        public String detail() {
            if (!(detail instanceof String)) {
                detail = detail.toString();
            }
            return (String) detail;
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
