package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configures the plugin from glue code, before the first scenario starts (for example in a
 * {@code @BeforeAll} hook). Values are validated like those of the YAML file; they override the
 * file and are overridden by environment variables and system properties.
 *
 * <pre>{@code
 * @BeforeAll
 * public static void cassettes() {
 *     CassetteSettings.change()
 *             .namer(new DefaultCassetteNamer(".json").withSuffixes(".enc"))
 *             .failingStatuses("FAILED", "PENDING")
 *             .apply();
 * }
 * }</pre>
 */
public final class CassetteSettings {

    private final Map<String, Object> settings = new LinkedHashMap<>();

    private CassetteSettings() {}

    /**
     * Starts a change of settings; nothing happens until {@link #apply()}.
     *
     * @return a new, empty change
     */
    public static CassetteSettings change() {
        return new CassetteSettings();
    }

    /**
     * Sets {@code cassette-dir}.
     *
     * @param folder relative to the working directory, or absolute
     * @return this change
     */
    public CassetteSettings cassetteDir(Path folder) {
        return set(ConfigKeys.CASSETTE_DIR, requireNonNull(folder, "folder").toString());
    }

    /**
     * Sets {@code extension}, the default namer's file extension.
     *
     * @param extension such as {@code .json}, or empty for folder cassettes
     * @return this change
     */
    public CassetteSettings extension(String extension) {
        return set(ConfigKeys.EXTENSION, requireNonNull(extension, "extension"));
    }

    /**
     * Sets the namer of the default cassettes.
     *
     * @param namer a thread-safe namer
     * @return this change
     */
    public CassetteSettings namer(ScenarioCassetteNamer namer) {
        return set(ConfigKeys.NAMER, requireNonNull(namer, "namer"));
    }

    /**
     * Sets {@code failing-statuses}.
     *
     * @param statuses drawn from FAILED, PENDING, UNDEFINED, AMBIGUOUS, SKIPPED
     * @return this change
     */
    public CassetteSettings failingStatuses(String... statuses) {
        return set(ConfigKeys.FAILING_STATUSES, List.of(statuses));
    }

    /**
     * Sets {@code delete-tag}.
     *
     * @param tag such as {@code @vcr-delete-on-fail}
     * @return this change
     */
    public CassetteSettings deleteTag(String tag) {
        return set(ConfigKeys.DELETE_TAG, requireNonNull(tag, "tag"));
    }

    /**
     * Sets {@code keep-tag}.
     *
     * @param tag such as {@code @keep-cassette}
     * @return this change
     */
    public CassetteSettings keepTag(String tag) {
        return set(ConfigKeys.KEEP_TAG, requireNonNull(tag, "tag"));
    }

    /**
     * Sets {@code enabled}.
     *
     * @param enabled false to touch nothing
     * @return this change
     */
    public CassetteSettings enabled(boolean enabled) {
        return set(ConfigKeys.ENABLED, enabled);
    }

    /**
     * Sets {@code report-only}.
     *
     * @param reportOnly true to report decisions without touching any file
     * @return this change
     */
    public CassetteSettings reportOnly(boolean reportOnly) {
        return set(ConfigKeys.REPORT_ONLY, reportOnly);
    }

    /**
     * Sets {@code on-failure}.
     *
     * @param strategy {@code delete}, {@code quarantine} or {@code restore}
     * @return this change
     */
    public CassetteSettings onFailure(String strategy) {
        return set(ConfigKeys.ON_FAILURE, requireNonNull(strategy, "strategy"));
    }

    /**
     * Sets {@code quarantine-dir}.
     *
     * @param folder relative to the working directory, or absolute; outside {@code cassette-dir}
     * @return this change
     */
    public CassetteSettings quarantineDir(Path folder) {
        return set(ConfigKeys.QUARANTINE_DIR, requireNonNull(folder, "folder").toString());
    }

    /**
     * Sets {@code snapshot-dir}, where {@code restore} keeps its copies.
     *
     * @param folder relative to the working directory, or absolute; outside {@code cassette-dir}
     * @return this change
     */
    public CassetteSettings snapshotDir(Path folder) {
        return set(ConfigKeys.SNAPSHOT_DIR, requireNonNull(folder, "folder").toString());
    }

    /**
     * Sets {@code report}, the JSON report file.
     *
     * @param file relative to the working directory, or absolute; {@code {pid}} and {@code {run}}
     *     are replaced
     * @return this change
     */
    public CassetteSettings report(Path file) {
        return set(ConfigKeys.REPORT, requireNonNull(file, "file").toString());
    }

    /**
     * Validates the change and applies it to the plugin of the current run, on top of earlier
     * changes.
     *
     * @throws IllegalStateException once a scenario has started
     * @throws RuntimeException with a message naming the key and the fix, for an invalid value
     */
    public void apply() {
        PluginRun run = ActiveRuns.acting(null, "CassetteSettings.apply");
        if (run == null) {
            System.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME)
                    .log(Level.WARNING, ActiveRuns.message("CassetteSettings"));
            return;
        }
        run.applySettings(settings);
    }

    private CassetteSettings set(String key, Object value) {
        settings.put(key, value);
        return this;
    }
}
