package io.github.vcrdeleteonfail.cucumber.internal.decision;

import java.util.Locale;

/** What happens to the cassettes of a failed scenario: the key {@code on-failure}. */
public enum Strategy {
    /** Delete them (the Python plugin's behaviour; the default). */
    DELETE,
    /** Move them into {@code quarantine-dir} with a note of the failure. */
    QUARANTINE,
    /** Undo exactly what the failed scenario did to them. */
    RESTORE;

    /**
     * Returns the name as written in the configuration.
     *
     * @return {@code delete}, {@code quarantine} or {@code restore}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
