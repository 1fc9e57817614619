package io.github.vcrdeleteonfail.cucumber.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any source that says "dry run" wins; sources that disagree give a warning naming both. */
class DryRunSourcesTest {

    private static final String KEY = "cucumber.execution.dry-run";
    private static final String ENV = "CUCUMBER_EXECUTION_DRY_RUN";
    private static final String CLI = "io.cucumber.core.cli.Main";

    @TempDir Path classpath;

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private URLClassLoader classLoader;

    @BeforeEach
    void createClassLoader() throws IOException {
        // No parent: the build's own properties files cannot leak in.
        classLoader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null);
    }

    @AfterEach
    void closeClassLoader() throws IOException {
        classLoader.close();
    }

    @Test
    void findsNoDryRunWhenNothingAsksForOne() {
        DryRunSources request = detect();

        assertThat(request.requested()).isFalse();
        assertThat(request.source()).isEqualTo("no source");
        assertThat(request.conflict()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", " True "})
    void seesTheSystemProperty(String value) {
        properties.put(KEY, value);

        assertThat(detect().requested()).isTrue();
        assertThat(detect().source()).isEqualTo("system property " + KEY);
    }

    @Test
    void seesTheEnvironmentVariable() {
        environment.put(ENV, "true");

        assertThat(detect().source()).isEqualTo("environment variable " + ENV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cucumber.properties", "junit-platform.properties"})
    void seesAPropertiesFileAtTheClasspathRoot(String file) throws IOException {
        Files.writeString(classpath.resolve(file), "# options\n" + KEY + " = TRUE\n");

        assertThat(detect().requested()).isTrue();
        assertThat(detect().source()).isEqualTo(KEY + " in " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--dry-run", "-d"})
    void seesTheCommandLineOfTheCucumberCli(String option) {
        properties.put(
                "sun.java.command", CLI + " --glue com.example " + option + " classpath:features");

        assertThat(detect().requested()).isTrue();
        assertThat(detect().source()).isEqualTo("the command line option " + option);
    }

    @Test
    void takesTheLastOptionOfTheCommandLine() {
        properties.put("sun.java.command", CLI + " --no-dry-run --dry-run features");
        assertThat(detect().requested()).isTrue();

        properties.put("sun.java.command", CLI + " -d --no-dry-run features");
        assertThat(detect().requested()).isFalse();
        assertThat(detect().source()).isEqualTo("the command line option --no-dry-run");
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
        properties.put("sun.java.command", command);

        assertThat(detect().requested()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "yes", "1", "on"})
    void readsAnyOtherValueAsNoDryRunAsCucumberDoes(String value) {
        properties.put(KEY, value);

        assertThat(detect().requested()).isFalse();
        assertThat(detect().source()).isEqualTo("system property " + KEY + " says " + value);
    }

    @Test
    void ignoresBlankValues() {
        properties.put(KEY, "  ");
        environment.put(ENV, "");

        assertThat(detect().requested()).isFalse();
        assertThat(detect().conflict()).isEmpty();
    }

    @Test
    void aPropertiesFileSayingTrueWinsOverAnEnvironmentVariableSayingFalse() throws IOException {
        Files.writeString(classpath.resolve("junit-platform.properties"), KEY + "=true\n");
        environment.put(ENV, "false");

        DryRunSources request = detect();

        assertThat(request.requested()).isTrue();
        assertThat(request.source()).isEqualTo(KEY + " in junit-platform.properties");
        assertThat(request.conflict())
                .contains(
                        "vcr-delete-on-fail: the dry-run settings disagree: "
                                + KEY
                                + " in junit-platform.properties says true, but environment variable "
                                + ENV
                                + " says false. The plugin treats the run as a dry run and"
                                + " touches no cassette, though Cucumber may run the steps. Remove"
                                + " the setting you do not mean.");
    }

    @Test
    void aDryRunOnTheCommandLineConflictsWithASystemPropertySayingFalse() {
        properties.put("sun.java.command", CLI + " --dry-run features");
        properties.put(KEY, "false");

        assertThat(detect().requested()).isTrue();
        assertThat(detect().conflict())
                .hasValueSatisfying(
                        w ->
                                assertThat(w)
                                        .contains(
                                                "the command line option --dry-run, but system property "
                                                        + KEY
                                                        + " says false"));
    }

    @Test
    void noDryRunOnTheCommandLineLosesToAnyTrue() throws IOException {
        properties.put("sun.java.command", CLI + " --no-dry-run features");
        Files.writeString(classpath.resolve("cucumber.properties"), KEY + "=true\n");

        assertThat(detect().requested()).isTrue();
        assertThat(detect().conflict())
                .hasValueSatisfying(
                        w -> assertThat(w).contains("but the command line option --no-dry-run"));
    }

    @Test
    void sourcesThatAgreeGiveNoWarning() throws IOException {
        properties.put(KEY, "true");
        environment.put(ENV, "TRUE");
        Files.writeString(classpath.resolve("cucumber.properties"), KEY + "=true\n");

        assertThat(detect().source()).isEqualTo("system property " + KEY);
        assertThat(detect().conflict()).isEmpty();
    }

    @Test
    void escapesAValueInTheWarning() {
        properties.put(KEY, "true");
        environment.put(ENV, "no\u202e");

        assertThat(detect().conflict())
                .hasValueSatisfying(w -> assertThat(w).contains("says no\\u202E"));
    }

    @Test
    void anUnreadablePropertiesFileAsksForNoDryRun() throws IOException {
        Files.writeString(classpath.resolve("cucumber.properties"), KEY + "=\\u00zz\n");

        assertThat(detect().requested()).isFalse();
    }

    /** A FIFO put at a properties file on the classpath is not read: the run does not wait. */
    @Test
    void aFifoAtAPropertiesFileIsNotReadAndAsksForNoDryRun() throws Exception {
        Path fifo = classpath.resolve("junit-platform.properties");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        try {
            DryRunSources sources =
                    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> detect());

            assertThat(sources.requested()).isFalse();
        } finally {
            // Let go of a reader left waiting, had the file been opened.
            FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
        }
    }

    private DryRunSources detect() {
        return DryRunSources.detect(properties, environment, classLoader);
    }
}
