package io.github.vcrdeleteonfail.cucumber.internal.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** The validated, immutable configuration of one plugin instance. */
public final class PluginConfiguration {

    private final Path cassetteDir;
    private final String source;

    /**
     * Creates a configuration.
     *
     * @param cassetteDir the absolute, normalised cassette folder
     * @param source where the configuration came from, for messages
     */
    public PluginConfiguration(Path cassetteDir, String source) {
        this.cassetteDir = requireNonNull(cassetteDir, "cassetteDir");
        this.source = requireNonNull(source, "source");
        if (!cassetteDir.isAbsolute()) {
            throw new IllegalArgumentException("cassetteDir must be absolute: " + cassetteDir);
        }
    }

    /**
     * Returns the absolute, normalised cassette folder.
     *
     * @return the folder; it may not exist yet
     */
    public Path cassetteDir() {
        return cassetteDir;
    }

    /**
     * Returns where the configuration came from.
     *
     * @return for example {@code file /repo/vcr.yaml} or {@code built-in defaults}
     */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "cassette-dir=" + cassetteDir + " (from " + source + ")";
    }
}
