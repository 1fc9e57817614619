package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.github.vcrdeleteonfail.cucumber.internal.text.EditDistance;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The table of configuration keys: each documented with its valid values and default, and holding
 * its default, an example and its parser. Layers, lowest first: default, YAML file, glue code
 * ({@code CassetteSettings}), environment variable {@code VCR_DELETE_ON_FAIL_<KEY>}, system
 * property {@code vcr.delete-on-fail.<key>}; in the last two, lists are comma- or space-separated.
 */
@API(status = API.Status.INTERNAL)
public enum ConfigKey {
    /**
     * {@code cassette-dir}: the cassettes' root folder, relative to the working directory or
     * absolute. Refused: a file, the file-system root, the user's home, the working directory or a
     * parent of it, a folder holding {@code .git}, {@code pom.xml} or a Gradle build file. Default:
     * {@code src/test/resources/cassettes}.
     */
    CASSETTE_DIR("src/test/resources/cassettes", "src/test/resources/cassettes"),
    /**
     * {@code extension}: the default namer's file extension, such as {@code .json}, or empty for
     * folder cassettes. Default: {@code .yaml}.
     */
    EXTENSION(".yaml", ".json"),
    /**
     * {@code namer}: the name of a {@code ScenarioCassetteNamer} class with a public no-argument
     * constructor (an instance from glue code). Default: the single one registered for {@code
     * ServiceLoader}, otherwise {@code DefaultCassetteNamer} with {@link #EXTENSION}.
     */
    NAMER(null, "com.example.MyCassetteNamer"),
    /**
     * {@code failing-statuses}: the final statuses that count as failed, drawn from FAILED,
     * PENDING, UNDEFINED, AMBIGUOUS, SKIPPED in any case. Default: all but SKIPPED.
     */
    FAILING_STATUSES("FAILED,PENDING,UNDEFINED,AMBIGUOUS", "[FAILED, PENDING]"),
    /**
     * {@code delete-tag}: the tag that selects cassettes, {@code @} and a name without spaces,
     * colons or {@code @}. Default: {@code @vcr-delete-on-fail}.
     */
    DELETE_TAG("@vcr-delete-on-fail", "'@vcr-delete-on-fail'"),
    /**
     * {@code keep-tag}: the tag that keeps a scenario's cassettes, a tag other than {@link
     * #DELETE_TAG}. Default: {@code @keep-cassette}.
     */
    KEEP_TAG("@keep-cassette", "'@keep-cassette'"),
    /** {@code enabled}: {@code true}, or {@code false} to touch nothing. Default: {@code true}. */
    ENABLED("true", "false"),
    /** {@code report-only}: {@code true} to decide and report but touch nothing. Default: false. */
    REPORT_ONLY("false", "true"),
    /**
     * {@code on-failure}: {@code delete}, {@code quarantine} (move into {@link #QUARANTINE_DIR}) or
     * {@code restore} (undo what the scenario did), in any case. Default: {@code delete}.
     */
    ON_FAILURE("delete", "quarantine"),
    /**
     * {@code quarantine-dir}: where quarantined cassettes go, a folder that neither is, leads into
     * nor contains {@link #CASSETTE_DIR}. Default: {@code target/vcr-quarantine}.
     */
    QUARANTINE_DIR("target/vcr-quarantine", "target/vcr-quarantine"),
    /**
     * {@code snapshot-dir}: the recovery folder, where restore and refresh keep copies and a crash
     * journal; apart from {@link #CASSETTE_DIR} like {@link #QUARANTINE_DIR}, on the cassettes'
     * file system, safe from {@code mvn clean}. Default: {@code .vcr-delete-on-fail} beside them.
     */
    SNAPSHOT_DIR(null, "src/test/.vcr-delete-on-fail"),
    /**
     * {@code report}: the JSON report file, which every run sharing it adds its run to; {@code
     * {pid}} and {@code {run}} in it are replaced when it is written. Default: none.
     */
    REPORT(null, "target/vcr-report.json"),
    /**
     * {@code refresh}: the tagged scenarios that start without their cassettes, to record afresh:
     * {@code none}, {@code all} or a Cucumber tag expression. Default: {@code none}.
     */
    REFRESH("none", "'@payments and not @slow'"),
    /**
     * {@code refresh-older-than}: refresh only older cassettes; a positive duration such as {@code
     * 30d}, {@code 12h}, {@code 90m}, {@code 45s} or ISO-8601 {@code PT12H}. Default: none.
     */
    REFRESH_OLDER_THAN(null, "30d"),
    /**
     * {@code rerun-file}: the scenarios whose cassettes were removed, in Cucumber's rerun format;
     * placeholders as in {@link #REPORT}. Default: none.
     */
    RERUN_FILE(null, "target/vcr-rerecord.txt"),
    /**
     * {@code ci-output}: {@code auto} writes a job summary and annotations on GitHub Actions,
     * {@code off} never. Default: {@code auto}.
     */
    CI_OUTPUT("auto", "off");

    /** The names of a key: in the YAML file, as an environment variable, as a system property. */
    enum Naming {
        /** As written in the YAML file, such as {@code cassette-dir}. */
        KEY,
        /** As an environment variable, such as {@code VCR_DELETE_ON_FAIL_CASSETTE_DIR}. */
        ENVIRONMENT_VARIABLE,
        /** As a system property, such as {@code vcr.delete-on-fail.cassette-dir}. */
        SYSTEM_PROPERTY;

        String of(ConfigKey k) {
            return this == KEY
                    ? k.key
                    : this == SYSTEM_PROPERTY ? k.systemProperty() : k.variable();
        }
    }

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');
    final String defaultValue;
    final String example;

    ConfigKey(String defaultValue, String example) {
        this.defaultValue = defaultValue;
        this.example = example;
    }

    /** {@return the key as written in the YAML file, such as {@code cassette-dir}} */
    public String key() {
        return key;
    }

    String variable() {
        return "VCR_DELETE_ON_FAIL_" + name();
    }

    String systemProperty() {
        return "vcr.delete-on-fail." + key;
    }

    /** The key of that name as written in the YAML file, or null. */
    static ConfigKey byName(String key) {
        for (ConfigKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return key;
    }

    /** The key closest to a misspelt one, in any case, with dashes or underscores; or null. */
    static ConfigKey closest(String written) {
        String typo = written.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        ConfigKey closest = null;
        int best = 4;
        for (ConfigKey k : values()) {
            int distance = EditDistance.between(typo, k.key);
            if (distance < best) { // the first of equally close keys, in table order
                closest = k;
                best = distance;
            }
        }
        return closest;
    }

    /** Every key in the given naming, in table order. */
    static String list(Naming naming) {
        StringBuilder names = new StringBuilder();
        for (ConfigKey k : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(naming.of(k));
        }
        return names.toString();
    }
}
