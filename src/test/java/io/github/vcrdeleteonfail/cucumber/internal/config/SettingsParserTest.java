package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each key's valid and invalid values; every refusal names the key and where it was set. */
class SettingsParserTest {

    private static final String PROPERTY = "system property vcr.delete-on-fail.";
    private static final String GLUE = "CassetteSettings in glue code";
    private static final String FILE = "file /repo/vcr.yaml";
    private static final String NAMERS = "io.github.vcrdeleteonfail.cucumber.samplenamers.";

    @TempDir Path temp;

    private Path workingDir;

    @BeforeEach
    void createWorkingDir() throws IOException {
        workingDir = Files.createDirectory(temp.toRealPath().resolve("project"));
    }

    @Test
    void usesTheBuiltInDefaultsForNoSettings() {
        Configuration configuration = parse(Map.of());

        assertThat(configuration.cassetteDir())
                .isEqualTo(workingDir.resolve("src/test/resources/cassettes"));
        assertThat(configuration.extension()).isEqualTo(".yaml");
        assertThat(configuration.namer()).isInstanceOf(DefaultCassetteNamer.class);
        assertThat(configuration.origin("namer")).isEqualTo("built-in defaults");
        assertThat(configuration.failingStatuses())
                .containsExactlyInAnyOrder(
                        Status.FAILED, Status.PENDING, Status.UNDEFINED, Status.AMBIGUOUS);
        assertThat(configuration.deleteTag()).isEqualTo("@vcr-delete-on-fail");
        assertThat(configuration.keepTag()).isEqualTo("@keep-cassette");
        assertThat(configuration.enabled()).isTrue();
        assertThat(configuration.origin("enabled")).isEqualTo("built-in defaults");
        assertThat(configuration.reportOnly()).isFalse();
        assertThat(configuration.origin("report-only")).isEqualTo("built-in defaults");
        assertThat(configuration.source()).isEqualTo("the source");
    }

    // --- extension ---

    @ParameterizedTest
    @ValueSource(strings = {".json", ".yml", ".cassette.yaml", ".har_1-x"})
    void acceptsAnExtension(String extension) {
        Configuration configuration = parse(Map.of("extension", override("extension", extension)));

        assertThat(configuration.extension()).isEqualTo(extension);
        assertThat(configuration.namer())
                .hasToString("DefaultCassetteNamer[extension=" + extension + "]");
    }

    @Test
    void stripsBlanksAroundAnExtension() {
        assertThat(parse(Map.of("extension", override("extension", " .json "))).extension())
                .isEqualTo(".json");
    }

    @Test
    void readsAnEmptyExtensionAsFolderCassettes() {
        assertThat(parse(Map.of("extension", override("extension", ""))).extension()).isEmpty();
    }

    @Test
    void readsANullExtensionAsFolderCassettes() {
        Configuration configuration = parse(Map.of("extension", new Setting(null, FILE)));

        assertThat(configuration.extension()).isEmpty();
        assertThat(configuration.namer()).hasToString("DefaultCassetteNamer[extension=]");
    }

    @Test
    void suggestsTheDotForAnExtensionWithoutOne() {
        assertRefused("extension", override("extension", "json"))
                .hasMessageContaining("the key 'extension' from " + PROPERTY + "extension")
                .hasMessageContaining("must be a file extension starting with a dot")
                .hasMessageContaining("but it is the text 'json'")
                .hasMessageContaining("Did you mean '.json'?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"./x", ".", ".a/b", ".a b", ".yaml\\x"})
    void refusesAnInvalidExtension(String extension) {
        assertRefused("extension", override("extension", extension))
                .hasMessageContaining("the key 'extension' from " + PROPERTY + "extension")
                .hasMessageContaining("must be a valid file extension")
                .hasMessageContaining("Invalid cassette extension '" + extension + "'");
    }

    @Test
    void refusesANonTextExtension() {
        assertRefused("extension", new Setting(42, FILE))
                .hasMessageContaining("the key 'extension' from " + FILE)
                .hasMessageContaining("but it is the number 42")
                .hasMessageContaining("extension: .json");
    }

    // --- delete-tag and keep-tag ---

    @ParameterizedTest
    @ValueSource(strings = {"delete-tag", "keep-tag"})
    void acceptsATagStartingWithAnAt(String key) {
        Configuration configuration = parse(Map.of(key, override(key, " @my_tag-2 ")));

        assertThat(key.equals("delete-tag") ? configuration.deleteTag() : configuration.keepTag())
                .isEqualTo("@my_tag-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete-tag", "keep-tag"})
    void suggestsTheAtForATagWithoutOne(String key) {
        assertRefused(key, override(key, "vcr"))
                .hasMessageContaining("the key '" + key + "' from " + PROPERTY + key)
                .hasMessageContaining("must be a Cucumber tag")
                .hasMessageContaining("but it is the text 'vcr'")
                .hasMessageContaining("Did you mean '@vcr'?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", "@a b", "@vcr:path", "@@vcr", "", "  ", "vcr tag"})
    void refusesATagThatIsNotOne(String tag) {
        assertRefused("delete-tag", override("delete-tag", tag))
                .hasMessageContaining("the key 'delete-tag' from " + PROPERTY + "delete-tag")
                .hasMessageContaining(
                        "must be a Cucumber tag: '@' followed by a name without spaces, colons or"
                                + " '@'")
                .hasMessageContaining("but it is the text '" + tag + "'")
                .hasMessageNotContaining("Did you mean")
                .hasMessageContaining("delete-tag: '@vcr-delete-on-fail'");
    }

    @Test
    void refusesANonTextTag() {
        assertRefused("keep-tag", new Setting(true, FILE))
                .hasMessageContaining("the key 'keep-tag' from " + FILE)
                .hasMessageContaining("but it is the boolean true")
                .hasMessageContaining("keep-tag: '@keep-cassette'");
    }

    @Test
    void refusesEqualDeleteAndKeepTagsNamingBothOrigins() {
        Map<String, Setting> settings = new HashMap<>();
        settings.put("delete-tag", new Setting("@same", FILE));
        settings.put("keep-tag", override("keep-tag", "@same"));

        assertThatThrownBy(() -> parse(settings))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("the keys 'delete-tag' and 'keep-tag' are both @same")
                .hasMessageContaining("(from " + FILE + " and " + PROPERTY + "keep-tag)")
                .hasMessageContaining("Give them different tags");
    }

    @Test
    void refusesADeleteTagEqualToTheDefaultKeepTag() {
        assertThatThrownBy(() -> parse(Map.of("delete-tag", new Setting("@keep-cassette", GLUE))))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("are both @keep-cassette")
                .hasMessageContaining("(from " + GLUE + " and built-in defaults)");
    }

    @Test
    void acceptsTagsThatDifferOnlyInCase() {
        Map<String, Setting> settings = new HashMap<>();
        settings.put("delete-tag", new Setting("@Cassette", FILE));
        settings.put("keep-tag", new Setting("@cassette", FILE));

        Configuration configuration = parse(settings);

        assertThat(configuration.deleteTag()).isEqualTo("@Cassette");
        assertThat(configuration.keepTag()).isEqualTo("@cassette");
    }

    // --- enabled and report-only ---

    @ParameterizedTest
    @ValueSource(strings = {"enabled", "report-only"})
    void readsBooleansWrittenAsTextInAnyCase(String key) {
        for (String text : List.of("true", "TRUE", " True ")) {
            assertThat(flag(key, parse(Map.of(key, override(key, text))))).as(text).isTrue();
        }
        for (String text : List.of("false", "FALSE", "False\n")) {
            assertThat(flag(key, parse(Map.of(key, override(key, text))))).as(text).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"enabled", "report-only"})
    void readsYamlBooleansAndNamesTheirOrigin(String key) {
        Configuration on = parse(Map.of(key, new Setting(Boolean.TRUE, FILE)));
        Configuration off = parse(Map.of(key, new Setting(Boolean.FALSE, GLUE)));

        assertThat(flag(key, on)).isTrue();
        assertThat(flag(key, off)).isFalse();
        assertThat(key.equals("enabled") ? on.origin("enabled") : on.origin("report-only"))
                .isEqualTo(FILE);
        assertThat(key.equals("enabled") ? off.origin("enabled") : off.origin("report-only"))
                .isEqualTo(GLUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"enabled", "report-only"})
    void namesTheOriginOfABooleanWrittenAsText(String key) {
        Configuration configuration = parse(Map.of(key, override(key, "FALSE")));

        assertThat(
                        key.equals("enabled")
                                ? configuration.origin("enabled")
                                : configuration.origin("report-only"))
                .isEqualTo(PROPERTY + key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "yes", "1", "", "truee", "on"})
    void refusesATextThatIsNotTrueOrFalse(String text) {
        for (String key : List.of("enabled", "report-only")) {
            assertRefused(key, override(key, text))
                    .hasMessageContaining("the key '" + key + "' from " + PROPERTY + key)
                    .hasMessageContaining("must be true or false")
                    .hasMessageContaining("but it is the text '" + text + "'")
                    .hasMessageContaining(key + ": false");
        }
    }

    @Test
    void refusesANumberOrNothingAsABoolean() {
        assertRefused("enabled", new Setting(1, FILE))
                .hasMessageContaining("the key 'enabled' from " + FILE)
                .hasMessageContaining("but it is the number 1");
        assertRefused("report-only", new Setting(null, FILE))
                .hasMessageContaining("the key 'report-only' from " + FILE)
                .hasMessageContaining("but it is empty (null)");
    }

    // --- failing-statuses ---

    @Test
    void readsEveryChoosableStatusInAnyCase() {
        Configuration configuration =
                parse(
                        Map.of(
                                "failing-statuses",
                                new Setting(
                                        List.of(
                                                "failed",
                                                "Pending",
                                                "UNDEFINED",
                                                "ambiguous",
                                                "skipped"),
                                        FILE)));

        assertThat(configuration.failingStatuses())
                .containsExactlyInAnyOrder(
                        Status.FAILED,
                        Status.PENDING,
                        Status.UNDEFINED,
                        Status.AMBIGUOUS,
                        Status.SKIPPED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASSED", "UNUSED", "FIALED", "passed"})
    void refusesAStatusThatCannotCountAsFailedListingTheValidOnes(String status) {
        assertRefused("failing-statuses", override("failing-statuses", "FAILED," + status))
                .hasMessageContaining(
                        "invalid status '"
                                + status
                                + "' in the key 'failing-statuses' from "
                                + PROPERTY
                                + "failing-statuses")
                .satisfies(e -> assertListsTheChoosableStatuses(e, "Valid statuses: ", "."));
    }

    @Test
    void refusesAnInvalidStatusInAYamlList() {
        assertRefused("failing-statuses", new Setting(List.of("FAILED", "PASSED"), FILE))
                .hasMessageContaining(
                        "invalid status 'PASSED' in the key 'failing-statuses' from " + FILE)
                .satisfies(e -> assertListsTheChoosableStatuses(e, "Valid statuses: ", "."));
    }

    @Test
    void refusesAnEmptyListFromGlueCode() {
        assertRefused("failing-statuses", new Setting(List.of(), GLUE))
                .hasMessageContaining("the key 'failing-statuses' from " + GLUE)
                .hasMessageContaining("must be a list of at least one status drawn from ")
                .satisfies(
                        e ->
                                assertListsTheChoosableStatuses(
                                        e, "at least one status drawn from ", ", but it is"))
                .hasMessageContaining("but it is a list []");
    }

    @Test
    void refusesAListOfNonTexts() {
        assertRefused("failing-statuses", new Setting(Arrays.asList("FAILED", 3), FILE))
                .hasMessageContaining("the key 'failing-statuses' from " + FILE)
                .hasMessageContaining("must be a list of status names")
                .hasMessageContaining("failing-statuses: [FAILED, PENDING]");
    }

    @Test
    void refusesAStatusListThatIsNeitherTextNorList() {
        assertRefused("failing-statuses", new Setting(Map.of("FAILED", true), FILE))
                .hasMessageContaining("the key 'failing-statuses' from " + FILE)
                .satisfies(
                        e ->
                                assertListsTheChoosableStatuses(
                                        e, "must be a list drawn from ", ", but"))
                .hasMessageContaining("but it is a mapping {FAILED=true}");
        assertRefused("failing-statuses", new Setting(null, FILE))
                .hasMessageContaining("but it is empty (null)");
    }

    // --- cassette-dir ---

    @Test
    void readsACassetteDirFromAnOverrideRelativeToTheWorkingDir() {
        assertThat(
                        parse(Map.of("cassette-dir", override("cassette-dir", "build/../rec")))
                                .cassetteDir())
                .isEqualTo(workingDir.resolve("rec"));
    }

    @Test
    void refusesABlankCassetteDirFromAnOverride() {
        assertRefused("cassette-dir", override("cassette-dir", " "))
                .hasMessageContaining("the key 'cassette-dir' from " + PROPERTY + "cassette-dir")
                .hasMessageContaining("must be a folder path (text)");
    }

    // --- namer ---

    @Test
    void createsTheNamerNamedByItsFullyQualifiedClassName() {
        Configuration configuration =
                parse(Map.of("namer", override("namer", " " + NAMERS + "FlatJsonNamer ")));

        assertThat(configuration.namer()).isInstanceOf(FlatJsonNamer.class);
        assertThat(configuration.origin("namer"))
                .isEqualTo("key 'namer' from " + PROPERTY + "namer");
    }

    @Test
    void usesANamerInstanceFromGlueCodeAsItIs() {
        ScenarioCassetteNamer namer = new DefaultCassetteNamer(".json").withSuffixes(".enc");

        Configuration configuration = parse(Map.of("namer", new Setting(namer, GLUE)));

        assertThat(configuration.namer()).isSameAs(namer);
        assertThat(configuration.origin("namer")).isEqualTo("key 'namer' from " + GLUE);
    }

    @Test
    void createsTheNamerOfAClassObject() {
        Configuration configuration =
                parse(Map.of("namer", new Setting(FlatJsonNamer.class, GLUE)));

        assertThat(configuration.namer()).isInstanceOf(FlatJsonNamer.class);
    }

    @Test
    void keepsTheConfiguredExtensionBesideACustomNamer() {
        Map<String, Setting> settings = new HashMap<>();
        settings.put("namer", new Setting(NAMERS + "FlatJsonNamer", FILE));
        settings.put("extension", new Setting(".json", FILE));

        Configuration configuration = parse(settings);

        assertThat(configuration.namer()).isInstanceOf(FlatJsonNamer.class);
        assertThat(configuration.extension()).isEqualTo(".json");
    }

    @Test
    void refusesAMissingNamerClass() {
        assertRefused("namer", override("namer", "com.example.NoSuchNamer"))
                .hasMessageContaining(
                        "the class 'com.example.NoSuchNamer' named by the key 'namer' from "
                                + PROPERTY
                                + "namer was not found")
                .hasMessageContaining("Check the spelling (package included)")
                .hasCauseInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void refusesAClassThatIsNotANamer() {
        assertRefused("namer", new Setting(NAMERS + "NotANamer", FILE))
                .hasMessageContaining(
                        "the class '"
                                + NAMERS
                                + "NotANamer' named by the key 'namer' from "
                                + FILE
                                + " does not implement"
                                + " io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer");
    }

    @Test
    void refusesANamerWithoutANoArgumentConstructor() {
        assertRefused("namer", new Setting(NAMERS + "NoDefaultConstructorNamer", FILE))
                .hasMessageContaining(
                        "the class '"
                                + NAMERS
                                + "NoDefaultConstructorNamer' named by the key 'namer' from "
                                + FILE
                                + " has no public no-argument constructor");
    }

    @Test
    void refusesANamerWhoseConstructorThrowsNamingTheException() {
        assertRefused("namer", new Setting(NAMERS + "ExplodingConstructorNamer", FILE))
                .hasMessageContaining(
                        "the class '"
                                + NAMERS
                                + "ExplodingConstructorNamer' named by the key 'namer' from "
                                + FILE
                                + " threw java.lang.IllegalStateException: constructor failed on"
                                + " purpose from its constructor");
    }

    @ParameterizedTest
    @ValueSource(classes = {ScenarioCassetteNamer.class, SettingsParserTest.AbstractNamer.class})
    void refusesAnInterfaceOrAbstractClass(Class<?> type) {
        assertRefused("namer", override("namer", type.getName()))
                .hasMessageContaining(
                        "the class '"
                                + type.getName()
                                + "' named by the key 'namer' from "
                                + PROPERTY
                                + "namer is abstract; name a concrete class");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesABlankNamer(String name) {
        assertRefused("namer", override("namer", name))
                .hasMessageContaining("the key 'namer' from " + PROPERTY + "namer")
                .hasMessageContaining("must be the fully qualified name of a class implementing")
                .hasMessageContaining("namer: com.example.MyCassetteNamer");
    }

    @Test
    void refusesANonTextNamer() {
        assertRefused("namer", new Setting(List.of("a.B"), FILE))
                .hasMessageContaining("the key 'namer' from " + FILE)
                .hasMessageContaining("but it is a list [a.B]");
    }

    /** An abstract namer, to be refused by name. */
    public abstract static class AbstractNamer implements ScenarioCassetteNamer {}

    // --- helpers ---

    private Configuration parse(Map<String, Setting> settings) {
        return Configuration.of(
                new SettingsParser(workingDir, getClass().getClassLoader())
                        .parse(settings, "the source"));
    }

    /** The statuses listed between two markers are exactly the five that can count as failed. */
    private static void assertListsTheChoosableStatuses(Throwable e, String before, String after) {
        String message = e.getMessage();
        int start = message.indexOf(before);
        assertThat(start).as("position of '%s' in: %s", before, message).isNotNegative();
        start += before.length();
        int end = message.indexOf(after, start);
        assertThat(end).as("position of '%s' in: %s", after, message).isGreaterThan(start);
        assertThat(message.substring(start, end).split(", "))
                .containsExactlyInAnyOrder(
                        "FAILED", "PENDING", "UNDEFINED", "AMBIGUOUS", "SKIPPED");
    }

    private static Setting override(String key, String value) {
        return new Setting(value, PROPERTY + key);
    }

    private static boolean flag(String key, Configuration configuration) {
        return key.equals("enabled") ? configuration.enabled() : configuration.reportOnly();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            String key, Setting setting) {
        return assertThatThrownBy(() -> parse(Map.of(key, setting)))
                .isInstanceOf(InvalidConfigurationException.class);
    }
}
