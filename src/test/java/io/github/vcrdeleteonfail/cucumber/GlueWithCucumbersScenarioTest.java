package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun;
import io.github.vcrdeleteonfail.cucumber.testkit.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glue API given Cucumber's own {@code io.cucumber.java.Scenario}, in a real run on the command
 * line in this JVM: with the plugin registered, and without it.
 */
class GlueWithCucumbersScenarioTest {

    @TempDir Path tmp;
    private Path cassettes;
    private Path features;
    private Path scratch;

    @BeforeEach
    void aFeature() throws IOException {
        tmp = tmp.toRealPath();
        cassettes = tmp.resolve("cassettes");
        features = Files.createDirectories(tmp.resolve("features"));
        scratch = Files.createDirectories(tmp.resolve("scratch"));
    }

    @Test
    void defaultCassettesOfTheScenarioAreTheOnesThePluginHandles() throws IOException {
        feature("the recorder records into every one of Cassettes.defaultCassettes");
        Path config =
                Files.writeString(
                        tmp.resolve("vcr.yaml"),
                        "cassette-dir: " + cassettes + "\nci-output: off\n");

        Result result = run().plugin(config.toString()).run();

        assertThat(result.exitStatus()).as(result.describe()).isZero();
        assertThat(cassettes.resolve("users/Fetch_a_user.yaml"))
                .hasContent("recorded by Fetch a user");
    }

    @Test
    void withoutThePluginTheScenarioIsStillSeenAsCucumberDescribesIt() throws IOException {
        // The sample recorder names its cassette from ScenarioInfo.from(scenario).
        feature("the recorder records the default cassette");

        Result result = run().run();

        assertThat(result.exitStatus()).as(result.describe()).isZero();
        assertThat(cassettes.resolve("users/Fetch_a_user.yaml"))
                .hasContent("recorded by Fetch a user");
    }

    private void feature(String step) throws IOException {
        Files.writeString(
                features.resolve("users.feature"),
                "Feature: Users\n\n"
                        + "  @vcr-delete-on-fail\n"
                        + "  Scenario: Fetch a user\n"
                        + "    Given "
                        + step
                        + "\n");
    }

    private CucumberRun run() {
        return CucumberRun.cli().scratch(scratch).sampleGlue(cassettes).features(features);
    }
}
