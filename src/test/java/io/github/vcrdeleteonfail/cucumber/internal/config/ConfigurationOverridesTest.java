package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.samplenamers.EncryptedNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.EscapingNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.ThrowingNamer;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of settings: built-in defaults, the file, glue code, environment variables and system
 * properties, each overriding the one before; and key names checked in every layer that has them.
 */
class ConfigurationOverridesTest {

    private static final String GLUE = "CassetteSettings in glue code";
    private static final String PACKAGE = "io.github.vcrdeleteonfail.cucumber.samplenamers.";

    @TempDir Path temp;

    private Path workingDir;
    private Path classpathDir;
    private URLClassLoader classLoader;
    private Path file;

    @BeforeEach
    void createFolders() throws IOException {
        Path base = temp.toRealPath();
        workingDir = Files.createDirectory(base.resolve("project"));
        classpathDir = Files.createDirectory(base.resolve("test-classes"));
        file = workingDir.resolve("vcr.yaml");
        // The test classes are visible (the sample namers), no configuration file is.
        classLoader =
                new URLClassLoader(
                        new URL[] {classpathDir.toUri().toURL()}, getClass().getClassLoader());
    }

    @AfterEach
    void closeClassLoader() throws IOException {
        classLoader.close();
    }

    // --- precedence ---

    /**
     * One key with a different valid value in each layer, and how the configuration shows it.
     * Values are listed lowest layer first: defaults, file, glue, environment, system property.
     */
    private static final class Layered {
        final String key;
        final String fileYaml;
        final Object glue;
        final String environment;
        final String property;
        final Function<Configuration, Object> read;
        final List<Function<Path, Object>> expected;

        Layered(
                String key,
                String fileYaml,
                Object glue,
                String environment,
                String property,
                Function<Configuration, Object> read,
                List<Function<Path, Object>> expected) {
            this.key = key;
            this.fileYaml = fileYaml;
            this.glue = glue;
            this.environment = environment;
            this.property = property;
            this.read = read;
            this.expected = expected;
        }

        @Override
        public String toString() {
            return key;
        }
    }

    private static List<Layered> layeredKeys() {
        return List.of(
                new Layered(
                        ConfigKeys.CASSETTE_DIR,
                        "from-file",
                        "from-glue",
                        "from-env",
                        "from-property",
                        Configuration::cassetteDir,
                        List.of(
                                wd -> wd.resolve("src/test/resources/cassettes"),
                                wd -> wd.resolve("from-file"),
                                wd -> wd.resolve("from-glue"),
                                wd -> wd.resolve("from-env"),
                                wd -> wd.resolve("from-property"))),
                new Layered(
                        ConfigKeys.EXTENSION,
                        ".file",
                        ".glue",
                        ".env",
                        ".property",
                        Configuration::extension,
                        List.of(
                                wd -> ".yaml",
                                wd -> ".file",
                                wd -> ".glue",
                                wd -> ".env",
                                wd -> ".property")),
                new Layered(
                        ConfigKeys.NAMER,
                        PACKAGE + "FlatJsonNamer",
                        new EncryptedNamer(),
                        PACKAGE + "ThrowingNamer",
                        PACKAGE + "EscapingNamer",
                        c -> c.namer().getClass(),
                        List.of(
                                wd -> DefaultCassetteNamer.class,
                                wd -> FlatJsonNamer.class,
                                wd -> EncryptedNamer.class,
                                wd -> ThrowingNamer.class,
                                wd -> EscapingNamer.class)),
                new Layered(
                        ConfigKeys.FAILING_STATUSES,
                        "[SKIPPED]",
                        List.of("PENDING"),
                        "UNDEFINED",
                        "AMBIGUOUS",
                        Configuration::failingStatuses,
                        List.of(
                                wd ->
                                        Set.of(
                                                Status.FAILED,
                                                Status.PENDING,
                                                Status.UNDEFINED,
                                                Status.AMBIGUOUS),
                                wd -> Set.of(Status.SKIPPED),
                                wd -> Set.of(Status.PENDING),
                                wd -> Set.of(Status.UNDEFINED),
                                wd -> Set.of(Status.AMBIGUOUS))),
                new Layered(
                        ConfigKeys.DELETE_TAG,
                        "'@file-delete'",
                        "@glue-delete",
                        "@env-delete",
                        "@property-delete",
                        Configuration::deleteTag,
                        List.of(
                                wd -> "@vcr-delete-on-fail",
                                wd -> "@file-delete",
                                wd -> "@glue-delete",
                                wd -> "@env-delete",
                                wd -> "@property-delete")),
                new Layered(
                        ConfigKeys.KEEP_TAG,
                        "'@file-keep'",
                        "@glue-keep",
                        "@env-keep",
                        "@property-keep",
                        Configuration::keepTag,
                        List.of(
                                wd -> "@keep-cassette",
                                wd -> "@file-keep",
                                wd -> "@glue-keep",
                                wd -> "@env-keep",
                                wd -> "@property-keep")),
                new Layered(
                        ConfigKeys.ENABLED,
                        "false",
                        true,
                        "false",
                        "true",
                        Configuration::enabled,
                        List.of(wd -> true, wd -> false, wd -> true, wd -> false, wd -> true)),
                new Layered(
                        ConfigKeys.REPORT_ONLY,
                        "true",
                        false,
                        "true",
                        "false",
                        Configuration::reportOnly,
                        List.of(wd -> false, wd -> true, wd -> false, wd -> true, wd -> false)));
    }

    static Stream<Arguments> keysAndTopLayers() {
        return layeredKeys().stream()
                .flatMap(
                        layered ->
                                Stream.of(0, 1, 2, 3, 4)
                                        .map(top -> Arguments.of(layered, top, layerName(top))));
    }

    private static String layerName(int layer) {
        return List.of("defaults", "file", "glue", "environment", "system property").get(layer);
    }

    @ParameterizedTest(name = "{0} set up to {2}")
    @MethodSource("keysAndTopLayers")
    void theHighestLayerThatSetsAKeyWins(Layered layered, int top, String topName)
            throws IOException {
        Configuration configuration = upTo(layered, top);

        assertThat(layered.read.apply(configuration))
                .isEqualTo(layered.expected.get(top).apply(workingDir));
    }

    @ParameterizedTest(name = "{0} set in the file and the system property only")
    @MethodSource("layeredKeysOnly")
    void aSystemPropertyWinsOverTheFileWithoutTheLayersBetween(Layered layered) throws IOException {
        Files.writeString(file, layered.key + ": " + layered.fileYaml + "\n");

        Configuration configuration =
                loader(Map.of(ConfigKeys.systemProperty(layered.key), layered.property), Map.of())
                        .read("vcr.yaml")
                        .resolve(Map.of());

        assertThat(layered.read.apply(configuration))
                .isEqualTo(layered.expected.get(4).apply(workingDir));
    }

    @ParameterizedTest(name = "{0} set in glue code and the environment only")
    @MethodSource("layeredKeysOnly")
    void anEnvironmentVariableWinsOverGlueCodeWithoutAFile(Layered layered) {
        Configuration configuration =
                loader(
                                Map.of(),
                                Map.of(
                                        ConfigKeys.environmentVariable(layered.key),
                                        layered.environment))
                        .read(null)
                        .resolve(Map.of(layered.key, layered.glue));

        assertThat(layered.read.apply(configuration))
                .isEqualTo(layered.expected.get(3).apply(workingDir));
    }

    static Stream<Layered> layeredKeysOnly() {
        return layeredKeys().stream();
    }

    @Test
    void namesEachLayerAsTheOriginOfEnabledReportOnlyAndTheNamer() throws IOException {
        for (int top = 0; top <= 4; top++) {
            assertThat(upTo(layered(ConfigKeys.ENABLED), top).origin("enabled"))
                    .as("enabled up to %s", layerName(top))
                    .isEqualTo(expectedOrigin(ConfigKeys.ENABLED, top));
            assertThat(upTo(layered(ConfigKeys.REPORT_ONLY), top).origin("report-only"))
                    .as("report-only up to %s", layerName(top))
                    .isEqualTo(expectedOrigin(ConfigKeys.REPORT_ONLY, top));
            assertThat(upTo(layered(ConfigKeys.NAMER), top).origin("namer"))
                    .as("namer up to %s", layerName(top))
                    .isEqualTo(
                            top == 0
                                    ? "built-in defaults"
                                    : "key 'namer' from " + expectedOrigin(ConfigKeys.NAMER, top));
        }
    }

    private String expectedOrigin(String key, int layer) {
        switch (layer) {
            case 0:
                return "built-in defaults";
            case 1:
                return "file " + file;
            case 2:
                return GLUE;
            case 3:
                return "environment variable VCR_DELETE_ON_FAIL_"
                        + key.toUpperCase().replace('-', '_');
            default:
                return "system property vcr.delete-on-fail." + key;
        }
    }

    @Test
    void anOverrideReplacesOnlyItsOwnKeyAndKeepsTheFileValuesOfTheOthers() throws IOException {
        Files.writeString(
                file,
                "cassette-dir: recorded\nextension: .json\nenabled: false\nkeep-tag: '@pinned'\n");

        Configuration configuration =
                loader(
                                Map.of("vcr.delete-on-fail.extension", ".txt"),
                                Map.of("VCR_DELETE_ON_FAIL_ENABLED", "true"))
                        .read("vcr.yaml")
                        .resolve(Map.of(ConfigKeys.DELETE_TAG, "@glued"));

        assertThat(configuration.cassetteDir()).isEqualTo(workingDir.resolve("recorded"));
        assertThat(configuration.extension()).isEqualTo(".txt");
        assertThat(configuration.enabled()).isTrue();
        assertThat(configuration.origin("enabled"))
                .isEqualTo("environment variable VCR_DELETE_ON_FAIL_ENABLED");
        assertThat(configuration.origin("report-only")).isEqualTo("built-in defaults");
        assertThat(configuration.keepTag()).isEqualTo("@pinned");
        assertThat(configuration.deleteTag()).isEqualTo("@glued");
        assertThat(configuration.source()).isEqualTo("file " + file);
    }

    @Test
    void theDefaultNamerUsesTheExtensionOfTheWinningLayer() throws IOException {
        Files.writeString(file, "extension: .json\n");

        Configuration configuration =
                loader(Map.of(), Map.of("VCR_DELETE_ON_FAIL_EXTENSION", ".har"))
                        .read("vcr.yaml")
                        .resolve(Map.of());

        assertThat(configuration.namer()).isInstanceOf(DefaultCassetteNamer.class);
        assertThat(configuration.namer()).hasToString("DefaultCassetteNamer[extension=.har]");
    }

    @Test
    void anInvalidOverrideIsReportedWithItsOwnOriginEvenOverAValidFile() throws IOException {
        Files.writeString(file, "enabled: true\n");

        assertThatThrownBy(
                        () ->
                                loader(Map.of("vcr.delete-on-fail.enabled", "yes please"), Map.of())
                                        .load("vcr.yaml"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(
                        "the key 'enabled' from system property vcr.delete-on-fail.enabled")
                .hasMessageContaining("must be true or false")
                .hasMessageContaining("the text 'yes please'");
    }

    @Test
    void anInvalidGlueValueIsReportedAsComingFromGlueCode() {
        assertThatThrownBy(
                        () ->
                                loader(Map.of(), Map.of())
                                        .read(null)
                                        .resolve(Map.of(ConfigKeys.EXTENSION, "json")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("the key 'extension' from CassetteSettings in glue code")
                .hasMessageContaining("Did you mean '.json'?");
    }

    @Test
    void ignoresSystemPropertiesAndVariablesWithoutThePrefix() throws IOException {
        Configuration configuration =
                loader(
                                Map.of(
                                        "enabled", "maybe",
                                        "vcr.delete-on-failX.enabled", "maybe",
                                        "cucumber.plugin", "pretty"),
                                Map.of(
                                        "ENABLED", "maybe",
                                        "VCR_DELETE_ON_FAILS", "maybe",
                                        "PATH", "/usr/bin"))
                        .load(null);

        assertThat(configuration.enabled()).isTrue();
        assertThat(configuration.origin("enabled")).isEqualTo("built-in defaults");
    }

    @Test
    void acceptsAnEnvironmentVariableWrittenWithDashesOrInLowerCase() {
        Configuration configuration =
                loader(
                                Map.of(),
                                Map.of(
                                        "VCR_DELETE_ON_FAIL_report_only", "true",
                                        "VCR_DELETE_ON_FAIL_CASSETTE-DIR", "dashed"))
                        .load(null);

        assertThat(configuration.reportOnly()).isTrue();
        assertThat(configuration.origin("report-only"))
                .isEqualTo("environment variable VCR_DELETE_ON_FAIL_report_only");
        assertThat(configuration.cassetteDir()).isEqualTo(workingDir.resolve("dashed"));
    }

    // --- a typo in any key fails the run with a message that names it ---

    static Stream<Arguments> misspeltKeys() {
        List<Arguments> arguments = new ArrayList<>();
        for (String key : ConfigKeys.ALL) {
            arguments.add(Arguments.of(key, dropALetter(key), "dropped letter"));
            arguments.add(Arguments.of(key, swapTwoLetters(key), "swapped letters"));
            arguments.add(Arguments.of(key, key + "s", "extra letter"));
        }
        return arguments.stream();
    }

    private static String dropALetter(String key) {
        int index = key.length() / 2;
        return key.substring(0, index) + key.substring(index + 1);
    }

    private static String swapTwoLetters(String key) {
        for (int i = 1; i + 1 < key.length(); i++) {
            if (key.charAt(i) != key.charAt(i + 1)) {
                return key.substring(0, i)
                        + key.charAt(i + 1)
                        + key.charAt(i)
                        + key.substring(i + 2);
            }
        }
        throw new IllegalArgumentException("no two different neighbours in " + key);
    }

    @Test
    void theTyposAreRealTypos() {
        for (String key : ConfigKeys.ALL) {
            assertThat(List.of(dropALetter(key), swapTwoLetters(key), key + "s"))
                    .doesNotContain(key)
                    .doesNotContainAnyElementsOf(ConfigKeys.ALL);
        }
    }

    @ParameterizedTest(name = "{0} as {1} ({2}) in the file")
    @MethodSource("misspeltKeys")
    void aMisspeltKeyInTheFileFailsNamingItAndTheRightKey(String key, String typo, String kind)
            throws IOException {
        Files.writeString(file, "cassette-dir: c\n" + typo + ": x\n");

        assertThatThrownBy(() -> loader(Map.of(), Map.of()).load("vcr.yaml"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("Unknown key '" + typo + "'")
                .hasMessageContaining("file " + file)
                .hasMessageContaining("Did you mean '" + key + "'?");
    }

    @ParameterizedTest(name = "{0} as {1} ({2}) in a system property")
    @MethodSource("misspeltKeys")
    void aMisspeltKeyInASystemPropertyFailsNamingItAndTheRightProperty(
            String key, String typo, String kind) {
        String property = "vcr.delete-on-fail." + typo;

        assertThatThrownBy(() -> loader(Map.of(property, "x"), Map.of()).load(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("system property " + property + ".")
                .hasMessageContaining("Did you mean vcr.delete-on-fail." + key + "?")
                .hasMessageContaining("Valid properties: vcr.delete-on-fail.cassette-dir, ");
    }

    @ParameterizedTest(name = "{0} as {1} ({2}) in an environment variable")
    @MethodSource("misspeltKeys")
    void aMisspeltKeyInAnEnvironmentVariableFailsNamingItAndTheRightVariable(
            String key, String typo, String kind) {
        String variable = "VCR_DELETE_ON_FAIL_" + typo.toUpperCase().replace('-', '_');
        String right = "VCR_DELETE_ON_FAIL_" + key.toUpperCase().replace('-', '_');

        assertThatThrownBy(() -> loader(Map.of(), Map.of(variable, "x")).load(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("environment variable " + variable + ".")
                .hasMessageContaining("Did you mean " + right + "?")
                .hasMessageContaining("Valid variables: VCR_DELETE_ON_FAIL_CASSETTE_DIR, ");
    }

    @Test
    void aMisspeltOverrideFailsEvenWhenTheFileIsValid() throws IOException {
        Files.writeString(file, "enabled: true\n");

        assertThatThrownBy(
                        () ->
                                loader(Map.of(), Map.of("VCR_DELETE_ON_FAIL_ENABLE", "false"))
                                        .load("vcr.yaml"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("VCR_DELETE_ON_FAIL_ENABLE.")
                .hasMessageContaining("Did you mean VCR_DELETE_ON_FAIL_ENABLED?");
    }

    @Test
    void aSystemPropertyWithAnUnrelatedKeyFailsWithoutASuggestion() {
        assertThatThrownBy(
                        () ->
                                loader(Map.of("vcr.delete-on-fail.colour", "red"), Map.of())
                                        .load(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("vcr.delete-on-fail.colour")
                .hasMessageNotContaining("Did you mean")
                .hasMessageContaining(
                        "Valid properties: "
                                + ConfigKeys.ALL.stream()
                                        .map(ConfigKeys::systemProperty)
                                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    // --- lists in overrides ---

    static Stream<String> twoStatusesWritten() {
        return Stream.of(
                "FAILED,PENDING",
                "FAILED PENDING",
                "failed, pending",
                " Failed ,\tPending ",
                "FAILED,,PENDING,");
    }

    @ParameterizedTest
    @MethodSource("twoStatusesWritten")
    void readsAStatusListFromASystemPropertyCommaOrSpaceSeparated(String written) {
        Configuration configuration =
                loader(Map.of("vcr.delete-on-fail.failing-statuses", written), Map.of()).load(null);

        assertThat(configuration.failingStatuses())
                .containsExactlyInAnyOrder(Status.FAILED, Status.PENDING);
    }

    @ParameterizedTest
    @MethodSource("twoStatusesWritten")
    void readsAStatusListFromAnEnvironmentVariableCommaOrSpaceSeparated(String written) {
        Configuration configuration =
                loader(Map.of(), Map.of("VCR_DELETE_ON_FAIL_FAILING_STATUSES", written)).load(null);

        assertThat(configuration.failingStatuses())
                .containsExactlyInAnyOrder(Status.FAILED, Status.PENDING);
    }

    @ParameterizedTest
    @MethodSource("yamlStatusLists")
    void readsAStatusListFromTheFile(String yaml) throws IOException {
        Files.writeString(file, yaml);

        assertThat(loader(Map.of(), Map.of()).load("vcr.yaml").failingStatuses())
                .containsExactlyInAnyOrder(Status.FAILED, Status.SKIPPED);
    }

    static Stream<String> yamlStatusLists() {
        return Stream.of(
                "failing-statuses: [FAILED, SKIPPED]\n",
                "failing-statuses:\n  - failed\n  - Skipped\n",
                "failing-statuses: FAILED, SKIPPED\n");
    }

    @ParameterizedTest
    @MethodSource("emptyLists")
    void refusesAnEmptyStatusList(String written) {
        assertThatThrownBy(
                        () ->
                                loader(
                                                Map.of(
                                                        "vcr.delete-on-fail.failing-statuses",
                                                        written),
                                                Map.of())
                                        .load(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(
                        "the key 'failing-statuses' from system property"
                                + " vcr.delete-on-fail.failing-statuses")
                .hasMessageContaining("at least one status")
                .hasMessageContaining("enabled: false or report-only: true");
    }

    static Stream<String> emptyLists() {
        return Stream.of("", " ", ",", " , ");
    }

    @Test
    void refusesAnEmptyYamlList() throws IOException {
        Files.writeString(file, "failing-statuses: []\n");

        assertThatThrownBy(() -> loader(Map.of(), Map.of()).load("vcr.yaml"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("the key 'failing-statuses' from file " + file)
                .hasMessageContaining("at least one status");
    }

    // --- helpers ---

    private Layered layered(String key) {
        return layeredKeys().stream().filter(l -> l.key.equals(key)).findFirst().orElseThrow();
    }

    /** Sets the key in every layer from the file up to {@code top} (0: none, defaults only). */
    private Configuration upTo(Layered layered, int top) throws IOException {
        Files.deleteIfExists(file);
        Files.writeString(file, top >= 1 ? layered.key + ": " + layered.fileYaml + "\n" : "");
        Map<String, Setting> glue = new HashMap<>();
        if (top >= 2) {
            glue.put(layered.key, new Setting(layered.glue, GLUE));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("HOME", "/home/someone");
        if (top >= 3) {
            environment.put(ConfigKeys.environmentVariable(layered.key), layered.environment);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (top >= 4) {
            properties.put(ConfigKeys.systemProperty(layered.key), layered.property);
        }
        Map<String, Object> glueValues = new LinkedHashMap<>();
        glue.forEach((k, v) -> glueValues.put(k, v.value()));
        return loader(properties, environment).read("vcr.yaml").resolve(glueValues);
    }

    @Test
    void refusesTwoEnvironmentVariablesForOneKey() {
        assertThatThrownBy(
                        () ->
                                loader(
                                                Map.of(),
                                                Map.of(
                                                        "VCR_DELETE_ON_FAIL_REPORT_ONLY", "true",
                                                        "VCR_DELETE_ON_FAIL_report_only", "false"))
                                        .load(null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("environment variable VCR_DELETE_ON_FAIL_REPORT_ONLY")
                .hasMessageContaining("environment variable VCR_DELETE_ON_FAIL_report_only")
                .hasMessageContaining("set the key 'report-only'");
    }

    private ConfigurationLoader loader(
            Map<String, String> systemProperties, Map<String, String> environment) {
        return new ConfigurationLoader(classLoader, workingDir, systemProperties, environment);
    }
}
