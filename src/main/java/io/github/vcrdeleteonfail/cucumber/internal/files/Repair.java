package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * What recovery did to one cassette left unfinished by a run that died, or why it left a run's
 * folder as a whole (its journal or lock could not be read, or it is no run of this plugin).
 */
@API(status = API.Status.INTERNAL)
public final class Repair {

    private final CassettePath cassette;
    private final Path run;
    private final String action;
    private final boolean waits;

    /**
     * Creates a repair.
     *
     * @param cassette the cassette
     * @param action what was done, a short phrase
     */
    public Repair(CassettePath cassette, String action) {
        this(cassette, action, false);
    }

    Repair(CassettePath cassette, String action, boolean waits) {
        this.cassette = requireNonNull(cassette, "cassette");
        this.run = null;
        this.action = requireNonNull(action, "action");
        this.waits = waits;
    }

    private Repair(Path run, String action) {
        this.cassette = null;
        this.run = requireNonNull(run, "run");
        this.action = requireNonNull(action, "action");
        this.waits = false;
    }

    /**
     * A run's folder left as a whole, none of its cassettes looked at: its journal or its lock
     * could not be read, or it is no run of this plugin.
     *
     * @param run the dead run's folder
     * @param action why, and what the user can do
     * @return the repair, named after the run's folder
     */
    static Repair ofRun(Path run, String action) {
        return new Repair(run, action);
    }

    /**
     * Tells whether a saved copy of the cassette waits for a later run, as something stands on its
     * way.
     *
     * @return true when the copy could not go back yet
     */
    public boolean waits() {
        return waits;
    }

    /**
     * Returns the cassette.
     *
     * @return the cassette, or null when the repair is about a dead run's folder as a whole
     */
    public CassettePath cassette() {
        return cassette;
    }

    /**
     * Returns what the repair is about, for reports: the cassette, or the run's folder when it was
     * left as a whole.
     *
     * @return the cassette's path in the cassette folder, or the run folder's path
     */
    public String subject() {
        return cassette != null ? cassette.toString() : run.toString();
    }

    /**
     * Returns what was done.
     *
     * @return a short phrase
     */
    public String action() {
        return action;
    }

    /** Returns "cassette: action", for the WARNING that names each repaired cassette. */
    @Override
    public String toString() {
        return subject() + ": " + action;
    }
}
