package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DryRunDetectionTest {

    private static final String KEY = "cucumber.execution.dry-run";
    private static final String ENV = "CUCUMBER_EXECUTION_DRY_RUN";
    private static final String CLI = "io.cucumber.core.cli.Main";

    @TempDir Path classpathDir;

    private final Map<String, String> systemProperties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private URLClassLoader classLoader;

    @BeforeEach
    void createClassLoader() throws IOException {
        // No parent: the build's own properties files cannot leak into these tests.
        classLoader = new URLClassLoader(new URL[] {classpathDir.toUri().toURL()}, null);
    }

    @AfterEach
    void closeClassLoader() throws IOException {
        classLoader.close();
    }

    @Test
    void findsNothingWhenNothingAsksForADryRun() {
        assertThat(detect()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", " true "})
    void seesTheSystemProperty(String value) {
        systemProperties.put(KEY, value);

        assertThat(detect()).contains("system property cucumber.execution.dry-run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "yes", "1", "on"})
    void treatsAnyOtherSystemPropertyValueAsNoDryRun(String value) {
        systemProperties.put(KEY, value);

        assertThat(detect()).isEmpty();
    }

    @Test
    void seesTheEnvironmentVariable() {
        environment.put(ENV, "true");

        assertThat(detect()).contains("environment variable CUCUMBER_EXECUTION_DRY_RUN");
    }

    @Test
    void letsASystemPropertyFalseOverrideTheEnvironmentVariable() {
        systemProperties.put(KEY, "false");
        environment.put(ENV, "true");

        assertThat(detect()).isEmpty();
    }

    @Test
    void namesTheSystemPropertyWhenBothAskForADryRun() {
        systemProperties.put(KEY, "true");
        environment.put(ENV, "true");

        assertThat(detect()).contains("system property cucumber.execution.dry-run");
    }

    @Test
    void ignoresABlankSystemProperty() {
        systemProperties.put(KEY, "  ");
        environment.put(ENV, "true");

        assertThat(detect()).contains("environment variable CUCUMBER_EXECUTION_DRY_RUN");
    }

    @Test
    void letsAnEnvironmentVariableFalseOverrideAPropertiesFile() throws IOException {
        environment.put(ENV, "false");
        properties("cucumber.properties", KEY + "=true\n");

        assertThat(detect()).isEmpty();
    }

    @Test
    void seesCucumberProperties() throws IOException {
        properties("cucumber.properties", "# options\n" + KEY + "=true\n");

        assertThat(detect()).contains("cucumber.execution.dry-run in cucumber.properties");
    }

    @Test
    void seesJunitPlatformProperties() throws IOException {
        properties("junit-platform.properties", KEY + " = TRUE\n");

        assertThat(detect()).contains("cucumber.execution.dry-run in junit-platform.properties");
    }

    @Test
    void ignoresPropertiesFilesWithoutTheKeyOrWithFalse() throws IOException {
        properties("cucumber.properties", "cucumber.glue=com.example\n");
        properties("junit-platform.properties", KEY + "=false\n");

        assertThat(detect()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--dry-run", "-d"})
    void seesTheCommandLineOfTheCucumberCli(String option) {
        systemProperties.put(
                "sun.java.command", CLI + " --glue com.example " + option + " classpath:features");

        assertThat(detect()).contains("the command line option " + option);
    }

    @Test
    void letsTheCommandLineWinOverEveryPropertyAsTheCucumberCliDoes() throws IOException {
        systemProperties.put(KEY, "false");
        environment.put(ENV, "false");
        Files.writeString(classpathDir.resolve("cucumber.properties"), KEY + "=false\n");
        systemProperties.put("sun.java.command", CLI + " --dry-run classpath:features");

        assertThat(detect()).contains("the command line option --dry-run");
    }

    @Test
    void letsNoDryRunOnTheCommandLineWinOverAPropertiesFile() throws IOException {
        Files.writeString(classpathDir.resolve("cucumber.properties"), KEY + "=true\n");
        systemProperties.put("sun.java.command", CLI + " --no-dry-run classpath:features");

        assertThat(detect()).isEmpty();
    }

    @Test
    void takesTheLastDryRunOptionOfTheCommandLine() {
        systemProperties.put("sun.java.command", CLI + " --no-dry-run --dry-run features");
        assertThat(detect()).contains("the command line option --dry-run");

        systemProperties.put("sun.java.command", CLI + " -d --no-dry-run features");
        assertThat(detect()).isEmpty();
    }

    @Test
    void ignoresTheCommandLineOfTheCucumberCliWithoutTheOption() {
        systemProperties.put("sun.java.command", CLI + " --glue com.example classpath:features");

        assertThat(detect()).isEmpty();
    }

    @Test
    void ignoresNoDryRunOnTheCommandLine() {
        systemProperties.put("sun.java.command", CLI + " --no-dry-run classpath:features");

        assertThat(detect()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.example.Main --dry-run",
                "io.cucumber.core.cli.MainX --dry-run",
                "surefirebooter.jar -d",
                "app.jar io.cucumber.core.cli.Main --dry-run"
            })
    void ignoresTheCommandLineOfAnyOtherMainClass(String command) {
        systemProperties.put("sun.java.command", command);

        assertThat(detect()).isEmpty();
    }

    private Optional<String> detect() {
        return new DryRunDetection(systemProperties::get, environment, classLoader).dryRunSource();
    }

    private void properties(String name, String content) throws IOException {
        Files.writeString(classpathDir.resolve(name), content);
    }
}
