package io.github.vcrdeleteonfail.cucumber.testkit;

import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Captures what the plugin logs (java.util.logging, the System.Logger default) for a test. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger = Logger.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME);
    private final Level previousLevel = logger.getLevel();
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
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

    private LogCapture(Level level) {
        logger.setLevel(level);
        logger.addHandler(handler);
    }

    /**
     * Starts capturing every record of the plugin's logger.
     *
     * @return the capture; close it to stop
     */
    public static LogCapture start() {
        return new LogCapture(Level.ALL);
    }

    /**
     * Starts capturing the records of the plugin's logger at a level or above; the logger is set to
     * that level until the capture is closed.
     *
     * @param level the lowest level captured
     * @return the capture; close it to stop
     */
    public static LogCapture start(Level level) {
        return new LogCapture(level);
    }

    /**
     * Returns the records so far.
     *
     * @return a copy
     */
    public List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /**
     * Returns the records so far as {@code LEVEL: message}, with {@code | thrown} when any.
     *
     * @return a copy
     */
    public List<String> lines() {
        return records().stream()
                .map(
                        r ->
                                r.getLevel()
                                        + ": "
                                        + r.getMessage()
                                        + (r.getThrown() == null ? "" : " | " + r.getThrown()))
                .collect(Collectors.toList());
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
    }
}
