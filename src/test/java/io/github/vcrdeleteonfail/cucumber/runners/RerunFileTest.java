package io.github.vcrdeleteonfail.cucumber.runners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.cucumber.core.cli.Main;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.runner.JUnitCore;
import org.testng.TestNG;

/**
 * The re-record list, read back by every way Cucumber offers to run a list of scenarios; what
 * works, and what does not, is what {@code docs/ci.md} tells users. (With Maven Surefire and a
 * {@code @Suite} class, {@code -Dcucumber.features=@file} fails the suite with "did not discover
 * any tests", and the lines joined by commas run exactly the listed scenarios, once: checked by
 * hand with Surefire 3.5.4, as this build cannot start a nested Maven.) A first run with the plugin
 * removes the cassettes of two failed scenarios and writes the list; each test runs it again.
 */
class RerunFileTest {

    private static final String GLUE = SampleSteps.class.getPackageName();
    private static final String STARTED = StartedScenarios.class.getName();

    @TempDir Path tmp;
    private Path features;
    private Path list;

    @BeforeEach
    void runOnceWithThePlugin() throws IOException {
        tmp = tmp.toRealPath();
        features = Files.createDirectories(tmp.resolve("features"));
        Path cassettes = Files.createDirectories(tmp.resolve("cassettes/rerun"));
        Files.writeString(
                features.resolve("rerun.feature"),
                "@vcr-delete-on-fail\nFeature: Rerun\n"
                        + "  Scenario: Fails with a recording\n    When a step fails\n"
                        + "  Scenario: Passes\n    When a step passes\n"
                        + "  Scenario: Fails without a recording\n    When a step is pending\n"
                        + "  Scenario: Fails with another recording\n    When a step fails\n");
        Files.writeString(
                features.resolve("other.feature"),
                "Feature: Other\n" + "  Scenario: Untagged\n    When a step fails\n");
        Files.writeString(cassettes.resolve("Fails_with_a_recording.yaml"), "recorded");
        Files.writeString(cassettes.resolve("Fails_with_another_recording.yaml"), "recorded");
        Files.writeString(cassettes.resolve("Passes.yaml"), "recorded");
        list = tmp.resolve("target/vcr-rerecord.txt");
        System.setProperty("vcr.delete-on-fail.cassette-dir", tmp.resolve("cassettes").toString());
        System.setProperty("vcr.delete-on-fail.rerun-file", list.toString());
        System.setProperty("vcr.delete-on-fail.snapshot-dir", tmp.resolve("snapshots").toString());
        System.setProperty(SampleSteps.CASSETTE_DIR_PROPERTY, tmp.resolve("cassettes").toString());

        byte status =
                Main.run(
                        new String[] {
                            "--glue",
                            GLUE,
                            "--plugin",
                            VcrDeleteOnFailPlugin.class.getName(),
                            features.toString()
                        },
                        Thread.currentThread().getContextClassLoader());

        assertThat(status).isEqualTo((byte) 1);
        assertThat(Files.readAllLines(list))
                .containsExactly(
                        "# cucumber-vcr-delete-on-fail: the scenarios whose cassettes were"
                                + " removed; run them again to record afresh",
                        features.resolve("rerun.feature").toUri() + ":3:9");
        StartedScenarios.clear();
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("vcr.delete-on-fail.cassette-dir");
        System.clearProperty("vcr.delete-on-fail.rerun-file");
        System.clearProperty("vcr.delete-on-fail.snapshot-dir");
        System.clearProperty(SampleSteps.CASSETTE_DIR_PROPERTY);
        System.clearProperty("cucumber.features");
    }

    @Test
    void theCliRunsExactlyTheListedScenariosOfAnAtFileArgument() {
        Main.run(
                new String[] {"--glue", GLUE, "--plugin", STARTED, "@" + list},
                Thread.currentThread().getContextClassLoader());

        assertThat(StartedScenarios.names())
                .containsExactlyInAnyOrder(
                        "Fails with a recording", "Fails with another recording");
    }

    @Test
    void theJunit4RunnerReadsAnAtFileFromTheCucumberFeaturesProperty() {
        System.setProperty("cucumber.features", "@" + list);

        JUnitCore.runClasses(Junit4RerunRunner.class);

        assertThat(StartedScenarios.names())
                .containsExactlyInAnyOrder(
                        "Fails with a recording", "Fails with another recording");
    }

    @Test
    void theTestngRunnerReadsAnAtFileFromTheCucumberFeaturesProperty() {
        System.setProperty("cucumber.features", "@" + list);
        TestNG testng = new TestNG(false);
        testng.setTestClasses(new Class<?>[] {TestngRerunRunner.class});
        testng.setOutputDirectory(tmp.resolve("testng").toString());
        testng.setVerbose(0);

        testng.run();

        assertThat(StartedScenarios.names())
                .containsExactlyInAnyOrder(
                        "Fails with a recording", "Fails with another recording");
    }

    @Test
    void theJunitPlatformRunsExactlyTheListedScenariosOfAFileSelectorFromCucumber7_28() {
        runOnTheJunitPlatform(
                LauncherDiscoveryRequestBuilder.request().selectors(selectFile(list.toFile())));

        if (engineReadsRerunFiles()) {
            assertThat(StartedScenarios.names())
                    .containsExactlyInAnyOrder(
                            "Fails with a recording", "Fails with another recording");
        } else { // what docs/ci.md says of engines before 7.28: the selected file is ignored
            assertThat(StartedScenarios.names()).isEmpty();
        }
    }

    /**
     * Whether Cucumber's JUnit Platform engine reads a selected {@code .txt} file as a rerun file:
     * the resolver that does it came with Cucumber 7.28.0 (cucumber-jvm pull request 3057).
     */
    private static boolean engineReadsRerunFiles() {
        try {
            Class.forName("io.cucumber.junit.platform.engine.FeatureWithLinesFileResolver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void theJunitPlatformRunsExactlyTheListedScenariosOfItsLinesJoinedByCommas()
            throws IOException {
        // What docs/ci.md gives Maven users: grep -v '^#' list | paste -sd, -
        String joined =
                Files.readAllLines(list).stream()
                        .filter(l -> !l.startsWith("#"))
                        .collect(Collectors.joining(","));

        runOnTheJunitPlatform(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectDirectory(features.toFile()))
                        .configurationParameter("cucumber.features", joined));

        assertThat(StartedScenarios.names())
                .containsExactlyInAnyOrder(
                        "Fails with a recording", "Fails with another recording");
    }

    @Test
    void theJunitPlatformDoesNotReadAnAtFileFromTheCucumberFeaturesProperty() {
        // Cucumber's JUnit Platform engine parses the property as feature paths only: the docs
        // must not promise -Dcucumber.features=@file there. If this starts failing, Cucumber
        // learnt it: update docs/ci.md.
        try {
            runOnTheJunitPlatform(
                    LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectDirectory(features.toFile()))
                            .configurationParameter("cucumber.features", "@" + list));
        } catch (JUnitException e) { // older engines (7.15.0 and 7.20.1 here) fail the discovery
            assertThat(engineReadsRerunFiles()).as("the engine's version").isFalse();
            assertThat(e).hasMessageContaining("failed to discover tests");
        }

        assertThat(StartedScenarios.names()).isEmpty();
    }

    private static void runOnTheJunitPlatform(LauncherDiscoveryRequestBuilder request) {
        LauncherDiscoveryRequest built =
                request.configurationParameter("cucumber.glue", GLUE)
                        .configurationParameter("cucumber.plugin", STARTED)
                        .configurationParameter("cucumber.publish.quiet", "true")
                        .filters(
                                org.junit.platform.launcher.EngineFilter.includeEngines("cucumber"))
                        .build();
        LauncherFactory.create().execute(built, new SummaryGeneratingListener());
    }

    @Test
    void anEmptyListWouldRunEveryFeatureSoTheFileIsOnlyWrittenWithAScenario() throws IOException {
        // The reason the plugin writes no list when nothing was removed: Cucumber's CLI treats a
        // list that names no feature as no list at all, and runs the default feature path.
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "# nothing\n");
        Path classpathFeatures = Files.createDirectories(tmp.resolve("classpath"));
        Files.copy(features.resolve("other.feature"), classpathFeatures.resolve("other.feature"));

        try (java.net.URLClassLoader loader =
                new java.net.URLClassLoader(
                        new java.net.URL[] {classpathFeatures.toUri().toURL()},
                        Thread.currentThread().getContextClassLoader())) {
            Main.run(new String[] {"--glue", GLUE, "--plugin", STARTED, "@" + empty}, loader);
        }

        assertThat(StartedScenarios.names()).containsExactly("Untagged");
    }
}
