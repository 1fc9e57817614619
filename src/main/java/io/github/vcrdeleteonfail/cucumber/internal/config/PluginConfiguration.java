package io.github.vcrdeleteonfail.cucumber.internal.config;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** The validated, immutable configuration of one plugin instance. */
public final class PluginConfiguration {

    private final Path cassetteDir;
    private final String extension;
    private final ScenarioCassetteNamer namer;
    private final String namerOrigin;
    private final Set<Status> failingStatuses;
    private final String deleteTag;
    private final String keepTag;
    private final Setting enabled;
    private final Setting reportOnly;
    private final OnFailure strategy;
    private final Path quarantineDir;
    private final Path report;
    private final Path snapshotDir;
    private final String source;

    PluginConfiguration(
            Path cassetteDir,
            String extension,
            ScenarioCassetteNamer namer,
            String namerOrigin,
            Set<Status> failingStatuses,
            String deleteTag,
            String keepTag,
            Setting enabled,
            Setting reportOnly,
            OnFailure strategy,
            Path quarantineDir,
            Path report,
            Path snapshotDir,
            String source) {
        this.cassetteDir = requireNonNull(cassetteDir, "cassetteDir");
        if (!cassetteDir.isAbsolute()) {
            throw new IllegalArgumentException("cassetteDir must be absolute: " + cassetteDir);
        }
        this.extension = requireNonNull(extension);
        this.namer = requireNonNull(namer);
        this.namerOrigin = requireNonNull(namerOrigin);
        this.failingStatuses = Set.copyOf(failingStatuses);
        this.deleteTag = requireNonNull(deleteTag);
        this.keepTag = requireNonNull(keepTag);
        this.enabled = requireNonNull(enabled);
        this.reportOnly = requireNonNull(reportOnly);
        this.strategy = requireNonNull(strategy);
        this.quarantineDir = requireNonNull(quarantineDir);
        this.report = report;
        this.snapshotDir = requireNonNull(snapshotDir);
        this.source = requireNonNull(source, "source");
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
     * Returns the default namer's extension.
     *
     * @return for example {@code .yaml}, or empty for folder cassettes
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the namer that names the default cassettes.
     *
     * @return the namer
     */
    public ScenarioCassetteNamer namer() {
        return namer;
    }

    /**
     * Returns where the namer came from, for messages.
     *
     * @return for example {@code key 'namer' from file /repo/vcr.yaml}
     */
    public String namerOrigin() {
        return namerOrigin;
    }

    /**
     * Returns the final statuses that count as failed.
     *
     * @return an unmodifiable set
     */
    public Set<Status> failingStatuses() {
        return failingStatuses;
    }

    /**
     * Returns the tag that selects cassettes.
     *
     * @return for example {@code @vcr-delete-on-fail}
     */
    public String deleteTag() {
        return deleteTag;
    }

    /**
     * Returns the tag that keeps a scenario's cassettes.
     *
     * @return for example {@code @keep-cassette}
     */
    public String keepTag() {
        return keepTag;
    }

    /**
     * Tells whether the plugin does anything at all.
     *
     * @return false when disabled
     */
    public boolean enabled() {
        return (Boolean) enabled.value();
    }

    /**
     * Tells where {@link #enabled()} was set.
     *
     * @return for example {@code system property vcr.delete-on-fail.enabled}
     */
    public String enabledOrigin() {
        return enabled.origin();
    }

    /**
     * Tells whether decisions are only reported, no file touched.
     *
     * @return true in report-only mode
     */
    public boolean reportOnly() {
        return (Boolean) reportOnly.value();
    }

    /**
     * Tells where {@link #reportOnly()} was set.
     *
     * @return for example {@code file /repo/vcr.yaml}
     */
    public String reportOnlyOrigin() {
        return reportOnly.origin();
    }

    /**
     * Returns what happens to the cassettes of failed scenarios.
     *
     * @return the strategy
     */
    public OnFailure strategy() {
        return strategy;
    }

    /**
     * Returns where quarantined cassettes go.
     *
     * @return the absolute folder; each run gets a sub-folder
     */
    public Path quarantineDir() {
        return quarantineDir;
    }

    /**
     * Returns the JSON report file, placeholders not yet replaced.
     *
     * @return the absolute path, or empty when no report is wanted
     */
    public Optional<Path> report() {
        return Optional.ofNullable(report);
    }

    /**
     * Returns where restore keeps its copies.
     *
     * @return the absolute folder; each run gets a sub-folder
     */
    public Path snapshotDir() {
        return snapshotDir;
    }

    /**
     * Returns where the file layer came from.
     *
     * @return for example {@code file /repo/vcr.yaml} or {@code built-in defaults}
     */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return ConfigKeys.CASSETTE_DIR
                + "="
                + cassetteDir
                + ", "
                + ConfigKeys.EXTENSION
                + "="
                + extension
                + ", "
                + ConfigKeys.NAMER
                + "="
                + namer
                + " ("
                + namerOrigin
                + "), "
                + ConfigKeys.FAILING_STATUSES
                + "="
                + failingStatuses
                + ", "
                + ConfigKeys.DELETE_TAG
                + "="
                + deleteTag
                + ", "
                + ConfigKeys.KEEP_TAG
                + "="
                + keepTag
                + ", "
                + ConfigKeys.ENABLED
                + "="
                + enabled()
                + ", "
                + ConfigKeys.REPORT_ONLY
                + "="
                + reportOnly()
                + ", "
                + ConfigKeys.ON_FAILURE
                + "="
                + strategy.key()
                + ", "
                + ConfigKeys.QUARANTINE_DIR
                + "="
                + quarantineDir
                + ", "
                + ConfigKeys.SNAPSHOT_DIR
                + "="
                + snapshotDir
                + ", "
                + ConfigKeys.REPORT
                + "="
                + (report == null ? "none" : report)
                + " (file layer: "
                + source
                + ")";
    }
}
