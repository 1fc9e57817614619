package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import org.apiguardian.api.API;

/** One cassette selected for a failure, and what selected it (for messages). */
@API(status = API.Status.INTERNAL)
public final class Target {

    private final CassettePath path;
    private final String origin;

    /**
     * Creates a target.
     *
     * @param path the cassette, relative to the cassette folder
     * @param origin what selected it, such as {@code tag @vcr-delete-on-fail:shared}
     */
    public Target(CassettePath path, String origin) {
        this.path = requireNonNull(path, "path");
        this.origin = requireNonNull(origin, "origin");
    }

    /**
     * Returns the cassette.
     *
     * @return the path relative to the cassette folder
     */
    public CassettePath path() {
        return path;
    }

    /**
     * Returns what selected the cassette.
     *
     * @return for example {@code tag @vcr-delete-on-fail via namer DefaultCassetteNamer[...]}
     */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return path + " (from " + origin + ")";
    }
}
