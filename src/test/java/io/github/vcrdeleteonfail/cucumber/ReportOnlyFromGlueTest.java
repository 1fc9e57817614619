package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings chained in one {@link CassetteSettings} call from a {@code @BeforeAll} hook all take
 * effect: here a quarantine that only reports, so the failed scenario's cassette stays where it is.
 */
class ReportOnlyFromGlueTest {

    @Test
    void aChainedReportOnlyQuarantineMovesNothing(@TempDir Path tmp) throws Exception {
        tmp = tmp.toRealPath();
        Path cassettes = tmp.resolve("cassettes");
        Path cassette = cassettes.resolve("payments/Pays.yaml");
        Files.createDirectories(cassette.getParent());
        Files.writeString(cassette, "recorded");
        Path quarantine = tmp.resolve("quarantine");
        Path config =
                Files.writeString(
                        tmp.resolve("vcr.yaml"),
                        "cassette-dir: " + cassettes + "\nci-output: off\n");
        AttachedPlugin run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        TestCase scenario =
                new StubTestCase(
                        "Pays",
                        "file:/project/features/payments.feature",
                        3,
                        List.of("@vcr-delete-on-fail"));
        try {
            run.send(TestRunStarted.class, new TestRunStarted(Instant.now()));
            CassetteSettings.change()
                    .onFailure("quarantine")
                    .reportOnly(true)
                    .quarantineDir(quarantine)
                    .apply();

            run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
            run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.FAILED));
        } finally {
            run.finish();
        }

        assertThat(cassette).hasContent("recorded");
        assertThat(quarantine).doesNotExist();
    }
}
