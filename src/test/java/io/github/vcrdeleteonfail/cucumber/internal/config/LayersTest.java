package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.samplenamers.EncryptedNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.EscapingNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.ThrowingNamer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers, lowest first: built-in defaults, the file, glue code, environment variables, system
 * properties. For every key, each layer beats the ones below it, and the origin names the winner.
 */
class LayersTest {

    private static final String SAMPLES = "io.github.vcrdeleteonfail.cucumber.samplenamers.";
    private static final String GLUE = "CassetteSettings in glue code";

    @TempDir Path temp;
    private ConfigFixture fixture;

    @BeforeEach
    void createFixture() {
        fixture = new ConfigFixture(temp);
    }

    @AfterEach
    void closeFixture() throws IOException {
        fixture.close();
    }

    /**
     * One key with a valid value for each layer (as YAML, as glue code passes it, as an environment
     * variable, as a system property) and what each reads as, default first.
     */
    private static final class Layered {
        final String key;
        final String yaml;
        final Object glue;
        final String environment;
        final String property;
        final List<Object> expected;

        Layered(
                String key,
                String yaml,
                Object glue,
                String env,
                String property,
                Object... expected) {
            this.key = key;
            this.yaml = yaml;
            this.glue = glue;
            this.environment = env;
            this.property = property;
            this.expected = java.util.Arrays.asList(expected);
        }

        @Override
        public String toString() {
            return key;
        }
    }

    static List<Layered> layered() {
        return List.of(
                new Layered(
                        "cassette-dir",
                        "from-file",
                        Path.of("from-glue"),
                        "from-env",
                        "from-property",
                        Path.of("src/test/resources/cassettes"),
                        Path.of("from-file"),
                        Path.of("from-glue"),
                        Path.of("from-env"),
                        Path.of("from-property")),
                new Layered(
                        "extension",
                        ".file",
                        ".glue",
                        ".env",
                        ".property",
                        ".yaml",
                        ".file",
                        ".glue",
                        ".env",
                        ".property"),
                new Layered(
                        "namer",
                        SAMPLES + "FlatJsonNamer",
                        new EncryptedNamer(),
                        SAMPLES + "ThrowingNamer",
                        SAMPLES + "EscapingNamer",
                        DefaultCassetteNamer.class,
                        FlatJsonNamer.class,
                        EncryptedNamer.class,
                        ThrowingNamer.class,
                        EscapingNamer.class),
                new Layered(
                        "failing-statuses",
                        "[SKIPPED]",
                        EnumSet.of(Status.PENDING),
                        "undefined",
                        "AMBIGUOUS FAILED",
                        Set.of(Status.FAILED, Status.PENDING, Status.UNDEFINED, Status.AMBIGUOUS),
                        Set.of(Status.SKIPPED),
                        Set.of(Status.PENDING),
                        Set.of(Status.UNDEFINED),
                        Set.of(Status.AMBIGUOUS, Status.FAILED)),
                new Layered(
                        "delete-tag",
                        "'@file-delete'",
                        "@glue-delete",
                        "@env-delete",
                        "@property-delete",
                        "@vcr-delete-on-fail",
                        "@file-delete",
                        "@glue-delete",
                        "@env-delete",
                        "@property-delete"),
                new Layered(
                        "keep-tag",
                        "'@file-keep'",
                        "@glue-keep",
                        "@env-keep",
                        "@property-keep",
                        "@keep-cassette",
                        "@file-keep",
                        "@glue-keep",
                        "@env-keep",
                        "@property-keep"),
                new Layered(
                        "enabled", "false", true, "FALSE", "true", true, false, true, false, true),
                new Layered(
                        "report-only",
                        "true",
                        false,
                        "True",
                        "false",
                        false,
                        true,
                        false,
                        true,
                        false),
                new Layered(
                        "on-failure",
                        "quarantine",
                        OnFailure.RESTORE,
                        "delete",
                        "QUARANTINE",
                        OnFailure.DELETE,
                        OnFailure.QUARANTINE,
                        OnFailure.RESTORE,
                        OnFailure.DELETE,
                        OnFailure.QUARANTINE),
                new Layered(
                        "quarantine-dir",
                        "q-file",
                        Path.of("q-glue"),
                        "q-env",
                        "q-property",
                        Path.of("target/vcr-quarantine"),
                        Path.of("q-file"),
                        Path.of("q-glue"),
                        Path.of("q-env"),
                        Path.of("q-property")),
                new Layered(
                        "snapshot-dir",
                        "s-file",
                        Path.of("s-glue"),
                        "s-env",
                        "s-property",
                        Path.of("src/test/resources/.vcr-delete-on-fail"),
                        Path.of("s-file"),
                        Path.of("s-glue"),
                        Path.of("s-env"),
                        Path.of("s-property")),
                new Layered(
                        "report",
                        "r-file.json",
                        Path.of("r-glue.json"),
                        "r-env.json",
                        "r-property.json",
                        null,
                        Path.of("r-file.json"),
                        Path.of("r-glue.json"),
                        Path.of("r-env.json"),
                        Path.of("r-property.json")),
                new Layered(
                        "refresh",
                        "all",
                        "@glue",
                        "@env and not @slow",
                        "not @property",
                        "none",
                        "all",
                        "@glue",
                        "@env and not @slow",
                        "not @property"),
                new Layered(
                        "refresh-older-than",
                        "1d",
                        Duration.ofHours(2),
                        "3m",
                        "PT4S",
                        null,
                        Duration.ofDays(1),
                        Duration.ofHours(2),
                        Duration.ofMinutes(3),
                        Duration.ofSeconds(4)),
                new Layered(
                        "rerun-file",
                        "rerun-file.txt",
                        Path.of("rerun-glue.txt"),
                        "rerun-env.txt",
                        "rerun-property.txt",
                        null,
                        Path.of("rerun-file.txt"),
                        Path.of("rerun-glue.txt"),
                        Path.of("rerun-env.txt"),
                        Path.of("rerun-property.txt")),
                new Layered(
                        "ci-output",
                        "off",
                        "auto",
                        "OFF",
                        "auto",
                        CiOutput.AUTO,
                        CiOutput.OFF,
                        CiOutput.AUTO,
                        CiOutput.OFF,
                        CiOutput.AUTO));
    }

    @Test
    void everyKeyOfTheTableIsCovered() {
        assertThat(layered().stream().map(l -> l.key))
                .containsExactlyElementsOf(
                        Stream.of(ConfigKey.values()).map(ConfigKey::key).toList());
    }

    static Stream<Arguments> keysAndTopLayers() {
        return layered().stream()
                .flatMap(
                        l ->
                                Stream.of(0, 1, 2, 3, 4)
                                        .map(top -> Arguments.of(l, top, LAYERS.get(top))));
    }

    private static final List<String> LAYERS =
            List.of("defaults", "file", "glue code", "environment", "system property");

    @ParameterizedTest(name = "{0} set up to the {2}")
    @MethodSource("keysAndTopLayers")
    void theHighestLayerThatSetsAKeyWinsAndIsNamedAsItsOrigin(
            Layered layered, int top, String name) {
        Map<String, Object> glue = new HashMap<>();
        fixture.file("vcr.yaml", top >= 1 ? layered.key + ": " + layered.yaml + "\n" : "");
        if (top >= 2) {
            glue.put(layered.key, layered.glue);
        }
        String variable = ConfigKey.byName(layered.key).variable();
        String property = "vcr.delete-on-fail." + layered.key;
        if (top >= 3) {
            fixture.environment.put(variable, layered.environment);
        }
        if (top >= 4) {
            fixture.properties.put(property, layered.property);
        }

        Configuration configuration = fixture.loader().read("vcr.yaml").resolve(glue);

        assertThat(KeyValuesTest.ACCESSORS.get(layered.key).apply(configuration))
                .isEqualTo(expected(layered.expected.get(top)));
        assertThat(configuration.origin(ConfigKey.byName(layered.key)))
                .isEqualTo(
                        List.of(
                                        "built-in default",
                                        fixture.origin(),
                                        GLUE,
                                        "environment variable " + variable,
                                        "system property " + property)
                                .get(top));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layered")
    void aSystemPropertyBeatsTheFileWithoutTheLayersBetween(Layered layered) {
        fixture.properties.put("vcr.delete-on-fail." + layered.key, layered.property);

        Configuration configuration = fixture.yaml(layered.key + ": " + layered.yaml + "\n");

        assertThat(KeyValuesTest.ACCESSORS.get(layered.key).apply(configuration))
                .isEqualTo(expected(layered.expected.get(4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layered")
    void anEnvironmentVariableBeatsGlueCodeWithoutAFile(Layered layered) {
        fixture.environment.put(ConfigKey.byName(layered.key).variable(), layered.environment);

        Configuration configuration =
                fixture.loader().read(null).resolve(Map.of(layered.key, layered.glue));

        assertThat(KeyValuesTest.ACCESSORS.get(layered.key).apply(configuration))
                .isEqualTo(expected(layered.expected.get(3)));
    }

    /** Expected paths are relative to the working directory. */
    private Object expected(Object value) {
        return value instanceof Path ? fixture.workingDir.resolve((Path) value) : value;
    }

    @Test
    void anOverrideReplacesOnlyItsOwnKey() {
        fixture.properties.put("vcr.delete-on-fail.extension", ".txt");
        fixture.environment.put("VCR_DELETE_ON_FAIL_ENABLED", "true");
        fixture.file("vcr.yaml", "cassette-dir: recorded\nenabled: false\nkeep-tag: '@pinned'\n");

        Configuration configuration =
                fixture.loader().read("vcr.yaml").resolve(Map.of("delete-tag", "@glued"));

        assertThat(configuration.cassetteDir()).isEqualTo(fixture.workingDir.resolve("recorded"));
        assertThat(configuration.extension()).isEqualTo(".txt");
        assertThat(configuration.enabled()).isTrue();
        assertThat(configuration.origin(ConfigKey.ENABLED))
                .isEqualTo("environment variable VCR_DELETE_ON_FAIL_ENABLED");
        assertThat(configuration.keepTag()).isEqualTo("@pinned");
        assertThat(configuration.deleteTag()).isEqualTo("@glued");
        assertThat(configuration.origin(ConfigKey.REPORT_ONLY)).isEqualTo("built-in default");
        assertThat(configuration.source()).isEqualTo(fixture.origin());
    }

    @Test
    void anInvalidOverrideNamesItsOwnOriginAndExampleEvenOverAValidFile() {
        fixture.properties.put("vcr.delete-on-fail.enabled", "yes please");

        fixture.yamlFails("enabled: true\n")
                .hasMessage(
                        "vcr-delete-on-fail: the key 'enabled' from system property"
                                + " vcr.delete-on-fail.enabled must be true or false, but it is the"
                                + " text 'yes please'. Write for example\n  enabled: false");
    }

    @Test
    void anInvalidGlueValueNamesGlueCode() {
        assertThatThrownBy(() -> fixture.loader().read(null).resolve(Map.of("extension", "json")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the key 'extension' from CassetteSettings in glue code")
                .hasMessageContaining("Did you mean '.json'?");
    }

    @Test
    void describesAPathFromGlueCodeAsAPath() {
        assertThatThrownBy(
                        () ->
                                fixture.loader()
                                        .read(null)
                                        .resolve(Map.of("cassette-dir", Path.of(""))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the key 'cassette-dir' from CassetteSettings in glue code"
                                + " must be a folder path, but it is the path '', relative to the"
                                + " working directory");
    }

    @Test
    void anUnknownKeyFromGlueCodeIsAProgrammingError() {
        assertThatThrownBy(() -> fixture.loader().read(null).resolve(Map.of("extensions", ".json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extensions");
    }

    @Test
    void theLayersResolveAgainWithOtherGlueSettings() {
        ConfigLayers layers = fixture.loader().read(null);

        assertThat(layers.resolve(Map.of("enabled", false)).enabled()).isFalse();
        assertThat(layers.resolve(Map.of()).enabled()).isTrue();
    }

    @Test
    void readsTheDefaultFileAtTheClasspathRootAndNamesItAsTheSource() {
        fixture.resource("vcr-delete-on-fail.yaml", "report-only: true\n");

        Configuration configuration = fixture.load(null);

        assertThat(configuration.reportOnly()).isTrue();
        assertThat(configuration.source()).isEqualTo("classpath resource vcr-delete-on-fail.yaml");
        assertThat(configuration.origin(ConfigKey.REPORT_ONLY))
                .isEqualTo("classpath resource vcr-delete-on-fail.yaml");
    }
}
