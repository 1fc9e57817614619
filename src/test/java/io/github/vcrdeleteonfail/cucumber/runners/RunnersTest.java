package io.github.vcrdeleteonfail.cucumber.runners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.cucumber.core.cli.Main;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.runner.JUnitCore;
import org.testng.TestNG;

/**
 * Every runner, with the plugin registered the way its users do it: a failed scenario's cassette is
 * removed, a passing one's is kept. The cassette folder comes from the system property override
 * {@code vcr.delete-on-fail.cassette-dir}.
 */
class RunnersTest {

    private static final String PLUGIN = VcrDeleteOnFailPlugin.class.getName();
    private static final String GLUE = SampleSteps.class.getPackageName();

    @TempDir Path tmp;
    private Path features;
    private Path cassettes;
    private Path failing;
    private Path passing;

    @BeforeEach
    void createSuite() throws IOException {
        tmp = tmp.toRealPath();
        features = Files.createDirectories(tmp.resolve("features"));
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
        Files.writeString(
                features.resolve("runners.feature"),
                "@vcr-delete-on-fail\nFeature: Runners\n"
                        + "  Scenario: Fails\n    When a step fails\n"
                        + "  Scenario: Passes\n    When a step passes\n");
        failing = Files.createDirectories(cassettes.resolve("runners")).resolve("Fails.yaml");
        passing = cassettes.resolve("runners/Passes.yaml");
        Files.writeString(failing, "recorded");
        Files.writeString(passing, "recorded");
        System.setProperty("vcr.delete-on-fail.cassette-dir", cassettes.toString());
        System.setProperty(SampleSteps.CASSETTE_DIR_PROPERTY, cassettes.toString());
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("vcr.delete-on-fail.cassette-dir");
        System.clearProperty(SampleSteps.CASSETTE_DIR_PROPERTY);
        System.clearProperty("cucumber.features");
    }

    @Test
    void junitPlatformSuiteWithConfigurationParameters() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(SuiteWithConfigurationParameters.class))
                                // The suite runs the Cucumber engine; not also on its own.
                                .filters(EngineFilter.includeEngines("junit-platform-suite"))
                                .configurationParameter("cucumber.features", features.toString())
                                .build(),
                        listener);

        java.io.StringWriter out = new java.io.StringWriter();
        listener.getSummary().printFailuresTo(new java.io.PrintWriter(out), 3);
        assertThat(listener.getSummary().getTestsFailedCount()).as(out.toString()).isEqualTo(1);
        assertOnlyTheFailedScenariosCassetteIsGone();
    }

    @Test
    void junitPlatformWithJunitPlatformProperties() throws IOException {
        Path resources = Files.createDirectories(tmp.resolve("resources"));
        Files.writeString(
                resources.resolve("junit-platform.properties"),
                "cucumber.plugin=pretty, " + PLUGIN + "\ncucumber.glue=" + GLUE + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {resources.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectDirectory(features.toFile()))
                                    .build(),
                            listener);
            assertThat(listener.getSummary().getTestsFailedCount()).isEqualTo(1);
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertOnlyTheFailedScenariosCassetteIsGone();
    }

    @Test
    void cliWithTheShortPluginOption() {
        byte status =
                Main.run(
                        new String[] {"--glue", GLUE, "-p", PLUGIN, features.toString()},
                        Thread.currentThread().getContextClassLoader());

        assertThat(status).isEqualTo((byte) 1);
        assertOnlyTheFailedScenariosCassetteIsGone();
    }

    @Test
    void cliWithCucumberProperties() throws Exception {
        Path resources = Files.createDirectories(tmp.resolve("resources"));
        Files.writeString(
                resources.resolve("cucumber.properties"),
                "cucumber.plugin=" + PLUGIN + "\ncucumber.glue=" + GLUE + "\n");
        Process process =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dvcr.delete-on-fail.cassette-dir=" + cassettes,
                                "-D" + SampleSteps.CASSETTE_DIR_PROPERTY + "=" + cassettes,
                                "-Dcucumber.publish.quiet=true",
                                "-cp",
                                resources
                                        + File.pathSeparator
                                        + System.getProperty("java.class.path"),
                                Main.class.getName(),
                                features.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(tmp.resolve("cli.log").toFile())
                        .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(tmp.resolve("cli.log"))).isEqualTo(1);
        assertOnlyTheFailedScenariosCassetteIsGone();
    }

    @Test
    void junit4WithCucumberOptions() {
        System.setProperty("cucumber.features", features.toString());

        org.junit.runner.Result result = JUnitCore.runClasses(Junit4Runner.class);

        assertThat(result.getFailureCount()).isEqualTo(1);
        assertOnlyTheFailedScenariosCassetteIsGone();
    }

    @Test
    void testngWithCucumberOptions() {
        System.setProperty("cucumber.features", features.toString());
        TestNG testng = new TestNG(false);
        testng.setTestClasses(new Class<?>[] {TestngRunner.class});
        testng.setOutputDirectory(tmp.resolve("testng").toString());
        testng.setVerbose(0);

        testng.run();

        assertThat(testng.hasFailure()).isTrue();
        assertOnlyTheFailedScenariosCassetteIsGone();
    }

    private void assertOnlyTheFailedScenariosCassetteIsGone() {
        assertThat(failing).doesNotExist();
        assertThat(passing).hasContent("recorded");
        assertThat(List.of(cassettes.toFile().list())).containsExactly("runners");
    }
}
