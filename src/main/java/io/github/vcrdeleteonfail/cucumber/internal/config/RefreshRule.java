package io.github.vcrdeleteonfail.cucumber.internal.config;

import java.util.Collection;
import org.apiguardian.api.API;

/** TEMPORARY shim: the refresh rule. */
@API(status = API.Status.INTERNAL)
public final class RefreshRule {

    RefreshRule() {}

    /**
     * Tells whether nothing refreshes.
     *
     * @return true
     */
    public boolean isNone() {
        return true;
    }

    /**
     * Tells whether tags match.
     *
     * @param tags the tags
     * @return false
     */
    public boolean matches(Collection<String> tags) {
        return false;
    }

    @Override
    public String toString() {
        return "none";
    }
}
