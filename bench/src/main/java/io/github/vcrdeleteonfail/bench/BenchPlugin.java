package io.github.vcrdeleteonfail.bench;

import io.cucumber.plugin.event.EventHandler;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * {@link VcrDeleteOnFailPlugin} created with a configuration file and driven through its public API
 * as Cucumber does, on the test kit's stand-in event bus ({@link AttachedPlugin}), with its log
 * handled the way a measurement needs: quiet or formatted to nowhere, and any warning failing the
 * benchmark.
 */
public final class BenchPlugin {

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

    private final AttachedPlugin attached;
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
    BenchPlugin(Path cassetteDir, Path workDir, Logging logging) {
        try {
            Path config =
                    Files.writeString(
                            workDir.resolve("vcr-delete-on-fail.yaml"),
                            "cassette-dir: '" + cassetteDir.toAbsolutePath() + "'\n");
            configureLogging(logging);
            attached = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    <T> EventHandler<T> handler(Class<T> type) {
        return attached.handler(type);
    }

    /** Ends the run (unmeasured), so that the plugin forgets itself; logs nothing. */
    void finishRun() {
        Level level = PLUGIN_LOGGER.getLevel();
        PLUGIN_LOGGER.setLevel(Level.OFF);
        try {
            attached.finish();
        } finally {
            PLUGIN_LOGGER.setLevel(level);
        }
        if (warnings.get() > 0) {
            throw new IllegalStateException(
                    warnings.get() + " unexpected plugin warnings: the benchmark is not valid");
        }
    }
}
