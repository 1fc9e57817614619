package io.github.vcrdeleteonfail.cucumber.runners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The reproduction of issue 15: two {@code @Suite} classes run in one JVM, as Surefire runs them,
 * with {@code report: target/vcr-report-{pid}.json} as the docs recommended. The report keeps both
 * runs, and the re-record list both runs' scenarios.
 */
class TwoSuitesInOneJvmTest {

    @TempDir Path tmp;
    private Path features;
    private Path cassettes;

    @BeforeEach
    void createSuites() throws IOException {
        tmp = tmp.toRealPath();
        features = Files.createDirectories(tmp.resolve("features"));
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
        for (String suite : List.of("a", "b")) {
            Files.writeString(
                    features.resolve(suite + ".feature"),
                    "@vcr-delete-on-fail @suite-"
                            + suite
                            + "\nFeature: "
                            + suite
                            + "\n  Scenario: Fails\n    When a step fails\n");
            Files.createDirectories(cassettes.resolve(suite));
            Files.writeString(cassettes.resolve(suite + "/Fails.yaml"), "recorded");
        }
        System.setProperty("vcr.delete-on-fail.cassette-dir", cassettes.toString());
        System.setProperty(
                "vcr.delete-on-fail.report",
                tmp.resolve("target/vcr-report-{pid}.json").toString());
        System.setProperty(
                "vcr.delete-on-fail.rerun-file", tmp.resolve("target/vcr-rerecord.txt").toString());
        System.setProperty("vcr.delete-on-fail.snapshot-dir", tmp.resolve("snapshots").toString());
        System.setProperty(SampleSteps.CASSETTE_DIR_PROPERTY, cassettes.toString());
    }

    @AfterEach
    void clearProperties() {
        for (String key : List.of("cassette-dir", "report", "rerun-file", "snapshot-dir")) {
            System.clearProperty("vcr.delete-on-fail." + key);
        }
        System.clearProperty(SampleSteps.CASSETTE_DIR_PROPERTY);
    }

    @Test
    void bothSuitesRunsAreInTheReportAndTheirScenariosInTheList() throws IOException {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(SuiteA.class), selectClass(SuiteB.class))
                                .filters(EngineFilter.includeEngines("junit-platform-suite"))
                                .configurationParameter("cucumber.features", features.toString())
                                .configurationParameter("cucumber.publish.quiet", "true")
                                .build(),
                        listener);
        assertThat(listener.getSummary().getTestsFailedCount()).isEqualTo(2);

        Path report = tmp.resolve("target/vcr-report-" + ProcessHandle.current().pid() + ".json");
        JsonNode runs =
                JsonMapper.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .build()
                        .readTree(Files.readString(report))
                        .get("runs");
        List<String> deleted = new ArrayList<>();
        for (JsonNode run : runs) {
            assertThat(run.get("counts").get("deleted").asInt()).isEqualTo(1);
            deleted.add(run.get("cassettes").get(0).get("cassette").asText());
        }
        assertThat(deleted).containsExactlyInAnyOrder("a/Fails.yaml", "b/Fails.yaml");
        assertThat(Files.readAllLines(tmp.resolve("target/vcr-rerecord.txt")))
                .containsExactly(
                        "# cucumber-vcr-delete-on-fail: the scenarios whose cassettes were"
                                + " removed; run them again to record afresh",
                        features.resolve("a.feature").toUri() + ":3",
                        features.resolve("b.feature").toUri() + ":3");
    }
}
