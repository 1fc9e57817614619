package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What happens to the cassettes of a failure: delete, quarantine, restore, or nothing at all in a
 * dry run or with {@code report-only}. Work is done in units: one per scenario, guarded block or
 * run.
 */
@API(status = API.Status.INTERNAL)
public interface Strategy {

    /**
     * Tells whether a unit must see its cassettes before they are written (restore takes copies).
     * When false, a unit costs nothing until it fails: passing scenarios touch no file.
     *
     * @return true when {@link Unit#prepare(List)} does work
     */
    boolean prepares();

    /**
     * Opens a unit of work.
     *
     * @param key a key unique within the run, safe as a file name
     * @return the unit; closed by the caller
     */
    Unit open(String key);

    /** The work of one scenario, guarded block or run. */
    interface Unit extends AutoCloseable {

        /**
         * Sees cassettes before the unit writes them; may be called several times.
         *
         * @param targets cassettes, top-most and distinct
         * @return problems worth a warning (a copy that could not be taken, a cassette in use);
         *     empty when all went well
         */
        List<Handled> prepare(List<Target> targets);

        /**
         * Tells whether a cassette was a folder when {@link #prepare} looked at it, so that nothing
         * need look again.
         *
         * @param cassette a cassette
         * @return null when this unit did not look at it
         */
        default Boolean sawFolder(CassettePath cassette) {
            return null;
        }

        /**
         * The unit failed: handles its cassettes.
         *
         * @param targets cassettes, top-most and distinct
         * @param note what failed, for quarantine notes
         * @return what happened to each
         */
        List<Handled> fail(List<Target> targets, FailureNote note);

        /** Ends the unit: copies removed, locks released. Never throws. */
        @Override
        void close();
    }
}
