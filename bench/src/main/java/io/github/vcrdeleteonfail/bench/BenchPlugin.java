package io.github.vcrdeleteonfail.bench;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Drives {@link VcrDeleteOnFailPlugin} through its public API as Cucumber does: the plugin is
 * created with a configuration file, registers its handlers on an {@link EventPublisher}, and is
 * sent {@code TestCaseStarted} and {@code TestCaseFinished} events.
 */
public final class PluginHarness {

    /** How the plugin's INFO decisions are logged while measuring. */
    public enum Logging {
        /** The plugin's logger at WARNING: INFO messages are never built. */
        QUIET,
        /**
         * INFO enabled, every record formatted by {@link SimpleFormatter} and written to a stream
         * that discards it, flushed per record as {@code ConsoleHandler} does: the cost of the
         * default console logging without the terminal.
         */
        INFO_TO_NULL
    }

    private static final Logger PLUGIN_LOGGER = Logger.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME);

    private final Map<Class<?>, EventHandler<?>> handlers = new HashMap<>();
    private final VcrDeleteOnFailPlugin plugin;
    private final AtomicInteger warnings = new AtomicInteger();
    private final Handler warningCounter =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                        warnings.incrementAndGet();
                        System.err.println("unexpected plugin warning: " + record.getMessage());
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    private final Handler nullConsole =
            new StreamHandler(OutputStream.nullOutputStream(), new SimpleFormatter()) {
                @Override
                public synchronized void publish(LogRecord record) {
                    super.publish(record);
                    flush();
                }
            };

    /**
     * Creates the plugin with a configuration file written in {@code workDir}.
     *
     * @param cassetteDir the plugin's cassette-dir
     * @param workDir where the configuration file is written
     * @param logging how INFO decisions are logged
     */
    PluginHarness(Path cassetteDir, Path workDir, Logging logging) {
        try {
            Path config =
                    Files.writeString(
                            workDir.resolve("vcr-delete-on-fail.yaml"),
                            "cassette-dir: '" + cassetteDir.toAbsolutePath() + "'\n");
            configureLogging(logging);
            plugin = new VcrDeleteOnFailPlugin(config.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        plugin.setEventPublisher(
                new EventPublisher() {
                    @Override
                    public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                        handlers.put(type, handler);
                    }

                    @Override
                    public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                        handlers.remove(type, handler);
                    }
                });
    }

    private void configureLogging(Logging logging) {
        for (Handler h : PLUGIN_LOGGER.getHandlers()) {
            PLUGIN_LOGGER.removeHandler(h);
        }
        PLUGIN_LOGGER.setUseParentHandlers(false);
        PLUGIN_LOGGER.addHandler(warningCounter);
        if (logging == Logging.INFO_TO_NULL) {
            PLUGIN_LOGGER.setLevel(Level.INFO);
            PLUGIN_LOGGER.addHandler(nullConsole);
        } else {
            PLUGIN_LOGGER.setLevel(Level.WARNING);
        }
    }

    @SuppressWarnings("unchecked")
    <T> EventHandler<T> handler(Class<T> type) {
        EventHandler<T> handler = (EventHandler<T>) handlers.get(type);
        if (handler == null) {
            throw new IllegalStateException("the plugin registered no handler for " + type);
        }
        return handler;
    }

    /** Ends the run (unmeasured), so that the plugin forgets itself; logs nothing. */
    void finishRun() {
        Level level = PLUGIN_LOGGER.getLevel();
        PLUGIN_LOGGER.setLevel(Level.OFF);
        try {
            handler(TestRunFinished.class)
                    .receive(
                            new TestRunFinished(
                                    Instant.now(), new Result(Status.PASSED, Duration.ZERO, null)));
        } finally {
            PLUGIN_LOGGER.setLevel(level);
        }
        if (warnings.get() > 0) {
            throw new IllegalStateException(
                    warnings.get() + " unexpected plugin warnings: the benchmark is not valid");
        }
    }

    static TestCaseStarted started(TestCase testCase) {
        return new TestCaseStarted(Instant.now(), testCase);
    }

    static TestCaseFinished finished(TestCase testCase, Status status) {
        Throwable error = status == Status.FAILED ? new AssertionError("expected 200") : null;
        return new TestCaseFinished(
                Instant.now(), testCase, new Result(status, Duration.ofMillis(3), error));
    }
}
