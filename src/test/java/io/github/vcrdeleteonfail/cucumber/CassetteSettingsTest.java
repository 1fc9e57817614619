package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.TestCaseStarted;
import io.github.vcrdeleteonfail.cucumber.testing.LogCapture;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassetteSettingsTest {

    private LogCapture capture;

    @BeforeEach
    void captureLog() {
        capture = LogCapture.start();
    }

    @AfterEach
    void releaseLog() {
        capture.close();
    }

    @Test
    void logsOneWarningSayingHowToRegisterThePluginWhenNoneIsRunning() {
        assertThat(ActiveRuns.acting(null, "test")).as("runs left by other tests").isNull();

        assertThatCode(
                        () ->
                                CassetteSettings.change()
                                        .extension(".json")
                                        .failingStatuses("FAILED")
                                        .apply())
                .doesNotThrowAnyException();

        assertThat(capture.records()).hasSize(1);
        LogRecord record = capture.records().get(0);
        assertThat(record.getLevel()).isEqualTo(Level.WARNING);
        assertThat(record.getLoggerName()).isEqualTo("io.github.vcrdeleteonfail.cucumber");
        assertThat(record.getMessage())
                .contains("CassetteSettings was called, but the plugin is not registered")
                .contains("the plugin is not registered in this run")
                .contains(
                        "cucumber.plugin=io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin")
                .contains("junit-platform.properties");
    }

    @Test
    void doesNotValidateOrThrowWithoutARunningPlugin() {
        assertThatCode(
                        () ->
                                CassetteSettings.change()
                                        .extension("json")
                                        .deleteTag("no-at")
                                        .cassetteDir(Path.of("x"))
                                        .apply())
                .doesNotThrowAnyException();

        assertThat(capture.records())
                .singleElement()
                .extracting(LogRecord::getLevel)
                .isEqualTo(Level.WARNING);
    }

    @Test
    void logsNothingUntilApplied() {
        CassetteSettings.change().enabled(false).reportOnly(true);

        assertThat(capture.records()).isEmpty();
    }

    // --- with a running plugin ---

    @Test
    void changesTheConfigurationOfTheRunningPluginOnTopOfEarlierChanges(@TempDir Path tmp)
            throws IOException {
        AttachedPlugin run = startRun(tmp, "extension: .json\n");
        try {
            Path elsewhere = tmp.resolve("elsewhere");
            CassetteSettings.change().cassetteDir(elsewhere).apply();
            CassetteSettings.change().keepTag("@pinned").apply();

            assertThat(Cassettes.cassetteDir()).isEqualTo(elsewhere);
            assertThat(Cassettes.defaultCassette(scenario("Log in")))
                    .isEqualTo(elsewhere.resolve("login/Log_in.json"));
            assertThat(capture.records())
                    .noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        } finally {
            finish(run);
        }
    }

    @Test
    void usesANamerFromGlueCodeAsItIs(@TempDir Path tmp) throws IOException {
        AttachedPlugin run = startRun(tmp, "");
        try {
            ScenarioCassetteNamer namer = new DefaultCassetteNamer(".json").withSuffixes(".enc");

            CassetteSettings.change().namer(namer).apply();

            assertThat(Cassettes.defaultCassettes(scenario("Log in")))
                    .containsExactly(
                            tmp.resolve("login/Log_in.json"), tmp.resolve("login/Log_in.json.enc"));
        } finally {
            finish(run);
        }
    }

    @Test
    void refusesAnInvalidValueNamingGlueCodeAndKeepsTheConfiguration(@TempDir Path tmp)
            throws IOException {
        AttachedPlugin run = startRun(tmp, "");
        try {
            assertThatThrownBy(
                            () ->
                                    CassetteSettings.change()
                                            .cassetteDir(tmp.resolve("other"))
                                            .deleteTag("vcr")
                                            .apply())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("the key 'delete-tag' from CassetteSettings in glue code")
                    .hasMessageContaining("Did you mean '@vcr'?");

            assertThat(Cassettes.cassetteDir()).isEqualTo(tmp);
            CassetteSettings.change().extension(".json").apply();
            assertThat(Cassettes.defaultCassette(scenario("Log in")))
                    .isEqualTo(tmp.resolve("login/Log_in.json"));
        } finally {
            finish(run);
        }
    }

    @Test
    void refusesAChangeOnceAScenarioHasStarted(@TempDir Path tmp) throws IOException {
        AttachedPlugin run = startRun(tmp, "");
        try {
            run.send(
                    TestCaseStarted.class,
                    new TestCaseStarted(
                            Instant.now(),
                            new StubTestCase(
                                    "Started", "file:/features/started.feature", 4, List.of())));

            assertThatThrownBy(
                            () ->
                                    CassetteSettings.change()
                                            .cassetteDir(tmp.resolve("other"))
                                            .apply())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("before the first scenario starts")
                    .hasMessageContaining("\"Started\" (file:/features/started.feature:4)")
                    .hasMessageContaining("static @BeforeAll hook");
            assertThat(Cassettes.cassetteDir()).isEqualTo(tmp);
        } finally {
            finish(run);
        }
    }

    @Test
    void forgetsThePluginWhenTheRunFinishes(@TempDir Path tmp) throws IOException {
        finish(startRun(tmp, ""));

        CassetteSettings.change().enabled(false).apply();

        assertThat(capture.records())
                .singleElement()
                .extracting(LogRecord::getMessage)
                .asString()
                .contains("CassetteSettings was called, but the plugin is not registered");
    }

    // --- helpers ---

    private static ScenarioInfo scenario(String name) {
        return ScenarioInfo.of(
                "id-1", name, URI.create("file:/features/login.feature"), 3, List.of(), null);
    }

    private AttachedPlugin startRun(Path tmp, String yaml) throws IOException {
        assertThat(ActiveRuns.acting(null, "test")).as("runs left by other tests").isNull();
        Path config =
                Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: '" + tmp + "'\n" + yaml);
        return AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
    }

    private static void finish(AttachedPlugin run) {
        run.finish();
        assertThat(ActiveRuns.acting(null, "test")).isNull();
    }
}
