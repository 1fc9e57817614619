package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.github.vcrdeleteonfail.cucumber.internal.text.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key, documented where it is defined: its name, valid values and default. Each
 * key can be set in the YAML file, overridden by the environment variable {@code
 * VCR_DELETE_ON_FAIL_<KEY>} (upper case, dashes to underscores), which the system property {@code
 * vcr.delete-on-fail.<key>} overrides in turn. Glue code can set them too ({@code
 * CassetteSettings}), above the file and below the environment.
 */
public final class ConfigKeys {

    /**
     * Root folder of all cassettes: {@value}. A path relative to the working directory, or
     * absolute; it need not exist, but must not be a file. Default: {@value #DEFAULT_CASSETTE_DIR}.
     * Nothing outside it is ever deleted.
     */
    public static final String CASSETTE_DIR = "cassette-dir";

    /** Default of {@link #CASSETTE_DIR}: {@value}. */
    public static final String DEFAULT_CASSETTE_DIR = "src/test/resources/cassettes";

    /**
     * File extension of the default namer's cassettes: {@value}. A dot followed by letters, digits,
     * dots, dashes or underscores ({@code .json} for EasyVCR), or empty for folder cassettes such
     * as WireMock recordings. Default: {@code .yaml}. Ignored by other namers.
     */
    public static final String EXTENSION = "extension";

    /**
     * Fully qualified name of the {@code ScenarioCassetteNamer} to use, with a public no-argument
     * constructor: {@value}. Default: the single namer registered for {@code
     * java.util.ServiceLoader} if there is one, otherwise {@code DefaultCassetteNamer} with {@link
     * #EXTENSION}.
     */
    public static final String NAMER = "namer";

    /**
     * Final statuses that count as failed: {@value}. A list drawn from FAILED, PENDING, UNDEFINED,
     * AMBIGUOUS and SKIPPED (any case); in overrides, comma- or space-separated. Default: FAILED,
     * PENDING, UNDEFINED, AMBIGUOUS (Cucumber's rerun rule).
     */
    public static final String FAILING_STATUSES = "failing-statuses";

    /**
     * The tag that selects cassettes: {@value}. Starts with {@code @}, no spaces or colons.
     * Default: {@code @vcr-delete-on-fail}; {@code <tag>:<path>} selects a path.
     */
    public static final String DELETE_TAG = "delete-tag";

    /**
     * The tag that keeps every cassette of a scenario: {@value}. Starts with {@code @}, no spaces
     * or colons, different from {@link #DELETE_TAG}. Default: {@code @keep-cassette}.
     */
    public static final String KEEP_TAG = "keep-tag";

    /**
     * Whether the plugin does anything: {@value}. {@code true} or {@code false}; false makes it
     * touch nothing and say so once. Default: true.
     */
    public static final String ENABLED = "enabled";

    /**
     * Whether to decide and report without touching any file: {@value}. {@code true} or {@code
     * false}. Default: false.
     */
    public static final String REPORT_ONLY = "report-only";

    /**
     * What happens to the cassettes of a failed scenario: {@value}. {@code delete} (the default),
     * {@code quarantine} (move them into {@link #QUARANTINE_DIR} with a note of the failure) or
     * {@code restore} (undo exactly what the scenario did: remove what it created, put back what it
     * changed, leave the rest).
     */
    public static final String ON_FAILURE = "on-failure";

    /**
     * Where {@code quarantine} moves cassettes: {@value}. A folder relative to the working
     * directory, or absolute, outside {@link #CASSETTE_DIR}; each run gets a sub-folder. Default:
     * {@value #DEFAULT_QUARANTINE_DIR}.
     */
    public static final String QUARANTINE_DIR = "quarantine-dir";

    /** Default of {@link #QUARANTINE_DIR}: {@value}. */
    public static final String DEFAULT_QUARANTINE_DIR = "target/vcr-quarantine";

    /**
     * A file to write the run's report to, as JSON: {@value}. Relative to the working directory, or
     * absolute; {@code {pid}} is replaced by the JVM's process id and {@code {run}} by the run's
     * id, so parallel JVM forks never overwrite each other. Default: none (no file).
     */
    public static final String REPORT = "report";

    /**
     * Where {@code restore} keeps the copies it takes when scenarios start: {@value}. A folder
     * relative to the working directory, or absolute, outside {@link #CASSETTE_DIR}; each run gets
     * a sub-folder, emptied as its scenarios end. Default: {@value #DEFAULT_SNAPSHOT_DIR}.
     */
    public static final String SNAPSHOT_DIR = "snapshot-dir";

    /** Default of {@link #SNAPSHOT_DIR}: {@value}. */
    public static final String DEFAULT_SNAPSHOT_DIR = "target/vcr-delete-on-fail/snapshots";

    /** Prefix of the system properties that override keys: {@value}. */
    public static final String SYSTEM_PROPERTY_PREFIX = "vcr.delete-on-fail.";

    /** Prefix of the environment variables that override keys: {@value}. */
    public static final String ENVIRONMENT_PREFIX = "VCR_DELETE_ON_FAIL_";

    /**
     * Name of the configuration file looked up at the classpath root when the plugin has no
     * argument: {@value}.
     */
    public static final String DEFAULT_CONFIG_RESOURCE = "vcr-delete-on-fail.yaml";

    /** Prefix of a plugin argument that names a classpath resource: {@value}. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    /** All keys, in documentation order. */
    public static final List<String> ALL =
            List.of(
                    CASSETTE_DIR,
                    EXTENSION,
                    NAMER,
                    FAILING_STATUSES,
                    DELETE_TAG,
                    KEEP_TAG,
                    ENABLED,
                    REPORT_ONLY,
                    ON_FAILURE,
                    QUARANTINE_DIR,
                    SNAPSHOT_DIR,
                    REPORT);

    private ConfigKeys() {}

    /**
     * Returns the environment variable that overrides a key.
     *
     * @param key one of {@link #ALL}
     * @return for example {@code VCR_DELETE_ON_FAIL_CASSETTE_DIR}
     */
    public static String environmentVariable(String key) {
        return ENVIRONMENT_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * Returns the system property that overrides a key.
     *
     * @param key one of {@link #ALL}
     * @return for example {@code vcr.delete-on-fail.cassette-dir}
     */
    public static String systemProperty(String key) {
        return SYSTEM_PROPERTY_PREFIX + key;
    }

    /**
     * Finds the key a misspelt one probably meant.
     *
     * @param key what was written, in any case, with dashes or underscores
     * @return the closest key, or empty when nothing is close
     */
    public static Optional<String> closest(String key) {
        String normalised = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : ALL) {
            int distance = EditDistance.between(normalised, known);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return bestDistance <= 3 ? Optional.of(best) : Optional.empty();
    }

    /**
     * Suggests the key a misspelt one probably meant.
     *
     * @param key what was written
     * @return {@code " Did you mean 'x'?"}, or empty text when nothing is close
     */
    public static String suggestion(String key) {
        return closest(key).map(k -> " Did you mean '" + k + "'?").orElse("");
    }
}
