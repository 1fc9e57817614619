package io.github.vcrdeleteonfail.cucumber.testkit;

import io.cucumber.core.cli.Main;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Cucumber's command line running in a new JVM: this JVM's class path (after the classpath root),
 * the run's working directory (the scratch folder unless given), system properties and environment
 * (without the plugin's own variables of this JVM), the plugin's log written to the console with a
 * {@code VCR } prefix.
 */
public final class ForkedRun {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String LOG_PREFIX = "VCR ";

    private final Process process;
    private final Path console;
    private final Path pretty;

    private ForkedRun(Process process, Path console, Path pretty) {
        this.process = process;
        this.console = console;
        this.pretty = pretty;
    }

    static ForkedRun start(CucumberRun run) {
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xshare:auto");
            command.add("-XX:TieredStopAtLevel=1");
            command.addAll(run.jvmOptions);
            command.add("-Dcucumber.publish.quiet=true");
            command.add("-Djava.util.logging.config.file=" + loggingConfig(run));
            run.systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.add("-cp");
            String classPath = System.getProperty("java.class.path");
            if (run.classpathRoot != null) {
                classPath = run.classpathRoot + File.pathSeparator + classPath;
            }
            command.add(classPath);
            command.add(Main.class.getName());
            Path pretty = CliInProcess.prettyFile(run);
            command.addAll(CliInProcess.arguments(run, pretty));
            Path console = Files.createTempFile(run.scratch, "forked", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .directory(
                                    (run.workingDirectory == null
                                                    ? run.scratch
                                                    : run.workingDirectory)
                                            .toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(console.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("VCR_DELETE_ON_FAIL_"));
            builder.environment().putAll(run.environment);
            return new ForkedRun(builder.start(), console, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path loggingConfig(CucumberRun run) throws IOException {
        Path config = Files.createTempFile(run.scratch, "logging", ".properties");
        Files.writeString(
                config,
                "handlers=java.util.logging.ConsoleHandler\n"
                        + "java.util.logging.ConsoleHandler.level=ALL\n"
                        + "java.util.logging.SimpleFormatter.format="
                        + LOG_PREFIX
                        + "%4$s: %5$s%6$s%n\n"
                        + VcrDeleteOnFailPlugin.LOGGER_NAME
                        + ".level="
                        + run.logLevel.getName()
                        + "\n");
        return config;
    }

    /**
     * The running JVM.
     *
     * @return its process
     */
    public Process process() {
        return process;
    }

    /**
     * The JVM's console so far (standard output and error).
     *
     * @return the text written so far
     */
    public String console() {
        return InThisJvm.read(console);
    }

    /**
     * Kills the JVM (SIGKILL) and waits for it to end.
     *
     * @return what it did until then
     */
    public Result kill() {
        process.destroyForcibly();
        return await();
    }

    /**
     * Waits up to two minutes for the JVM to end.
     *
     * @return what happened
     * @throws IllegalStateException if it did not end in time (it is then killed)
     */
    public Result await() {
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "the forked Cucumber run did not end in "
                                + TIMEOUT.toSeconds()
                                + " s:\n"
                                + console());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String output = console() + InThisJvm.read(pretty);
        List<String> log =
                output.lines()
                        .filter(l -> l.startsWith(LOG_PREFIX))
                        .map(l -> l.substring(LOG_PREFIX.length()))
                        .collect(Collectors.toList());
        return new Result(process.exitValue(), null, log, output);
    }
}
