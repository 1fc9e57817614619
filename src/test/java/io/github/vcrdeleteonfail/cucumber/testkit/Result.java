package io.github.vcrdeleteonfail.cucumber.testkit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one {@link CucumberRun} did: its exit status, any exception thrown out of the runner, the
 * plugin's log records, Cucumber's output and, where the runner counts them, the failed tests.
 */
public final class Result {

    private final int exitStatus;
    private final Throwable error;
    private final List<String> log;
    private final String output;
    private final OptionalLong startedTests;
    private final OptionalLong failedTests;

    Result(int exitStatus, Throwable error, List<String> log, String output) {
        this(exitStatus, error, log, output, OptionalLong.empty(), OptionalLong.empty());
    }

    Result(
            int exitStatus,
            Throwable error,
            List<String> log,
            String output,
            OptionalLong startedTests,
            OptionalLong failedTests) {
        this.exitStatus = exitStatus;
        this.error = error;
        this.log = List.copyOf(log);
        this.output = output;
        this.startedTests = startedTests;
        this.failedTests = failedTests;
    }

    /**
     * The exit status: Cucumber's for the command line (0 passed, 1 failed, -1 when an exception
     * ended the run in this JVM), for the other runners 1 when a test failed, else 0.
     *
     * @return the exit status
     */
    public int exitStatus() {
        return exitStatus;
    }

    /**
     * The exception thrown out of the runner, such as the plugin's configuration error.
     *
     * @return the exception, if any
     */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The plugin's log records, each as {@code LEVEL: message}, with {@code | thrown} when any.
     *
     * @return the records in the order they were logged
     */
    public List<String> log() {
        return log;
    }

    /**
     * Cucumber's output: the {@code pretty} report of a command-line run (and the whole console of
     * a forked one), the failures reported by the other runners.
     *
     * @return the output, empty when none
     */
    public String output() {
        return output;
    }

    /**
     * The tests (scenarios) started, as the runner counts them; empty for the command line.
     *
     * @return the count, if the runner gives one
     */
    public OptionalLong startedTests() {
        return startedTests;
    }

    /**
     * The failed tests as the runner counts them; empty for the command line, which reports only
     * its exit status.
     *
     * @return the count, if the runner gives one
     */
    public OptionalLong failedTests() {
        return failedTests;
    }

    /**
     * Everything, for assertion messages.
     *
     * @return a readable description
     */
    public String describe() {
        return "exit status "
                + exitStatus
                + (startedTests.isPresent() ? ", tests started " + startedTests.getAsLong() : "")
                + (failedTests.isPresent() ? ", tests failed " + failedTests.getAsLong() : "")
                + (error == null ? "" : ", error " + error)
                + "\nplugin log:\n  "
                + String.join("\n  ", log)
                + (output.isEmpty() ? "" : "\noutput:\n" + output);
    }

    @Override
    public String toString() {
        return describe();
    }
}
