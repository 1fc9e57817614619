package io.github.vcrdeleteonfail.cucumber;

import java.util.Locale;

/** What happens to the cassettes of a failed scenario: the configuration key {@code on-failure}. */
public enum OnFailure {
    /** Delete them, as the Python plugin does; the default. */
    DELETE,
    /** Move them into {@code quarantine-dir}, with a note of the failure beside each. */
    QUARANTINE,
    /**
     * Undo exactly what the failed scenario did: remove what it created, put back what it changed,
     * leave the rest.
     */
    RESTORE;

    /**
     * Returns the value as written in the configuration.
     *
     * @return {@code delete}, {@code quarantine} or {@code restore}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
