package io.github.vcrdeleteonfail.cucumber.runners;

import static io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun.PLUGIN;
import static io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun.SAMPLE_GLUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun;
import io.github.vcrdeleteonfail.cucumber.testkit.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dry run, however it is asked for, touches no cassette. In a dry run Cucumber reports a step
 * without definition UNDEFINED without running any glue, so without the dry-run check the plugin
 * would delete the scenario's cassette. Each route is one way users ask for a dry run; several are
 * out of sight of every property, variable and file a plugin can read, and are seen from Cucumber's
 * own execution mode of each scenario.
 */
class DryRunRoutesTest {

    @TempDir Path tmp;
    private Path features;
    private Path cassettes;
    private Path cassette;

    @BeforeEach
    void createSuite() throws IOException {
        tmp = tmp.toRealPath();
        features = Files.createDirectories(tmp.resolve("features"));
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
        Files.writeString(
                features.resolve("dry.feature"),
                "@vcr-delete-on-fail\nFeature: Dry\n"
                        + "  Scenario: Not written yet\n    When a step nobody wrote\n");
        cassette =
                Files.createDirectories(cassettes.resolve("dry")).resolve("Not_written_yet.yaml");
        Files.writeString(cassette, "recorded");
    }

    private CucumberRun withTheSuite(CucumberRun run) {
        return run.scratch(tmp)
                .features(features)
                .systemProperty("vcr.delete-on-fail.cassette-dir", cassettes.toString())
                .systemProperty(SampleSteps.CASSETTE_DIR_PROPERTY, cassettes.toString());
    }

    @Test
    void theControlARealRunDeletesTheUndefinedScenariosCassette() {
        Result result = withTheSuite(CucumberRun.cli()).glue(SAMPLE_GLUE).plugin().run();

        assertThat(cassette).as(result.describe()).doesNotExist();
    }

    @Test
    void argumentsOfAnInProcessMainRun() {
        assertKeptInADryRun(
                withTheSuite(CucumberRun.cli()).glue(SAMPLE_GLUE).plugin().arguments("--dry-run"));
    }

    @Test
    void theCommandLineOfAForkedCli() {
        assertKeptInADryRun(
                withTheSuite(CucumberRun.forkedCli())
                        .glue(SAMPLE_GLUE)
                        .plugin()
                        .arguments("--dry-run"));
    }

    @Test
    void theEnvironmentVariableForTheCli() {
        assertKeptInADryRun(
                withTheSuite(CucumberRun.forkedCli())
                        .glue(SAMPLE_GLUE)
                        .plugin()
                        .environment("CUCUMBER_EXECUTION_DRY_RUN", "true"));
    }

    @Test
    void aSystemProperty() {
        assertKeptInADryRun(
                withTheSuite(CucumberRun.cli())
                        .glue(SAMPLE_GLUE)
                        .plugin()
                        .systemProperty("cucumber.execution.dry-run", "true"));
    }

    @Test
    void aLauncherConfigurationParameterAsSurefireOrTheConsoleLauncherPassIt() {
        assertKeptInADryRun(
                withTheSuite(CucumberRun.junitPlatform())
                        .glue(SAMPLE_GLUE)
                        .plugin()
                        .configurationParameter("cucumber.execution.dry-run", "true"));
    }

    @Test
    void aConfigurationParameterOnASuiteClass() {
        assertKeptInADryRun(withTheSuite(CucumberRun.junitPlatform().suite(DryRunSuite.class)));
    }

    @Test
    void junitPlatformPropertiesOnTheClasspath() throws IOException {
        Path resources = Files.createDirectories(tmp.resolve("resources"));
        Files.writeString(
                resources.resolve("junit-platform.properties"),
                "cucumber.plugin="
                        + PLUGIN
                        + "\ncucumber.glue="
                        + SAMPLE_GLUE
                        + "\ncucumber.execution.dry-run=true\n");

        assertKeptInADryRun(withTheSuite(CucumberRun.junitPlatform()).classpathRoot(resources));
    }

    @Test
    void cucumberOptionsOfAJunit4Runner() {
        assertKeptInADryRun(withTheSuite(CucumberRun.junit4(Junit4DryRunner.class)));
    }

    @Test
    void cucumberOptionsOfATestngRunner() {
        assertKeptInADryRun(withTheSuite(CucumberRun.testng(TestngDryRunner.class)));
    }

    private void assertKeptInADryRun(CucumberRun run) {
        Result result = run.run();

        assertThat(cassette).as(result.describe()).exists().hasContent("recorded");
        assertThat(result.log())
                .as(result.describe())
                .anySatisfy(line -> assertThat(line).contains("a dry run was requested by"))
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains("kept (dry run)")
                                        .contains("dry/Not_written_yet.yaml"));
    }
}
