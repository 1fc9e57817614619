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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every runner, with the plugin registered the way its users do it: a failed scenario's cassette is
 * removed, a passing one's is kept. The cassette folder comes from the system property override
 * {@code vcr.delete-on-fail.cassette-dir}.
 */
class RunnersTest {

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
    }

    /** The scratch folder, the features and where the cassettes are, for every runner. */
    private CucumberRun withTheSuite(CucumberRun run) {
        return run.scratch(tmp)
                .features(features)
                .systemProperty("vcr.delete-on-fail.cassette-dir", cassettes.toString())
                .systemProperty(SampleSteps.CASSETTE_DIR_PROPERTY, cassettes.toString());
    }

    @Test
    void junitPlatformSuiteWithConfigurationParameters() {
        Result result =
                withTheSuite(
                                CucumberRun.junitPlatform()
                                        .suite(SuiteWithConfigurationParameters.class))
                        .run();

        assertThat(result.failedTests()).as(result.describe()).hasValue(1);
        assertOnlyTheFailedScenariosCassetteIsGone(result);
    }

    @Test
    void junitPlatformWithJunitPlatformProperties() throws IOException {
        Path resources = Files.createDirectories(tmp.resolve("resources"));
        Files.writeString(
                resources.resolve("junit-platform.properties"),
                "cucumber.plugin=pretty, " + PLUGIN + "\ncucumber.glue=" + SAMPLE_GLUE + "\n");

        Result result = withTheSuite(CucumberRun.junitPlatform()).classpathRoot(resources).run();

        assertThat(result.failedTests()).as(result.describe()).hasValue(1);
        assertOnlyTheFailedScenariosCassetteIsGone(result);
    }

    @Test
    void cliWithTheShortPluginOption() {
        Result result =
                withTheSuite(CucumberRun.cli())
                        .arguments("--glue", SAMPLE_GLUE, "-p", PLUGIN)
                        .run();

        assertThat(result.exitStatus()).as(result.describe()).isEqualTo(1);
        assertOnlyTheFailedScenariosCassetteIsGone(result);
    }

    @Test
    void cliWithCucumberProperties() throws Exception {
        Path resources = Files.createDirectories(tmp.resolve("resources"));
        Files.writeString(
                resources.resolve("cucumber.properties"),
                "cucumber.plugin=" + PLUGIN + "\ncucumber.glue=" + SAMPLE_GLUE + "\n");

        Result result = withTheSuite(CucumberRun.forkedCli()).classpathRoot(resources).run();

        assertThat(result.exitStatus()).as(result.describe()).isEqualTo(1);
        assertOnlyTheFailedScenariosCassetteIsGone(result);
    }

    @Test
    void junit4WithCucumberOptions() {
        Result result = withTheSuite(CucumberRun.junit4(Junit4Runner.class)).run();

        assertThat(result.failedTests()).as(result.describe()).hasValue(1);
        assertOnlyTheFailedScenariosCassetteIsGone(result);
    }

    @Test
    void testngWithCucumberOptions() {
        Result result = withTheSuite(CucumberRun.testng(TestngRunner.class)).run();

        assertThat(result.exitStatus()).as(result.describe()).isEqualTo(1);
        assertThat(result.failedTests()).as(result.describe()).hasValue(1);
        assertOnlyTheFailedScenariosCassetteIsGone(result);
    }

    private void assertOnlyTheFailedScenariosCassetteIsGone(Result result) {
        assertThat(failing).as(result.describe()).doesNotExist();
        assertThat(passing).as(result.describe()).hasContent("recorded");
        assertThat(List.of(cassettes.toFile().list())).containsExactly("runners");
    }
}
