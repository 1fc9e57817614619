package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/** What recovery did to one cassette left unfinished by a run that died. */
@API(status = API.Status.INTERNAL)
public final class Repair {

    private final CassettePath cassette;
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
        this.action = requireNonNull(action, "action");
        this.waits = waits;
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
     * @return the cassette
     */
    public CassettePath cassette() {
        return cassette;
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
        return cassette + ": " + action;
    }
}
