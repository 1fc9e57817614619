package io.github.vcrdeleteonfail.cucumber.internal.config;

import static java.util.Objects.requireNonNull;

/** One configured value, as written, and where it came from (for messages). */
public final class Setting {

    private final Object value;
    private final String origin;

    /**
     * Creates a setting.
     *
     * @param value the raw value (text, boolean, list, number, a namer instance, or null)
     * @param origin where it came from, such as {@code file /repo/vcr.yaml}
     */
    public Setting(Object value, String origin) {
        this.value = value;
        this.origin = requireNonNull(origin, "origin");
    }

    /**
     * Returns the raw value.
     *
     * @return the value, possibly null
     */
    public Object value() {
        return value;
    }

    /**
     * Returns where the value came from.
     *
     * @return for example {@code system property vcr.delete-on-fail.enabled}
     */
    public String origin() {
        return origin;
    }
}
