package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the file comes from, how it is read, and the names of keys, variables and properties. */
class ConfigurationLoaderTest {

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

    // --- where the file comes from ---

    @Test
    void resolvesARelativeFileAgainstTheWorkingDirectoryAndNamesIt() {
        Path file = fixture.file("config/vcr.yaml", "cassette-dir: build/cassettes\n");

        Configuration configuration = fixture.load("config/vcr.yaml");

        assertThat(configuration.cassetteDir())
                .isEqualTo(fixture.workingDir.resolve("build/cassettes"));
        assertThat(configuration.source()).isEqualTo("file " + file);
    }

    @Test
    void readsAnAbsoluteFile() {
        Path file =
                ConfigFixture.write(
                        fixture.root.resolve("elsewhere/vcr.yaml"), "extension: .json\n");

        assertThat(fixture.load(file.toString()).extension()).isEqualTo(".json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "classpath:conf/vcr.yaml",
                "classpath:/conf/vcr.yaml",
                "classpath://conf/vcr.yaml"
            })
    void readsAClasspathResource(String location) {
        fixture.resource("conf/vcr.yaml", "extension: .json\n");

        Configuration configuration = fixture.load(location);

        assertThat(configuration.extension()).isEqualTo(".json");
        assertThat(configuration.source()).isEqualTo("classpath resource conf/vcr.yaml");
    }

    @Test
    void prefersANamedFileToTheDefaultResource() {
        fixture.resource("vcr-delete-on-fail.yaml", "extension: .a\n");
        fixture.file("vcr.yaml", "extension: .b\n");

        assertThat(fixture.load("vcr.yaml").extension()).isEqualTo(".b");
        assertThat(fixture.load(null).extension()).isEqualTo(".a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "# only a comment\n", "---\n"})
    void anEmptyFileMeansTheDefaults(String content) {
        assertThat(fixture.yaml(content).extension()).isEqualTo(".yaml");
    }

    @Test
    void aRelativeCassetteDirIsRelativeToTheWorkingDirectoryNotTheFile() {
        fixture.file("config/deep/vcr.yaml", "cassette-dir: cassettes\n");

        assertThat(fixture.load("config/deep/vcr.yaml").cassetteDir())
                .isEqualTo(fixture.workingDir.resolve("cassettes"));
    }

    // --- a location that names nothing readable ---

    @Test
    void explainsAMissingFile() {
        Path missing = fixture.workingDir.resolve("missing.yaml");

        fixture.fails(f -> f.load("missing.yaml"))
                .hasMessage(
                        "vcr-delete-on-fail: the configuration file "
                                + missing
                                + " was not found"
                                + " (plugin argument 'missing.yaml', relative to the working"
                                + " directory "
                                + fixture.workingDir
                                + "). Fix the path; a test"
                                + " resource belongs in src/test/resources, named"
                                + " classpath:<its path there>.");
    }

    @Test
    void suggestsTheClasspathFormOfAResourcesFolderPathWithoutDoublingIt() {
        fixture.resource("x.yml", "extension: .json\n");

        fixture.fails(f -> f.load("src/test/resources/x.yml"))
                .hasMessageContaining("was not found (plugin argument 'src/test/resources/x.yml'")
                .hasMessageEndingWith(
                        "A resource of that name is on the classpath: use classpath:x.yml.")
                .hasMessageNotContaining("classpath:src/test/resources");
    }

    @Test
    void suggestsTheClasspathFormOfARelativePathThatIsAResource() {
        fixture.resource("conf/vcr.yaml", "");

        fixture.fails(f -> f.load("conf/vcr.yaml"))
                .hasMessageEndingWith("use classpath:conf/vcr.yaml.");
    }

    @Test
    void suggestsAResourceOfTheSameNameForAMissingResource() {
        fixture.resource("vcr.yaml", "");

        fixture.fails(f -> f.load("classpath:settings/vcr.yaml"))
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the configuration file classpath:settings/vcr.yaml was"
                                + " not found (plugin argument 'classpath:settings/vcr.yaml'")
                .hasMessageEndingWith("use classpath:vcr.yaml.");
    }

    @Test
    void suggestsTheResourceNameForAClasspathLocationWithTheResourcesFolder() {
        fixture.resource("x.yml", "");

        fixture.fails(f -> f.load("classpath:src/test/resources/x.yml"))
                .hasMessageEndingWith("use classpath:x.yml.");
    }

    @Test
    void suggestsDroppingThePrefixForAFileOfTheWorkingDirectory() {
        fixture.file("local/vcr.yaml", "");

        fixture.fails(f -> f.load("classpath:local/vcr.yaml"))
                .hasMessageEndingWith(
                        "It is a file in the working directory: drop the classpath: prefix.");
    }

    @Test
    void neverSuggestsTheClasspathFormForAResourceThatDoesNotExist() {
        fixture.fails(f -> f.load("classpath:nowhere/vcr.yaml"))
                .hasMessageEndingWith(
                        "Fix the path; a test resource belongs in src/test/resources, named"
                                + " classpath:<its path there>.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "classpath:", "classpath:/", "classpath:settings/"})
    void explainsALocationThatNamesNoFile(String location) {
        fixture.fails(f -> f.load(location))
                .hasMessageContaining("was not found (plugin argument '" + location + "'")
                .hasMessageEndingWith(
                        "It names a folder or nothing: name the YAML file, such as"
                                + " classpath:vcr-delete-on-fail.yaml.");
    }

    @Test
    void explainsAFolderGivenForAFile() throws IOException {
        Files.createDirectories(fixture.workingDir.resolve("config"));
        Files.createDirectories(fixture.classpath.resolve("settings"));

        fixture.fails(f -> f.load("config")).hasMessageContaining("It names a folder or nothing");
        fixture.fails(f -> f.load("classpath:settings"))
                .hasMessageContaining("It names a folder or nothing");
    }

    @Test
    void escapesControlCharactersOfTheLocation() {
        fixture.fails(f -> f.load("vcr\u202e.yaml"))
                .hasMessageContaining("plugin argument 'vcr\\u202E.yaml'");
    }

    // --- the file's size and syntax ---

    @Test
    void readsAFileOfExactly1MiB() throws IOException {
        String padding =
                "#".repeat(ConfigurationLoader.MAX_FILE_SIZE - "extension: .json\n".length() - 1);
        fixture.file("big.yaml", "extension: .json\n" + padding + "\n");

        assertThat(Files.size(fixture.workingDir.resolve("big.yaml"))).isEqualTo(1 << 20);
        assertThat(fixture.load("big.yaml").extension()).isEqualTo(".json");
    }

    @Test
    void refusesAFileOneByteOver1MiB() {
        fixture.file("big.yaml", "#".repeat((1 << 20) + 1));

        fixture.fails(f -> f.load("big.yaml"))
                .hasMessage(
                        "vcr-delete-on-fail: the configuration file "
                                + fixture.workingDir.resolve("big.yaml")
                                + " is larger than 1 MiB, so it was not read. A configuration file"
                                + " holds a few keys: check that the plugin argument names the"
                                + " right file.");
    }

    @Test
    void refusesA20MegabyteFileQuickly() throws IOException {
        Path huge = fixture.workingDir.resolve("huge.yaml");
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(huge)) {
            for (int i = 0; i < 20; i++) {
                out.write(block);
            }
        }

        long start = System.nanoTime();
        fixture.fails(f -> f.load("huge.yaml")).hasMessageContaining("is larger than 1 MiB");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void refusesAnOversizedClasspathResource() {
        fixture.resource("big.yaml", "x".repeat((1 << 20) + 1));

        fixture.fails(f -> f.load("classpath:big.yaml"))
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the configuration classpath resource big.yaml is larger than 1 MiB");
    }

    @Test
    void explainsInvalidYamlWithItsLineEachLineEscaped() {
        fixture.yamlFails("# settings\ncassette-dir: cassettes\n  oops: indented \u202e\n")
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the configuration "
                                + fixture.origin()
                                + " is not valid YAML: ")
                .hasMessageContaining("at line 3")
                .hasMessageContaining("\\u202E")
                .hasMessageEndingWith(
                        "Write a mapping of keys to values, such as\n  cassette-dir: src/test/resources/cassettes");
    }

    @Test
    void refusesDuplicateKeys() {
        fixture.yamlFails("extension: .a\nextension: .b\n")
                .hasMessageContaining("is not valid YAML")
                .hasMessageContaining("found duplicate key extension");
    }

    @Test
    void refusesADocumentThatIsNotAMapping() {
        fixture.yamlFails("- cassette-dir\n- cassettes\n")
                .hasMessage(
                        "vcr-delete-on-fail: the configuration "
                                + fixture.origin()
                                + " must be a mapping of keys to"
                                + " values, but it is a list [cassette-dir, cassettes]. Write for example\n"
                                + "  cassette-dir: src/test/resources/cassettes");
        fixture.yamlFails("cassettes\n").hasMessageContaining("but it is the text 'cassettes'");
    }

    // --- names of keys ---

    @Test
    void refusesAnUnknownKeySuggestingTheKnownOneAndListingThemAll() {
        fixture.yamlFails("extension: .json\nCassette_Dir: x\n")
                .hasMessage(
                        "vcr-delete-on-fail: unknown key 'Cassette_Dir' in the configuration "
                                + fixture.origin()
                                + ". Did you mean 'cassette-dir'? Valid keys: cassette-dir,"
                                + " extension, namer, failing-statuses, delete-tag, keep-tag,"
                                + " enabled, report-only, on-failure, quarantine-dir, snapshot-dir,"
                                + " report, refresh, refresh-older-than, rerun-file, ci-output.");
    }

    @Test
    void suggestsNothingForAnUnrelatedKey() {
        fixture.yamlFails("colour: red\n")
                .hasMessageContaining("unknown key 'colour'")
                .hasMessageNotContaining("Did you mean");
    }

    @Test
    void refusesAKeyThatIsNotText() {
        fixture.yamlFails("1: cassettes\n")
                .hasMessageContaining("unknown key the number 1 in the configuration");
        fixture.yamlFails("null: cassettes\n").hasMessageContaining("unknown key empty (null)");
    }

    @Test
    void escapesAnUnknownKey() {
        fixture.yamlFails("\"enabled\\u200b\": true\n")
                .hasMessageContaining("unknown key 'enabled\\u200B'")
                .hasMessageContaining("Did you mean 'enabled'?");
    }

    // --- names of environment variables and system properties ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vcr_delete_on_fail_cassette_dir",
                "Vcr_Delete_On_Fail_Cassette_Dir",
                "VCR_DELETE_ON_FAIL_cassette_dir",
                "VCR_DELETE_ON_FAIL_CASSETTE-DIR",
                "VCR-DELETE-ON-FAIL-CASSETTE-DIR",
                "vcr.delete-on-fail.cassette-dir"
            })
    void refusesAnEnvironmentVariableInTheWrongCaseOrWithOtherSeparators(String name) {
        fixture.environment.put(name, "elsewhere");
        String reason =
                name.equalsIgnoreCase("VCR_DELETE_ON_FAIL_CASSETTE_DIR")
                        ? "names are case-sensitive"
                        : "names are exact, their case and separators included";

        fixture.fails(f -> f.load(null))
                .hasMessage(
                        "vcr-delete-on-fail: the environment variable "
                                + name
                                + " is not read: "
                                + reason
                                + ". Did you mean VCR_DELETE_ON_FAIL_CASSETTE_DIR?");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vcr.delete-on-fail.Enabled",
                "VCR.DELETE-ON-FAIL.ENABLED",
                "vcr.delete_on_fail.enabled",
                "VCR_DELETE_ON_FAIL_ENABLED"
            })
    void refusesASystemPropertyInTheWrongCaseOrWithOtherSeparators(String name) {
        fixture.properties.put(name, "false");
        String reason =
                name.equalsIgnoreCase("vcr.delete-on-fail.enabled")
                        ? "names are case-sensitive"
                        : "names are exact, their case and separators included";

        fixture.fails(f -> f.load(null))
                .hasMessage(
                        "vcr-delete-on-fail: the system property "
                                + name
                                + " is not read: "
                                + reason
                                + ". Did you mean vcr.delete-on-fail.enabled?");
    }

    @Test
    void refusesAMisspeltEnvironmentVariableListingTheValidOnes() {
        fixture.environment.put("VCR_DELETE_ON_FAIL_CASETTE_DIR", "x");

        fixture.fails(f -> f.load(null))
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: unknown key 'casette-dir' in the environment variable"
                                + " VCR_DELETE_ON_FAIL_CASETTE_DIR. Did you mean"
                                + " VCR_DELETE_ON_FAIL_CASSETTE_DIR? Valid names:"
                                + " VCR_DELETE_ON_FAIL_CASSETTE_DIR, VCR_DELETE_ON_FAIL_EXTENSION,")
                .hasMessageEndingWith("VCR_DELETE_ON_FAIL_CI_OUTPUT.");
    }

    @Test
    void refusesAMisspeltSystemPropertyEvenWithAValidFile() {
        fixture.properties.put("vcr.delete-on-fail.enable", "false");

        fixture.yamlFails("enabled: true\n")
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: unknown key 'enable' in the system property"
                                + " vcr.delete-on-fail.enable. Did you mean"
                                + " vcr.delete-on-fail.enabled? Valid names:"
                                + " vcr.delete-on-fail.cassette-dir,");
    }

    @Test
    void ignoresNamesWithoutThePrefix() {
        fixture.properties.putAll(
                Map.of(
                        "enabled",
                        "maybe",
                        "vcr.delete-on-failX.enabled",
                        "maybe",
                        "cucumber.plugin",
                        "pretty"));
        fixture.environment.putAll(
                Map.of("ENABLED", "maybe", "VCR_DELETE_ON_FAILS", "maybe", "PATH", "/usr/bin"));

        assertThat(fixture.load(null).enabled()).isTrue();
    }

    @Test
    void readsOverridesWithoutAFile() {
        fixture.environment.put("VCR_DELETE_ON_FAIL_CASSETTE_DIR", "recorded");
        fixture.properties.put("vcr.delete-on-fail.failing-statuses", " Failed ,\tPending ");

        Configuration configuration = fixture.load(null);

        assertThat(configuration.cassetteDir()).isEqualTo(fixture.workingDir.resolve("recorded"));
        assertThat(configuration.failingStatuses()).hasSize(2);
        assertThat(configuration.source()).isEqualTo("built-in defaults");
    }

    @Test
    void readsTheWorkingDirectoryAsAnAbsolutePath() {
        ConfigurationLoader loader =
                new ConfigurationLoader(
                        fixture.classLoader, Path.of("relative/wd"), null, Map.of(), Map.of());

        assertThat(loader.read(null).resolve(Map.of()).cassetteDir())
                .isEqualTo(
                        Path.of("relative/wd/src/test/resources/cassettes")
                                .toAbsolutePath()
                                .normalize());
    }

    /**
     * A FIFO at the default resource is refused with a message naming it; it is not opened, so the
     * run does not wait for a writer that never comes.
     */
    @Test
    void aFifoAtTheDefaultResourceIsRefusedWithoutBlocking() throws Exception {
        Path fifo = fixture.classpath.resolve("vcr-delete-on-fail.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        try {
            assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () ->
                            fixture.fails(f -> f.load(null))
                                    .hasMessageContaining(
                                            "the configuration file "
                                                    + fifo
                                                    + " is not a regular file (a FIFO or device put"
                                                    + " there), so it was not read"));
        } finally {
            // Let go of a reader left waiting, had the file been opened.
            FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
        }
    }
}
