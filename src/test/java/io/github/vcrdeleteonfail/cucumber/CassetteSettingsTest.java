package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.LogCapture;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * Glue code that made the configuration final itself, in the same @BeforeAll hook, is told to
     * apply the settings first: it already calls from a @BeforeAll hook.
     */
    @Test
    void refusesAChangeAfterAGlueCallAndSaysToApplyTheSettingsFirst(@TempDir Path tmp)
            throws IOException {
        AttachedPlugin run = startRun(tmp, "");
        try {
            Cassettes.deleteOnRunFailure(Path.of("setup/tokens.yaml"));

            assertThatThrownBy(() -> CassetteSettings.change().enabled(false).apply())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageEndingWith(
                            "CassetteSettings can only change the configuration before the first"
                                    + " scenario starts, and Cassettes.deleteOnRunFailure was"
                                    + " called first. Apply the settings before it, in the same"
                                    + " static @BeforeAll hook.");
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

    @Test
    void setsEveryKeyWithTypedValues(@TempDir Path tmp) throws IOException {
        AttachedPlugin run = startRun(tmp, "");
        try {
            CassetteSettings.change()
                    .failingStatuses(Status.FAILED, Status.SKIPPED)
                    .onFailure(OnFailure.QUARANTINE)
                    .quarantineDir(tmp.resolveSibling(tmp.getFileName() + "-quarantine"))
                    .snapshotDir(tmp.resolveSibling(tmp.getFileName() + "-recovery"))
                    .report(Path.of("target/report-{pid}.json"))
                    .refresh("@payments and not @slow")
                    .refreshOlderThan(Duration.ofDays(30))
                    .rerunFile(Path.of("target/rerun-{run}.txt"))
                    .ciOutput(false)
                    .apply();

            String configuration = configurationLoggedWhenTheFirstScenarioStarts(run);
            String glue = " (CassetteSettings in glue code)";
            assertThat(configuration)
                    .contains("failing-statuses=[SKIPPED, FAILED]" + glue)
                    .contains("on-failure=quarantine" + glue)
                    .contains("quarantine-dir=" + tmp + "-quarantine" + glue)
                    .contains("snapshot-dir=" + tmp + "-recovery" + glue)
                    .containsPattern(
                            "report=/\\S+/target/report-\\{pid}\\.json"
                                    + glue.replace("(", "\\(").replace(")", "\\)"))
                    .contains("refresh=@payments and not @slow" + glue)
                    .contains("refresh-older-than=PT720H" + glue)
                    .contains("ci-output=off" + glue);
        } finally {
            finish(run);
        }
    }

    @Test
    void refusesAStatusThatCannotCountAsFailedWithThePublicException(@TempDir Path tmp)
            throws IOException {
        AttachedPlugin run = startRun(tmp, "");
        try {
            assertThatThrownBy(
                            () -> CassetteSettings.change().failingStatuses(Status.PASSED).apply())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining(
                            "the key 'failing-statuses' from CassetteSettings in glue code")
                    .hasMessageContaining("'PASSED' is not one");
            assertThatThrownBy(
                            () -> CassetteSettings.change().failingStatuses(new Status[0]).apply())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("which is empty");
            assertThatThrownBy(
                            () -> CassetteSettings.change().refreshOlderThan(Duration.ZERO).apply())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining(
                            "the key 'refresh-older-than' from CassetteSettings in glue code must"
                                    + " be a positive duration");
            assertThatThrownBy(() -> CassetteSettings.change().cassetteDir(tmp.getRoot()).apply())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("which is the file-system root");
        } finally {
            finish(run);
        }
    }

    static Stream<Arguments> nullArguments() {
        CassetteSettings change = CassetteSettings.change();
        return Stream.of(
                Arguments.of("folder", (Runnable) () -> change.cassetteDir(null)),
                Arguments.of("extension", (Runnable) () -> change.extension(null)),
                Arguments.of("namer", (Runnable) () -> change.namer(null)),
                Arguments.of("statuses", (Runnable) () -> change.failingStatuses((String[]) null)),
                Arguments.of(
                        "statuses[1]", (Runnable) () -> change.failingStatuses("FAILED", null)),
                Arguments.of("statuses", (Runnable) () -> change.failingStatuses((Status[]) null)),
                Arguments.of("statuses[0]", (Runnable) () -> change.failingStatuses((Status) null)),
                Arguments.of("tag", (Runnable) () -> change.deleteTag(null)),
                Arguments.of("tag", (Runnable) () -> change.keepTag(null)),
                Arguments.of("strategy", (Runnable) () -> change.onFailure((String) null)),
                Arguments.of("strategy", (Runnable) () -> change.onFailure((OnFailure) null)),
                Arguments.of("folder", (Runnable) () -> change.quarantineDir(null)),
                Arguments.of("folder", (Runnable) () -> change.snapshotDir(null)),
                Arguments.of("file", (Runnable) () -> change.report(null)),
                Arguments.of("rule", (Runnable) () -> change.refresh(null)),
                Arguments.of("age", (Runnable) () -> change.refreshOlderThan(null)),
                Arguments.of("file", (Runnable) () -> change.rerunFile(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullArguments")
    void refusesANullArgumentNamingTheParameter(String parameter, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(NullPointerException.class)
                .hasMessage(parameter + " must not be null");
    }

    /** The run logs its final configuration at DEBUG once, when its first scenario starts. */
    private String configurationLoggedWhenTheFirstScenarioStarts(AttachedPlugin run) {
        try (LogCapture debug = LogCapture.start()) {
            run.send(
                    TestCaseStarted.class,
                    new TestCaseStarted(
                            Instant.now(),
                            new StubTestCase(
                                    "First", "file:/features/first.feature", 2, List.of())));
            return debug.records().stream()
                    .map(LogRecord::getMessage)
                    .filter(m -> m.startsWith("vcr-delete-on-fail configuration: "))
                    .findFirst()
                    .orElseThrow();
        }
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
