package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.samplenamers.ExplodingConstructorNamer;
import io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key's valid and invalid values, read from a YAML file. Every refusal names the key, the
 * file it came from, the value as written, the rule and an example of the fix.
 */
class KeyValuesTest {

    private static final String SAMPLES = "io.github.vcrdeleteonfail.cucumber.samplenamers.";

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

    /** What each key reads as, for comparison: optionals unwrapped, rules as written. */
    static final Map<String, Function<Configuration, Object>> ACCESSORS =
            Map.ofEntries(
                    Map.entry("cassette-dir", Configuration::cassetteDir),
                    Map.entry("extension", Configuration::extension),
                    Map.entry("namer", c -> c.namer().getClass()),
                    Map.entry("failing-statuses", Configuration::failingStatuses),
                    Map.entry("delete-tag", Configuration::deleteTag),
                    Map.entry("keep-tag", Configuration::keepTag),
                    Map.entry("enabled", Configuration::enabled),
                    Map.entry("report-only", Configuration::reportOnly),
                    Map.entry("on-failure", Configuration::onFailure),
                    Map.entry("quarantine-dir", Configuration::quarantineDir),
                    Map.entry("snapshot-dir", Configuration::snapshotDir),
                    Map.entry("report", c -> c.report().orElse(null)),
                    Map.entry("refresh", c -> c.refresh().toString()),
                    Map.entry("refresh-older-than", c -> c.refreshOlderThan().orElse(null)),
                    Map.entry("rerun-file", c -> c.rerunFile().orElse(null)),
                    Map.entry("ci-output", Configuration::ciOutput));

    @Test
    void everyKeyHasItsDocumentedDefault() {
        Configuration configuration = fixture.load(null);
        Path cassettes = fixture.workingDir.resolve("src/test/resources/cassettes");

        assertThat(configuration.cassetteDir()).isEqualTo(cassettes);
        assertThat(configuration.extension()).isEqualTo(".yaml");
        assertThat(configuration.namer()).hasToString("DefaultCassetteNamer[extension=.yaml]");
        assertThat(configuration.failingStatuses())
                .containsExactly(Status.PENDING, Status.UNDEFINED, Status.AMBIGUOUS, Status.FAILED);
        assertThat(configuration.deleteTag()).isEqualTo("@vcr-delete-on-fail");
        assertThat(configuration.keepTag()).isEqualTo("@keep-cassette");
        assertThat(configuration.enabled()).isTrue();
        assertThat(configuration.reportOnly()).isFalse();
        assertThat(configuration.onFailure()).isEqualTo(OnFailure.DELETE);
        assertThat(configuration.quarantineDir())
                .isEqualTo(fixture.workingDir.resolve("target/vcr-quarantine"));
        assertThat(configuration.snapshotDir())
                .isEqualTo(cassettes.resolveSibling(".vcr-delete-on-fail"));
        assertThat(configuration.report()).isEmpty();
        assertThat(configuration.refresh().isNone()).isTrue();
        assertThat(configuration.refreshOlderThan()).isEmpty();
        assertThat(configuration.rerunFile()).isEmpty();
        assertThat(configuration.ciOutput()).isEqualTo(CiOutput.AUTO);
        for (ConfigKey key : ConfigKey.values()) {
            assertThat(configuration.origin(key)).as(key.key()).isEqualTo("built-in default");
        }
        assertThat(configuration.source()).isEqualTo("built-in defaults");
    }

    @Test
    void theSnapshotFolderFollowsTheCassetteFolderAndStaysOutOfIt() {
        Configuration configuration = fixture.yaml("cassette-dir: recordings/http\n");

        assertThat(configuration.snapshotDir())
                .isEqualTo(fixture.workingDir.resolve("recordings/.vcr-delete-on-fail"));
        assertThat(configuration.origin(ConfigKey.SNAPSHOT_DIR)).isEqualTo("built-in default");
    }

    static Stream<Arguments> validValues() {
        return Stream.of(
                arguments("cassette-dir", "recorded", wd("recorded")),
                arguments("cassette-dir", "a/./b/../c", wd("a/c")),
                arguments("cassette-dir", "' recorded '", wd(" recorded ")),
                arguments("extension", ".json", ".json"),
                arguments("extension", "' .har '", ".har"),
                arguments("extension", ".cassette.yaml", ".cassette.yaml"),
                arguments("extension", "''", ""),
                arguments("extension", "", ""),
                arguments("namer", " " + SAMPLES + "FlatJsonNamer", FlatJsonNamer.class),
                arguments(
                        "failing-statuses",
                        "[failed, Skipped]",
                        Set.of(Status.FAILED, Status.SKIPPED)),
                arguments(
                        "failing-statuses",
                        "FAILED, pending",
                        Set.of(Status.FAILED, Status.PENDING)),
                arguments(
                        "failing-statuses",
                        "\n  - ambiguous\n  - UNDEFINED",
                        Set.of(Status.AMBIGUOUS, Status.UNDEFINED)),
                arguments("delete-tag", "'@cassette-cleanup'", "@cassette-cleanup"),
                arguments("delete-tag", "' @my_tag-2 '", "@my_tag-2"),
                arguments("keep-tag", "'@hold'", "@hold"),
                arguments("enabled", "false", false),
                arguments("enabled", "'FALSE'", false),
                arguments("enabled", "' True '", true),
                arguments("report-only", "true", true),
                arguments("on-failure", "restore", OnFailure.RESTORE),
                arguments("on-failure", "Quarantine", OnFailure.QUARANTINE),
                arguments("on-failure", "' delete '", OnFailure.DELETE),
                arguments("quarantine-dir", "build/quarantine", wd("build/quarantine")),
                arguments("snapshot-dir", "build/recovery", wd("build/recovery")),
                arguments(
                        "report", "target/vcr-{pid}-{run}.json", wd("target/vcr-{pid}-{run}.json")),
                arguments("report", "", null),
                arguments("refresh", "none", "none"),
                arguments("refresh", "' all '", "all"),
                arguments("refresh", "'@payments and not @slow'", "@payments and not @slow"),
                arguments("refresh", "'(@a or @b) and not @c'", "(@a or @b) and not @c"),
                arguments("refresh-older-than", "30d", Duration.ofDays(30)),
                arguments("refresh-older-than", "12h", Duration.ofHours(12)),
                arguments("refresh-older-than", "90m", Duration.ofMinutes(90)),
                arguments("refresh-older-than", "45s", Duration.ofSeconds(45)),
                arguments("refresh-older-than", "' 7 D '", Duration.ofDays(7)),
                arguments("refresh-older-than", "P30D", Duration.ofDays(30)),
                arguments("refresh-older-than", "pt1h30m", Duration.ofMinutes(90)),
                arguments("rerun-file", "target/rerun-{pid}.txt", wd("target/rerun-{pid}.txt")),
                arguments("ci-output", "off", CiOutput.OFF),
                arguments("ci-output", "'OFF'", CiOutput.OFF),
                arguments("ci-output", "auto", CiOutput.AUTO));
    }

    private static Function<Path, Object> wd(String relative) {
        return workingDir -> workingDir.resolve(relative).normalize();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("validValues")
    @SuppressWarnings("unchecked")
    void readsAValidValue(String key, String yaml, Object expected) {
        Configuration configuration = fixture.yaml(key + ": " + yaml + "\n");

        Object wanted =
                expected instanceof Function
                        ? ((Function<Path, Object>) expected).apply(fixture.workingDir)
                        : expected;
        assertThat(ACCESSORS.get(key).apply(configuration)).isEqualTo(wanted);
        assertThat(configuration.origin(ConfigKey.byName(key))).isEqualTo(fixture.origin());
    }

    @Test
    void theDefaultNamerUsesTheConfiguredExtension() {
        assertThat(fixture.yaml("extension: .json\n").namer())
                .isInstanceOf(DefaultCassetteNamer.class)
                .hasToString("DefaultCassetteNamer[extension=.json]");
    }

    @Test
    void everyExampleOfTheTableIsAValidValue() {
        for (ConfigKey key : ConfigKey.values()) {
            Configuration configuration =
                    fixture.yaml(
                            key == ConfigKey.NAMER
                                    ? "namer: " + SAMPLES + "FlatJsonNamer\n"
                                    : key + ": " + key.example + "\n");
            assertThat(configuration.origin(key)).as(key.key()).isEqualTo(fixture.origin());
        }
    }

    static Stream<Arguments> invalidValues() {
        String tagRule =
                "must be a Cucumber tag: '@' followed by a name without spaces, colons or '@'";
        String statusRule =
                "must be a list drawn from FAILED, PENDING, UNDEFINED, AMBIGUOUS, SKIPPED";
        String namerRule =
                "must be the name of a class implementing"
                        + " io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer with a public"
                        + " no-argument constructor";
        return Stream.of(
                arguments(
                        "cassette-dir",
                        "42",
                        List.of("must be a folder path, but it is the number 42")),
                arguments("cassette-dir", "[a, b]", List.of("but it is a list [a, b]")),
                arguments("cassette-dir", "", List.of("but it is empty (null)")),
                arguments(
                        "cassette-dir",
                        "'   '",
                        List.of("but it is the text '   ', relative to the working directory")),
                arguments("cassette-dir", "yes", List.of("but it is the boolean true")),
                arguments(
                        "extension",
                        "json",
                        List.of(
                                "must be a file extension such as .json, or empty for folder cassettes, but it is the text 'json'. Did you mean '.json'?")),
                arguments(
                        "extension",
                        ".a/b",
                        List.of("but it is the text '.a/b': Invalid cassette extension '.a/b'")),
                arguments(
                        "extension",
                        "'.a b'",
                        List.of("but it is the text '.a b': Invalid cassette extension")),
                arguments("extension", "42", List.of("but it is the number 42")),
                arguments("namer", "42", List.of(namerRule + ", but it is the number 42")),
                arguments("namer", "''", List.of(namerRule + ", but it is the text ''")),
                arguments(
                        "namer",
                        "com.example.NoSuchNamer",
                        List.of(
                                "a class that is not on the test classpath (check the spelling, package included)")),
                arguments(
                        "namer",
                        SAMPLES + "NotANamer",
                        List.of("a class that does not implement ScenarioCassetteNamer")),
                arguments(
                        "namer",
                        SAMPLES + "NoDefaultConstructorNamer",
                        List.of("a class that has no public no-argument constructor")),
                arguments(
                        "namer",
                        SAMPLES + "ExplodingConstructorNamer",
                        List.of(
                                "a class that threw java.lang.IllegalStateException: constructor failed on purpose from its constructor")),
                arguments(
                        "namer",
                        "io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer",
                        List.of("a class that is abstract")),
                arguments(
                        "namer",
                        AbstractNamer.class.getName(),
                        List.of("a class that is abstract")),
                arguments(
                        "failing-statuses",
                        "[FAILED, BROKEN]",
                        List.of(
                                statusRule
                                        + ", but it is a list [FAILED, BROKEN]: 'BROKEN' is not one")),
                arguments(
                        "failing-statuses",
                        "[PASSED]",
                        List.of("but it is a list [PASSED]: 'PASSED' is not one")),
                arguments(
                        "failing-statuses",
                        "FAILED UNUSED",
                        List.of("but it is the text 'FAILED UNUSED': 'UNUSED' is not one")),
                arguments("failing-statuses", "[FAILED, 3]", List.of("'3' is not one")),
                arguments(
                        "failing-statuses",
                        "[]",
                        List.of(
                                "but it is a list [], which is empty (to touch nothing, set enabled: false)")),
                arguments("failing-statuses", "' , '", List.of("which is empty")),
                arguments(
                        "failing-statuses",
                        "{FAILED: true}",
                        List.of(statusRule + ", but it is a mapping {FAILED=true}")),
                arguments("failing-statuses", "", List.of("but it is empty (null)")),
                arguments(
                        "delete-tag",
                        "vcr",
                        List.of(tagRule + ", but it is the text 'vcr'. Did you mean '@vcr'?")),
                arguments("delete-tag", "'@a b'", List.of(tagRule + ", but it is the text '@a b'")),
                arguments("delete-tag", "'@vcr:path'", List.of("but it is the text '@vcr:path'")),
                arguments("delete-tag", "'@'", List.of("but it is the text '@'")),
                arguments("delete-tag", "'@@vcr'", List.of("but it is the text '@@vcr'")),
                arguments("keep-tag", "true", List.of(tagRule + ", but it is the boolean true")),
                arguments(
                        "enabled",
                        "maybe",
                        List.of("must be true or false, but it is the text 'maybe'")),
                arguments("enabled", "1", List.of("must be true or false, but it is the number 1")),
                arguments(
                        "report-only",
                        "",
                        List.of("must be true or false, but it is empty (null)")),
                arguments(
                        "on-failure",
                        "sometimes",
                        List.of(
                                "must be one of delete, quarantine, restore, but it is the text 'sometimes'")),
                arguments("on-failure", "true", List.of("but it is the boolean true")),
                arguments("report", "42", List.of("must be a file path, but it is the number 42")),
                arguments(
                        "rerun-file", "[a]", List.of("must be a file path, but it is a list [a]")),
                arguments(
                        "refresh",
                        "'@a and'",
                        List.of(
                                "must be none, all or a Cucumber tag expression, but it is the text '@a and', which does not parse:")),
                arguments(
                        "refresh",
                        "payments",
                        List.of(
                                "which does not parse: 'payments' has no @ (did you mean '@payments'?). Write")),
                arguments("refresh", "'@a and slow'", List.of("did you mean '@slow'?")),
                arguments("refresh", "''", List.of("but it is the text ''")),
                arguments("refresh", "true", List.of("but it is the boolean true")),
                arguments("refresh", "None", List.of("'None' has no @")),
                arguments(
                        "refresh-older-than",
                        "30",
                        List.of(
                                "must be a positive duration: a number and d, h, m or s, or ISO-8601 such as PT12H, but it is the number 30, without a unit")),
                arguments("refresh-older-than", "0d", List.of("but it is the text '0d'")),
                arguments("refresh-older-than", "PT-1H", List.of("but it is the text 'PT-1H'")),
                arguments("refresh-older-than", "-5d", List.of("but it is the text '-5d'")),
                arguments("refresh-older-than", "30x", List.of("but it is the text '30x'")),
                arguments("refresh-older-than", "soon", List.of("but it is the text 'soon'")),
                arguments("refresh-older-than", "P1M", List.of("but it is the text 'P1M'")),
                arguments("refresh-older-than", "", List.of("but it is empty (null)")),
                arguments(
                        "ci-output",
                        "on",
                        List.of("must be auto or off, but it is the boolean true")),
                arguments(
                        "ci-output",
                        "sometimes",
                        List.of("must be auto or off, but it is the text 'sometimes'")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidValues")
    void refusesAnInvalidValueNamingTheKeyTheFileTheValueAndTheFix(
            String key, String yaml, List<String> fragments) {
        ConfigKey table = ConfigKey.byName(key);

        fixture.yamlFails(key + ": " + yaml + "\n")
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the key '" + key + "' from " + fixture.origin())
                .hasMessageContaining("Write for example\n  " + key + ": " + table.example)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(".. Write", "?. Write"));
    }

    @Test
    void keepsTheConstructorsExceptionAsTheCause() {
        fixture.yamlFails("namer: " + ExplodingConstructorNamer.class.getName() + "\n")
                .hasRootCauseMessage("constructor failed on purpose");
    }

    @Test
    void refusesACassetteDirThatIsAFile() throws IOException {
        Path file = fixture.file("cassettes.txt", "not a folder");

        fixture.yamlFails("cassette-dir: cassettes.txt\n")
                .hasMessageContaining(
                        "the key 'cassette-dir' from "
                                + fixture.origin()
                                + " must be a folder path, but it is the text 'cassettes.txt': "
                                + file
                                + " is a file, not a folder");
    }

    /**
     * A shell expands '~', Java does not: "~/cassettes" would make a folder named '~' in the
     * project, which a later "rm -rf ~" to clean it up would take for the home folder.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {"cassette-dir", "quarantine-dir", "snapshot-dir", "report", "rerun-file"})
    void refusesAPathStartingWithATilde(String key) {
        fixture.yamlFails(key + ": ~/vcr/x\n")
                .hasMessageContaining(
                        "the key '" + key + "' from " + fixture.origin() + " must be a ")
                .hasMessageContaining(
                        "path, but it is the text '~/vcr/x': Java does not expand '~' to a home"
                                + " folder, so it would name a folder '~' in the working directory "
                                + fixture.workingDir
                                + ". Write the full path, or one relative to the working"
                                + " directory.");
        assertThat(fixture.workingDir.resolve("~")).doesNotExist();
    }

    /** A trailing slash names a folder: no file is written at the folder's name. */
    @ParameterizedTest
    @ValueSource(strings = {"report", "rerun-file"})
    void refusesAFilePathEndingWithASlash(String key) {
        fixture.yamlFails(key + ": out/\n")
                .hasMessageContaining(
                        "must be a file path, but it is the text 'out/': it ends with '/', which"
                                + " names a folder. Name the file in it, such as out/"
                                + (key.equals("report") ? "vcr-report.json" : "vcr-rerecord.txt")
                                + ".");
        assertThat(fixture.workingDir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAReportThatIsAFolder() throws IOException {
        Path folder = Files.createDirectories(fixture.workingDir.resolve("reports"));

        fixture.yamlFails("report: reports\n")
                .hasMessageContaining(
                        "must be a file path, but it is the text 'reports': "
                                + folder
                                + " is a folder");
    }

    @Test
    void refusesTheSameTagForDeletingAndKeepingNamingBothOrigins() {
        fixture.properties.put("vcr.delete-on-fail.keep-tag", "@same");

        fixture.yamlFails("delete-tag: '@same'\n")
                .hasMessage(
                        "vcr-delete-on-fail: the keys 'delete-tag' and 'keep-tag' are both @same (from "
                                + fixture.origin()
                                + " and system property vcr.delete-on-fail.keep-tag). Give them"
                                + " different tags.");
    }

    @Test
    void acceptsTagsThatDifferOnlyInCase() {
        Configuration configuration =
                fixture.yaml("delete-tag: '@Cassette'\nkeep-tag: '@cassette'\n");

        assertThat(configuration.deleteTag()).isEqualTo("@Cassette");
        assertThat(configuration.keepTag()).isEqualTo("@cassette");
    }

    @Test
    void escapesControlAndBidirectionalCharactersOfTheValue() {
        fixture.yamlFails("extension: \"json\\u202e\\n\"\n")
                .hasMessageContaining("but it is the text 'json\\u202E\\u000A'")
                .hasMessageContaining("Did you mean '.json\\u202E'?");
    }

    @Test
    void anOptionalKeyWithoutAValueMeansNone() {
        Configuration configuration = fixture.yaml("report:\nrerun-file:\n");

        assertThat(configuration.report()).isEmpty();
        assertThat(configuration.rerunFile()).isEmpty();
    }

    @Test
    void aRefreshRuleMatchesLikeCucumbersTagFilter() {
        Configuration configuration = fixture.yaml("refresh: '@payments and not @slow'\n");

        assertThat(configuration.refresh().isNone()).isFalse();
        assertThat(configuration.refresh().matches(List.of("@payments"))).isTrue();
        assertThat(configuration.refresh().matches(List.of("@payments", "@slow"))).isFalse();
        assertThat(configuration.refresh().matches(List.of())).isFalse();
    }

    @Test
    void refreshAllAndNoneMatchEverythingAndNothing() {
        assertThat(fixture.yaml("refresh: all\n").refresh().matches(List.of())).isTrue();
        assertThat(fixture.yaml("refresh: none\n").refresh().matches(List.of("@a"))).isFalse();
        assertThat(fixture.yaml("refresh: all\n").refresh().isNone()).isFalse();
    }

    @Test
    void theToStringListsEveryKeyWithTheOriginOfThoseSet() {
        String text = fixture.yaml("enabled: false\non-failure: restore\n").toString();

        for (ConfigKey key : ConfigKey.values()) {
            assertThat(text).contains(key.key() + "=");
        }
        assertThat(text)
                .contains("enabled=false (" + fixture.origin() + ")")
                .contains("on-failure=restore (" + fixture.origin() + ")")
                .contains("extension=.yaml, ")
                .contains("report=none")
                .contains("failing-statuses=[PENDING, UNDEFINED, AMBIGUOUS, FAILED]")
                .endsWith("(file layer: " + fixture.origin() + ")")
                .doesNotContain("built-in default,")
                .hasLineCount(1);
    }

    /** An abstract namer, to be refused by name. */
    public abstract static class AbstractNamer
            implements io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer {}
}
