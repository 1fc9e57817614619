package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The validated, immutable configuration of one plugin instance: one value per {@link ConfigKey},
 * and where each came from. Paths are absolute and normalised.
 */
@API(status = API.Status.INTERNAL)
public final class Configuration {

    private final Map<ConfigKey, Object> values;
    private final Map<ConfigKey, String> origins;
    private final String source;

    Configuration(Map<ConfigKey, Object> values, Map<ConfigKey, String> origins, String source) {
        this.values = new EnumMap<>(values);
        this.origins = new EnumMap<>(origins);
        this.source = source;
    }

    /** {@return the cassette folder, absolute and normalised; it may not exist yet} */
    public Path cassetteDir() {
        return (Path) values.get(ConfigKey.CASSETTE_DIR);
    }

    /** {@return the default namer's extension, such as {@code .yaml}; empty for folders} */
    public String extension() {
        return (String) values.get(ConfigKey.EXTENSION);
    }

    /** {@return the namer of the default cassettes} */
    public ScenarioCassetteNamer namer() {
        return (ScenarioCassetteNamer) values.get(ConfigKey.NAMER);
    }

    /** {@return the final statuses that count as failed, unmodifiable} */
    @SuppressWarnings("unchecked")
    public Set<Status> failingStatuses() {
        return (Set<Status>) values.get(ConfigKey.FAILING_STATUSES);
    }

    /** {@return the tag that selects cassettes, such as {@code @vcr-delete-on-fail}} */
    public String deleteTag() {
        return (String) values.get(ConfigKey.DELETE_TAG);
    }

    /** {@return the tag that keeps a scenario's cassettes, such as {@code @keep-cassette}} */
    public String keepTag() {
        return (String) values.get(ConfigKey.KEEP_TAG);
    }

    /** {@return false when the plugin must touch nothing} */
    public boolean enabled() {
        return (Boolean) values.get(ConfigKey.ENABLED);
    }

    /** {@return true when decisions are only reported, no file touched} */
    public boolean reportOnly() {
        return (Boolean) values.get(ConfigKey.REPORT_ONLY);
    }

    /** {@return what happens to the cassettes of failed scenarios} */
    public OnFailure onFailure() {
        return (OnFailure) values.get(ConfigKey.ON_FAILURE);
    }

    /** {@return the absolute quarantine folder; the run adds its own sub-folder} */
    public Path quarantineDir() {
        return (Path) values.get(ConfigKey.QUARANTINE_DIR);
    }

    /** {@return the absolute recovery folder, where restore and refresh keep their copies} */
    public Path snapshotDir() {
        return (Path) values.get(ConfigKey.SNAPSHOT_DIR);
    }

    /** {@return the absolute JSON report file, placeholders not replaced; empty for none} */
    public Optional<Path> report() {
        return Optional.ofNullable((Path) values.get(ConfigKey.REPORT));
    }

    /** {@return which tagged scenarios start without their cassettes} */
    public RefreshRule refresh() {
        return (RefreshRule) values.get(ConfigKey.REFRESH);
    }

    /** {@return the age beyond which cassettes are refreshed; empty when age does not matter} */
    public Optional<Duration> refreshOlderThan() {
        return Optional.ofNullable((Duration) values.get(ConfigKey.REFRESH_OLDER_THAN));
    }

    /** {@return the absolute rerun file, placeholders not replaced; empty for none} */
    public Optional<Path> rerunFile() {
        return Optional.ofNullable((Path) values.get(ConfigKey.RERUN_FILE));
    }

    /** {@return whether to write GitHub Actions output} */
    public CiOutput ciOutput() {
        return (CiOutput) values.get(ConfigKey.CI_OUTPUT);
    }

    /**
     * Tells where a key's value came from, for messages; already escaped for printing.
     *
     * @param key a key
     * @return for example {@code file /repo/vcr.yaml}, {@code system property
     *     vcr.delete-on-fail.enabled} or {@code built-in default}
     */
    public String origin(ConfigKey key) {
        return origins.get(key);
    }

    /** {@return where the file layer came from, such as {@code file /repo/vcr.yaml}} */
    public String source() {
        return source;
    }

    /** {@return every key=value, with the origin of those not at their built-in default} */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (ConfigKey key : ConfigKey.values()) {
            Object value = values.get(key);
            String shown = value == null ? "none" : shown(value);
            text.append(text.length() == 0 ? "" : ", ").append(key).append('=');
            text.append(value instanceof Enum ? shown.toLowerCase(Locale.ROOT) : shown);
            text.append(
                    origins.get(key).equals(Setting.DEFAULT) ? "" : " (" + origins.get(key) + ")");
        }
        return Printable.of(text + " (file layer: " + source + ")");
    }

    /** A value as text; a namer whose toString throws is named by its class. */
    private static String shown(Object value) {
        try {
            return value.toString();
        } catch (Throwable thrown) {
            if (thrown instanceof OutOfMemoryError) {
                throw (OutOfMemoryError) thrown;
            }
            return value.getClass().getName();
        }
    }
}
