package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.Event;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStep;
import io.github.vcrdeleteonfail.cucumber.internal.config.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.internal.config.PluginConfiguration;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassetteSettingsTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    records.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    private final Logger logger = Logger.getLogger("io.github.vcrdeleteonfail.cucumber");

    @BeforeEach
    void captureLog() {
        logger.addHandler(handler);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(handler);
    }

    @Test
    void logsOneWarningSayingHowToRegisterThePluginWhenNoneIsRunning() {
        assertThat(ActivePlugins.all()).as("plugins left registered by other tests").isEmpty();

        assertThatCode(
                        () ->
                                CassetteSettings.change()
                                        .extension(".json")
                                        .failingStatuses("FAILED")
                                        .apply())
                .doesNotThrowAnyException();

        assertThat(records).hasSize(1);
        LogRecord record = records.get(0);
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

        assertThat(records)
                .singleElement()
                .extracting(LogRecord::getLevel)
                .isEqualTo(Level.WARNING);
    }

    @Test
    void logsNothingUntilApplied() {
        CassetteSettings.change().enabled(false).reportOnly(true);

        assertThat(records).isEmpty();
    }

    // --- with a running plugin ---

    @Test
    void changesTheConfigurationOfTheRunningPluginOnTopOfEarlierChanges(@TempDir Path tmp)
            throws IOException {
        Run run = startRun(tmp, "extension: .json\nreport-only: true\n");
        try {
            CassetteSettings.change().failingStatuses("SKIPPED").keepTag("@pinned").apply();
            CassetteSettings.change().enabled(false).apply();

            PluginConfiguration configuration = run.plugin.cleanup().configuration();
            assertThat(configuration.failingStatuses()).containsExactly(Status.SKIPPED);
            assertThat(configuration.keepTag()).isEqualTo("@pinned");
            assertThat(configuration.enabled()).isFalse();
            assertThat(configuration.enabledOrigin()).isEqualTo("CassetteSettings in glue code");
            assertThat(configuration.extension()).isEqualTo(".json");
            assertThat(configuration.reportOnly()).isTrue();
            assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        } finally {
            run.finish();
        }
    }

    @Test
    void usesANamerFromGlueCodeAsItIs(@TempDir Path tmp) throws IOException {
        Run run = startRun(tmp, "");
        try {
            ScenarioCassetteNamer namer = new DefaultCassetteNamer(".json").withSuffixes(".enc");

            CassetteSettings.change().namer(namer).apply();

            assertThat(run.plugin.cleanup().configuration().namer()).isSameAs(namer);
            assertThat(run.plugin.cleanup().configuration().namerOrigin())
                    .isEqualTo("key 'namer' from CassetteSettings in glue code");
        } finally {
            run.finish();
        }
    }

    @Test
    void refusesAnInvalidValueNamingGlueCodeAndKeepsTheConfiguration(@TempDir Path tmp)
            throws IOException {
        Run run = startRun(tmp, "");
        try {
            PluginConfiguration before = run.plugin.cleanup().configuration();

            assertThatThrownBy(() -> CassetteSettings.change().deleteTag("vcr").apply())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("the key 'delete-tag' from CassetteSettings in glue code")
                    .hasMessageContaining("Did you mean '@vcr'?");

            assertThat(run.plugin.cleanup().configuration()).isSameAs(before);
            CassetteSettings.change().reportOnly(true).apply();
            assertThat(run.plugin.cleanup().configuration().deleteTag())
                    .isEqualTo("@vcr-delete-on-fail");
        } finally {
            run.finish();
        }
    }

    @Test
    void refusesAChangeOnceAScenarioHasStarted(@TempDir Path tmp) throws IOException {
        Run run = startRun(tmp, "");
        try {
            run.send(TestCaseStarted.class, new TestCaseStarted(Instant.now(), new Started()));

            assertThatThrownBy(() -> CassetteSettings.change().enabled(false).apply())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("before the first scenario starts")
                    .hasMessageContaining("\"Started\" (file:/features/started.feature:4)")
                    .hasMessageContaining("static @BeforeAll hook");
            assertThat(run.plugin.cleanup().configuration().enabled()).isTrue();
        } finally {
            run.finish();
        }
    }

    @Test
    void forgetsThePluginWhenTheRunFinishes(@TempDir Path tmp) throws IOException {
        startRun(tmp, "").finish();

        CassetteSettings.change().enabled(false).apply();

        assertThat(records)
                .singleElement()
                .extracting(LogRecord::getMessage)
                .asString()
                .contains("CassetteSettings was called, but the plugin is not registered");
    }

    // --- helpers ---

    private Run startRun(Path tmp, String yaml) throws IOException {
        assertThat(ActivePlugins.all()).as("plugins left registered by other tests").isEmpty();
        Path config =
                Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: '" + tmp + "'\n" + yaml);
        VcrDeleteOnFailPlugin plugin = new VcrDeleteOnFailPlugin(config.toString());
        Map<Class<?>, EventHandler<?>> handlers = new HashMap<>();
        plugin.setEventPublisher(
                new EventPublisher() {
                    @Override
                    public <T> void registerHandlerFor(Class<T> type, EventHandler<T> h) {
                        handlers.put(type, h);
                    }

                    @Override
                    public <T> void removeHandlerFor(Class<T> type, EventHandler<T> h) {}
                });
        return new Run(plugin, handlers);
    }

    private static final class Run {
        final VcrDeleteOnFailPlugin plugin;
        final Map<Class<?>, EventHandler<?>> handlers;

        Run(VcrDeleteOnFailPlugin plugin, Map<Class<?>, EventHandler<?>> handlers) {
            this.plugin = plugin;
            this.handlers = handlers;
        }

        @SuppressWarnings("unchecked")
        <T extends Event> void send(Class<T> type, T event) {
            ((EventHandler<T>) handlers.get(type)).receive(event);
        }

        void finish() {
            send(
                    TestRunFinished.class,
                    new TestRunFinished(
                            Instant.now(), new Result(Status.PASSED, Duration.ZERO, null)));
            assertThat(ActivePlugins.all()).doesNotContain(plugin);
        }
    }

    private static final class Started implements TestCase {
        private final UUID id = UUID.randomUUID();

        @Override
        @Deprecated
        public Integer getLine() {
            return 4;
        }

        @Override
        public Location getLocation() {
            return new Location(4, 3);
        }

        @Override
        public String getKeyword() {
            return "Scenario";
        }

        @Override
        public String getName() {
            return "Started";
        }

        @Override
        public String getScenarioDesignation() {
            return "features/started.feature:4 # Started";
        }

        @Override
        public List<String> getTags() {
            return List.of();
        }

        @Override
        public List<TestStep> getTestSteps() {
            return List.of();
        }

        @Override
        public URI getUri() {
            return URI.create("file:/features/started.feature");
        }

        @Override
        public UUID getId() {
            return id;
        }
    }
}
