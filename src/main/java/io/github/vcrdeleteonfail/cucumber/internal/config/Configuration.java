package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/** TEMPORARY shim of the configuration contract over the old configuration. */
@API(status = API.Status.INTERNAL)
public final class Configuration {

    private final PluginConfiguration old;

    private Configuration(PluginConfiguration old) {
        this.old = old;
    }

    /**
     * Wraps the old configuration.
     *
     * @param old the old one
     * @return the new one
     */
    public static Configuration of(PluginConfiguration old) {
        return new Configuration(old);
    }

    /**
     * Returns the cassette folder.
     *
     * @return absolute
     */
    public Path cassetteDir() {
        return old.cassetteDir();
    }

    /**
     * Returns the extension.
     *
     * @return the extension
     */
    public String extension() {
        return old.extension();
    }

    /**
     * Returns the namer.
     *
     * @return the namer
     */
    public ScenarioCassetteNamer namer() {
        return old.namer();
    }

    /**
     * Returns the failing statuses.
     *
     * @return the statuses
     */
    public Set<Status> failingStatuses() {
        return old.failingStatuses();
    }

    /**
     * Returns the delete tag.
     *
     * @return the tag
     */
    public String deleteTag() {
        return old.deleteTag();
    }

    /**
     * Returns the keep tag.
     *
     * @return the tag
     */
    public String keepTag() {
        return old.keepTag();
    }

    /**
     * Tells whether enabled.
     *
     * @return whether enabled
     */
    public boolean enabled() {
        return old.enabled();
    }

    /**
     * Tells whether report-only.
     *
     * @return whether report-only
     */
    public boolean reportOnly() {
        return old.reportOnly();
    }

    /**
     * Returns the strategy.
     *
     * @return the strategy
     */
    public OnFailure onFailure() {
        return old.strategy();
    }

    /**
     * Returns the quarantine folder.
     *
     * @return absolute
     */
    public Path quarantineDir() {
        return old.quarantineDir();
    }

    /**
     * Returns the recovery folder.
     *
     * @return absolute
     */
    public Path snapshotDir() {
        return old.snapshotDir();
    }

    /**
     * Returns the report file.
     *
     * @return the file
     */
    public Optional<Path> report() {
        return old.report();
    }

    /**
     * Returns the refresh rule.
     *
     * @return none
     */
    public RefreshRule refresh() {
        return new RefreshRule();
    }

    /**
     * Returns the refresh age.
     *
     * @return empty
     */
    public Optional<Duration> refreshOlderThan() {
        return Optional.empty();
    }

    /**
     * Returns the rerun file.
     *
     * @return empty
     */
    public Optional<Path> rerunFile() {
        return Optional.empty();
    }

    /**
     * Returns the origin of a key.
     *
     * @param key the key
     * @return where it came from
     */
    public String origin(String key) {
        if (key.equals(ConfigKeys.ENABLED)) {
            return old.enabledOrigin();
        }
        if (key.equals(ConfigKeys.REPORT_ONLY)) {
            return old.reportOnlyOrigin();
        }
        if (key.equals(ConfigKeys.NAMER)) {
            return old.namerOrigin();
        }
        return old.source();
    }

    /**
     * Returns where the file layer came from.
     *
     * @return the source
     */
    public String source() {
        return old.source();
    }

    @Override
    public String toString() {
        return old.toString();
    }
}
