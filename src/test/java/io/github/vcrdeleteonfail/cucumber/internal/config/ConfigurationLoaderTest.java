package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationLoaderTest {

    @TempDir Path temp;

    private Path workingDir;
    private Path classpathDir;
    private URLClassLoader classLoader;

    @BeforeEach
    void createFolders() throws IOException {
        Path base = temp.toRealPath();
        workingDir = Files.createDirectory(base.resolve("project"));
        classpathDir = Files.createDirectory(base.resolve("test-classes"));
        // No parent: nothing from the build's own classpath can leak into these tests.
        classLoader = new URLClassLoader(new URL[] {classpathDir.toUri().toURL()}, null);
    }

    @AfterEach
    void closeClassLoader() throws IOException {
        classLoader.close();
    }

    // --- where the configuration comes from ---

    @Test
    void usesBuiltInDefaultsWithoutAFile() {
        Configuration configuration = loader().load(null);

        assertThat(configuration.cassetteDir())
                .isEqualTo(workingDir.resolve("src/test/resources/cassettes"));
        assertThat(configuration.source()).isEqualTo("built-in defaults");
    }

    @Test
    void readsTheDefaultFileAtTheClasspathRoot() throws IOException {
        Files.writeString(
                classpathDir.resolve("vcr-delete-on-fail.yaml"), "cassette-dir: recorded\n");

        Configuration configuration = loader().load(null);

        assertThat(configuration.cassetteDir()).isEqualTo(workingDir.resolve("recorded"));
        assertThat(configuration.source()).isEqualTo("classpath resource vcr-delete-on-fail.yaml");
    }

    @Test
    void resolvesAnExplicitRelativePathAgainstTheWorkingDir() throws IOException {
        Path file = write(workingDir.resolve("config/vcr.yaml"), "cassette-dir: build/cassettes\n");

        Configuration configuration = loader().load("config/vcr.yaml");

        assertThat(configuration.cassetteDir()).isEqualTo(workingDir.resolve("build/cassettes"));
        assertThat(configuration.source()).isEqualTo("file " + file);
    }

    @Test
    void readsAnExplicitAbsolutePath() throws IOException {
        Path file = write(temp.toRealPath().resolve("elsewhere/vcr.yaml"), "cassette-dir: c\n");

        Configuration configuration = loader().load(file.toString());

        assertThat(configuration.cassetteDir()).isEqualTo(workingDir.resolve("c"));
        assertThat(configuration.source()).isEqualTo("file " + file);
    }

    @Test
    void prefersAnExplicitFileToTheDefaultClasspathFile() throws IOException {
        Files.writeString(classpathDir.resolve("vcr-delete-on-fail.yaml"), "cassette-dir: a\n");
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: b\n");

        assertThat(loader().load("vcr.yaml").cassetteDir()).isEqualTo(workingDir.resolve("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"classpath:conf/vcr.yaml", "classpath:/conf/vcr.yaml"})
    void readsAClasspathResource(String location) throws IOException {
        write(classpathDir.resolve("conf/vcr.yaml"), "cassette-dir: from-classpath\n");

        Configuration configuration = loader().load(location);

        assertThat(configuration.cassetteDir()).isEqualTo(workingDir.resolve("from-classpath"));
        assertThat(configuration.source()).isEqualTo("classpath resource conf/vcr.yaml");
    }

    // --- cassette-dir ---

    @Test
    void resolvesARelativeCassetteDirAgainstTheWorkingDirNotTheFile() throws IOException {
        write(workingDir.resolve("config/deep/vcr.yaml"), "cassette-dir: cassettes\n");

        assertThat(loader().load("config/deep/vcr.yaml").cassetteDir())
                .isEqualTo(workingDir.resolve("cassettes"));
    }

    @Test
    void normalisesTheCassetteDir() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: a/./b/../c\n");

        assertThat(loader().load("vcr.yaml").cassetteDir()).isEqualTo(workingDir.resolve("a/c"));
    }

    @Test
    void keepsAnAbsoluteCassetteDir() throws IOException {
        Path absolute = temp.toRealPath().resolve("shared-cassettes");
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: '" + absolute + "'\n");

        assertThat(loader().load("vcr.yaml").cassetteDir()).isEqualTo(absolute);
    }

    @Test
    void acceptsACassetteDirThatDoesNotExistYet() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: not/yet/there\n");

        Configuration configuration = loader().load("vcr.yaml");

        assertThat(configuration.cassetteDir()).isEqualTo(workingDir.resolve("not/yet/there"));
        assertThat(configuration.cassetteDir()).doesNotExist();
    }

    @Test
    void resolvesTheWorkingDirToAnAbsolutePath() {
        Configuration configuration =
                new ConfigurationLoader(classLoader, Path.of("relative/wd")).load(null);

        assertThat(configuration.cassetteDir())
                .isAbsolute()
                .isEqualTo(
                        Path.of("relative/wd/src/test/resources/cassettes")
                                .toAbsolutePath()
                                .normalize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "# only a comment\n", "---\n"})
    void usesDefaultsForAnEmptyFile(String content) throws IOException {
        Path file = write(workingDir.resolve("vcr.yaml"), content);

        Configuration configuration = loader().load("vcr.yaml");

        assertThat(configuration.cassetteDir())
                .isEqualTo(workingDir.resolve("src/test/resources/cassettes"));
        assertThat(configuration.source()).isEqualTo("file " + file);
    }

    // --- errors ---

    @Test
    void explainsAMissingFile() {
        assertFails("missing.yaml")
                .hasMessageContaining(workingDir.resolve("missing.yaml").toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("relative to the working directory " + workingDir)
                .hasMessageContaining("Fix the path, or use classpath:missing.yaml");
    }

    @Test
    void explainsAMissingClasspathResource() {
        assertFails("classpath:conf/nope.yaml")
                .hasMessageContaining("'classpath:conf/nope.yaml' was not found on the classpath")
                .hasMessageContaining("src/test/resources/conf/nope.yaml")
                .hasMessageContaining("without the classpath: prefix");
    }

    @Test
    void explainsAFolderGivenInsteadOfAFile() throws IOException {
        Path folder = Files.createDirectory(workingDir.resolve("config"));

        assertFails("config")
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("is not a regular file")
                .hasMessageContaining(
                        "Name a YAML file, such as " + folder.resolve("vcr-delete-on-fail.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void explainsABlankArgument(String blank) {
        assertFails(blank)
                .hasMessageContaining("The argument of the vcr-delete-on-fail plugin is empty")
                .hasMessageContaining(workingDir.toString())
                .hasMessageContaining("classpath:some/file.yaml")
                .hasMessageContaining("drop the colon to use vcr-delete-on-fail.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"classpath:", "classpath:/", "classpath:settings/"})
    void explainsAClasspathArgumentThatNamesNoFile(String argument) {
        assertFails(argument)
                .hasMessageContaining("'" + argument + "' names no file after 'classpath:'")
                .hasMessageContaining("classpath:vcr-delete-on-fail.yaml");
    }

    @Test
    void explainsAClasspathArgumentThatNamesAFolder() throws IOException {
        write(classpathDir.resolve("settings/a.txt"), "a");

        assertFails("classpath:settings")
                .hasMessageContaining("names a folder on the classpath")
                .hasMessageContaining("classpath:settings/vcr-delete-on-fail.yaml");
    }

    @Test
    void explainsInvalidYamlWithItsLine() throws IOException {
        Path file =
                write(
                        workingDir.resolve("vcr.yaml"),
                        "# settings\ncassette-dir: cassettes\n  oops: indented\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("file " + file)
                .hasMessageContaining("is not valid YAML")
                .hasMessageContaining("line 3")
                .hasMessageContaining("Write a mapping of keys to values");
    }

    @Test
    void explainsInvalidYamlInAClasspathResource() throws IOException {
        write(classpathDir.resolve("vcr.yaml"), "cassette-dir: [unclosed\n");

        assertFails("classpath:vcr.yaml")
                .hasMessageContaining("classpath resource vcr.yaml")
                .hasMessageContaining("is not valid YAML")
                .hasMessageContaining("line 1");
    }

    @Test
    void explainsATopLevelList() throws IOException {
        Path file = write(workingDir.resolve("vcr.yaml"), "- cassette-dir\n- cassettes\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("file " + file)
                .hasMessageContaining(
                        "must be a mapping of keys to values, but it is a list [cassette-dir,"
                                + " cassettes]")
                .hasMessageContaining("cassette-dir: src/test/resources/cassettes");
    }

    @Test
    void explainsATopLevelText() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassettes\n");

        assertFails("vcr.yaml").hasMessageContaining("but it is the text 'cassettes'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"casette-dir", "cassette_dir", "Cassette-Dir", "cassettedir"})
    void suggestsTheKnownKeyForAMisspelledOne(String key) throws IOException {
        Path file = write(workingDir.resolve("vcr.yaml"), key + ": cassettes\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("Unknown key '" + key + "'")
                .hasMessageContaining("file " + file)
                .hasMessageContaining("Did you mean 'cassette-dir'?")
                .hasMessageContaining("Valid keys: " + String.join(", ", ConfigKeys.ALL) + ".");
    }

    @Test
    void suggestsNothingForAnUnrelatedKey() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "colour: red\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("Unknown key 'colour'")
                .hasMessageNotContaining("Did you mean")
                .hasMessageContaining("Valid keys: " + String.join(", ", ConfigKeys.ALL) + ".");
    }

    @Test
    void rejectsAnUnknownKeyBesideAValidOne() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: c\nextensions: .json\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("Unknown key 'extensions'")
                .hasMessageContaining("Did you mean 'extension'?");
    }

    @Test
    void explainsANonTextKey() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "1: cassettes\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("has the key the number 1, which is not a text")
                .hasMessageContaining("Valid keys: " + String.join(", ", ConfigKeys.ALL) + ".");
    }

    @Test
    void explainsANumericCassetteDir() throws IOException {
        Path file = write(workingDir.resolve("vcr.yaml"), "cassette-dir: 42\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("the key 'cassette-dir' from file " + file)
                .hasMessageContaining("file " + file)
                .hasMessageContaining("must be a folder path (text), but it is the number 42")
                .hasMessageContaining("relative to the working directory " + workingDir)
                .hasMessageContaining("remove the key for that default");
    }

    @Test
    void explainsAnEmptyCassetteDir() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: ''\n");

        assertFails("vcr.yaml").hasMessageContaining("but it is the text ''");
    }

    @Test
    void explainsABlankCassetteDir() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: '   '\n");

        assertFails("vcr.yaml").hasMessageContaining("but it is the text '   '");
    }

    @Test
    void explainsANullCassetteDir() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir:\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("must be a folder path (text), but it is empty (null)");
    }

    @Test
    void explainsABooleanCassetteDir() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: yes\n");

        assertFails("vcr.yaml").hasMessageContaining("but it is the boolean true");
    }

    @Test
    void explainsAListAsCassetteDir() throws IOException {
        write(workingDir.resolve("vcr.yaml"), "cassette-dir: [a, b]\n");

        assertFails("vcr.yaml").hasMessageContaining("but it is a list [a, b]");
    }

    @Test
    void explainsACassetteDirThatIsARegularFile() throws IOException {
        Path regular = write(workingDir.resolve("cassettes.txt"), "not a folder");
        Path file = write(workingDir.resolve("vcr.yaml"), "cassette-dir: cassettes.txt\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("the key 'cassette-dir' from file " + file)
                .hasMessageContaining("file " + file)
                .hasMessageContaining("names " + regular + ", which is not a folder")
                .hasMessageContaining("Name the folder that holds the cassettes");
    }

    @Test
    void explainsDuplicateKeys() throws IOException {
        Path file = write(workingDir.resolve("vcr.yaml"), "cassette-dir: a\ncassette-dir: b\n");

        assertFails("vcr.yaml")
                .hasMessageContaining("file " + file)
                .hasMessageContaining("is not valid YAML")
                .hasMessageContaining("duplicate key cassette-dir")
                .hasMessageContaining("line 2");
    }

    // --- helpers ---

    private ConfigurationLoader loader() {
        return new ConfigurationLoader(classLoader, workingDir);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertFails(String location) {
        return assertThatThrownBy(() -> loader().load(location))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
