package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKey;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Configures the plugin from glue code, before the first scenario starts (for example in a
 * {@code @BeforeAll} hook). Values are validated like those of the YAML file; they override the
 * file and are overridden by environment variables and system properties. Each method sets the
 * configuration key of the same name (see {@code docs/configuration.md}); a null argument throws
 * {@link NullPointerException} naming the parameter.
 *
 * <pre>{@code
 * @BeforeAll
 * public static void cassettes() {
 *     CassetteSettings.change()
 *             .namer(new DefaultCassetteNamer(".json").withSuffixes(".enc"))
 *             .failingStatuses(Status.FAILED, Status.PENDING)
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
     * Sets {@code cassette-dir}, the root folder of all cassettes.
     *
     * @param folder relative to the working directory, or absolute; never a project root or home
     * @return this change
     */
    public CassetteSettings cassetteDir(Path folder) {
        return set(ConfigKey.CASSETTE_DIR, nonNull(folder, "folder"));
    }

    /**
     * Sets {@code extension}, the default namer's file extension.
     *
     * @param extension such as {@code .json}, or empty for folder cassettes
     * @return this change
     */
    public CassetteSettings extension(String extension) {
        return set(ConfigKey.EXTENSION, nonNull(extension, "extension"));
    }

    /**
     * Sets the namer of the default cassettes.
     *
     * @param namer a thread-safe namer
     * @return this change
     */
    public CassetteSettings namer(ScenarioCassetteNamer namer) {
        return set(ConfigKey.NAMER, nonNull(namer, "namer"));
    }

    /**
     * Sets {@code failing-statuses}, the final statuses that count as failed.
     *
     * @param statuses drawn from FAILED, PENDING, UNDEFINED, AMBIGUOUS, SKIPPED, in any case
     * @return this change
     */
    public CassetteSettings failingStatuses(String... statuses) {
        return set(ConfigKey.FAILING_STATUSES, List.of(nonNull(statuses, "statuses")));
    }

    /**
     * Sets {@code failing-statuses}, the final statuses that count as failed.
     *
     * @param statuses drawn from FAILED, PENDING, UNDEFINED, AMBIGUOUS, SKIPPED
     * @return this change
     */
    public CassetteSettings failingStatuses(Status... statuses) {
        List<Status> list = List.of(nonNull(statuses, "statuses"));
        return set(ConfigKey.FAILING_STATUSES, list.isEmpty() ? Set.of() : EnumSet.copyOf(list));
    }

    /**
     * Sets {@code delete-tag}, the tag that selects cassettes.
     *
     * @param tag such as {@code @vcr-delete-on-fail}
     * @return this change
     */
    public CassetteSettings deleteTag(String tag) {
        return set(ConfigKey.DELETE_TAG, nonNull(tag, "tag"));
    }

    /**
     * Sets {@code keep-tag}, the tag that keeps every cassette of a scenario.
     *
     * @param tag such as {@code @keep-cassette}
     * @return this change
     */
    public CassetteSettings keepTag(String tag) {
        return set(ConfigKey.KEEP_TAG, nonNull(tag, "tag"));
    }

    /**
     * Sets {@code enabled}.
     *
     * @param enabled false to touch nothing
     * @return this change
     */
    public CassetteSettings enabled(boolean enabled) {
        return set(ConfigKey.ENABLED, enabled);
    }

    /**
     * Sets {@code report-only}.
     *
     * @param reportOnly true to report decisions without touching any file
     * @return this change
     */
    public CassetteSettings reportOnly(boolean reportOnly) {
        return set(ConfigKey.REPORT_ONLY, reportOnly);
    }

    /**
     * Sets {@code on-failure}, what happens to the cassettes of a failed scenario.
     *
     * @param strategy {@code delete}, {@code quarantine} or {@code restore}, in any case
     * @return this change
     */
    public CassetteSettings onFailure(String strategy) {
        return set(ConfigKey.ON_FAILURE, nonNull(strategy, "strategy"));
    }

    /**
     * Sets {@code on-failure}, what happens to the cassettes of a failed scenario.
     *
     * @param strategy the strategy
     * @return this change
     */
    public CassetteSettings onFailure(OnFailure strategy) {
        return set(ConfigKey.ON_FAILURE, nonNull(strategy, "strategy"));
    }

    /**
     * Sets {@code quarantine-dir}, where {@code quarantine} moves cassettes.
     *
     * @param folder relative to the working directory, or absolute; outside {@code cassette-dir}
     * @return this change
     */
    public CassetteSettings quarantineDir(Path folder) {
        return set(ConfigKey.QUARANTINE_DIR, nonNull(folder, "folder"));
    }

    /**
     * Sets {@code snapshot-dir}, the recovery folder where restore and refresh keep their copies.
     *
     * @param folder relative to the working directory, or absolute; outside {@code cassette-dir},
     *     on the same file system, not emptied by {@code mvn clean}
     * @return this change
     */
    public CassetteSettings snapshotDir(Path folder) {
        return set(ConfigKey.SNAPSHOT_DIR, nonNull(folder, "folder"));
    }

    /**
     * Sets {@code report}, the JSON report file.
     *
     * @param file relative to the working directory, or absolute; {@code {pid}} and {@code {run}}
     *     are replaced
     * @return this change
     */
    public CassetteSettings report(Path file) {
        return set(ConfigKey.REPORT, nonNull(file, "file"));
    }

    /**
     * Sets {@code refresh}: which tagged scenarios start without their cassettes, to record afresh.
     *
     * @param rule {@code none}, {@code all} or a Cucumber tag expression such as {@code @payments
     *     and not @slow}
     * @return this change
     */
    public CassetteSettings refresh(String rule) {
        return set(ConfigKey.REFRESH, nonNull(rule, "rule"));
    }

    /**
     * Sets {@code refresh-older-than}: only cassettes older than this are refreshed.
     *
     * @param age a positive duration
     * @return this change
     */
    public CassetteSettings refreshOlderThan(Duration age) {
        return set(ConfigKey.REFRESH_OLDER_THAN, nonNull(age, "age"));
    }

    /**
     * Sets {@code rerun-file}, the list of scenarios whose cassettes were removed, in Cucumber's
     * rerun format.
     *
     * @param file relative to the working directory, or absolute; {@code {pid}} and {@code {run}}
     *     are replaced
     * @return this change
     */
    public CassetteSettings rerunFile(Path file) {
        return set(ConfigKey.RERUN_FILE, nonNull(file, "file"));
    }

    /**
     * Sets {@code ci-output}.
     *
     * @param auto true for {@code auto} (a GitHub Actions job summary and annotations when the run
     *     is on GitHub Actions), false for {@code off}
     * @return this change
     */
    public CassetteSettings ciOutput(boolean auto) {
        return set(ConfigKey.CI_OUTPUT, auto ? "auto" : "off");
    }

    /**
     * Validates the change and applies it to the plugin of the current run, on top of earlier
     * changes. Without a registered plugin, logs a warning that says how to register it.
     *
     * @throws InvalidConfigurationException naming the key, the value and the fix, for an invalid
     *     value; the configuration in force is then unchanged
     * @throws IllegalStateException once a scenario has started
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

    private CassetteSettings set(ConfigKey key, Object value) {
        settings.put(key.key(), value);
        return this;
    }

    private static <T> T nonNull(T value, String parameter) {
        requireNonNull(value, () -> parameter + " must not be null");
        if (value instanceof Object[]) {
            Object[] array = (Object[]) value;
            for (int i = 0; i < array.length; i++) {
                int index = i;
                requireNonNull(array[i], () -> parameter + "[" + index + "] must not be null");
            }
        }
        return value;
    }
}
