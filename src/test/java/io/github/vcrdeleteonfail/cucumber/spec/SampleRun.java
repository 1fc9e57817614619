package io.github.vcrdeleteonfail.cucumber.spec;

import io.cucumber.core.cli.Main;
import io.github.vcrdeleteonfail.cucumber.CiStandIn;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import io.github.vcrdeleteonfail.cucumber.testing.LogCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One run of a sample suite with the real Cucumber runtime (the CLI, in this JVM or a new one), the
 * plugin registered, and every plugin log record captured.
 */
final class SampleRun {

    /** Threads of the sample runs; the build runs the specification with 1 and with 4. */
    static final int THREADS = Integer.getInteger("vcr.spec.threads", 1);

    private static final String GLUE = SampleSteps.class.getPackageName();
    private static final String PLUGIN = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin";

    /** The plugin in a stand-in CI environment, which in-process runs register instead. */
    private static final String STAND_IN = CiStandIn.class.getName();

    final int exitStatus;
    final Throwable error;
    final List<String> log;
    final String output;
    final String standardOutput;

    private SampleRun(
            int exitStatus, Throwable error, List<String> log, String output, String stdout) {
        this.exitStatus = exitStatus;
        this.error = error;
        this.log = log;
        this.output = output;
        this.standardOutput = stdout;
    }

    /** What to run and how; the steps fill it in. */
    static final class Options {
        Path features;

        /** What Cucumber is asked to run, such as {@code @rerun.txt}; the features when null. */
        String featureArgument;

        Path cassetteDir;
        Path scratch;
        String pluginArgument;
        Path classpathRoot;
        final Map<String, String> systemProperties = new HashMap<>();
        final Map<String, String> environment = new HashMap<>();
        final List<String> extraGlue = new ArrayList<>();
        final List<String> extraPluginArguments = new ArrayList<>();
        final List<String> extraArguments = new ArrayList<>();
        int threads = THREADS;

        private List<String> cucumberArguments(int threads, Path output, String plugin) {
            List<String> args = new ArrayList<>();
            args.add("--glue");
            args.add(GLUE);
            for (String glue : extraGlue) {
                args.add("--glue");
                args.add(glue);
            }
            args.add("--plugin");
            args.add(pluginArgument == null ? plugin : plugin + ":" + pluginArgument);
            for (String extra : extraPluginArguments) {
                args.add("--plugin");
                args.add(PLUGIN + ":" + extra);
            }
            args.add("--plugin");
            args.add("pretty:" + output);
            args.add("--threads");
            args.add(String.valueOf(threads));
            args.add("--monochrome");
            args.addAll(extraArguments);
            args.add(featureArgument == null ? features.toString() : featureArgument);
            return args;
        }
    }

    /**
     * Runs the features in this JVM, with the context class loader seeing the classpath root. The
     * plugin sees the options' environment as its CI environment, and nothing of this JVM's; the
     * configuration's own variables need a forked run.
     */
    static SampleRun inProcess(Options options) {
        if (options.environment.keySet().stream().anyMatch(k -> !k.startsWith("GITHUB_"))) {
            throw new IllegalArgumentException("these environment variables need a forked run");
        }
        Path output = options.scratch.resolve("pretty-" + System.nanoTime() + ".txt");
        List<String> args = options.cucumberArguments(options.threads, output, STAND_IN);
        CiStandIn.environment(options.environment);

        Map<String, String> properties = new HashMap<>(options.systemProperties);
        properties.put(SampleSteps.CASSETTE_DIR_PROPERTY, options.cassetteDir.toString());
        Map<String, String> previous = new HashMap<>();
        properties.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));

        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        try (LogCapture capture = LogCapture.start();
                URLClassLoader loader =
                        new URLClassLoader(
                                options.classpathRoot == null
                                        ? new URL[0]
                                        : new URL[] {options.classpathRoot.toUri().toURL()},
                                previousLoader)) {
            thread.setContextClassLoader(loader);
            try {
                byte status = Main.run(args.toArray(new String[0]), loader);
                return new SampleRun(
                        status, null, capture.lines(), read(output), CiStandIn.standardOutput());
            } catch (RuntimeException e) {
                // A configuration error: the plugin could not be created.
                return new SampleRun(
                        -1, e, capture.lines(), read(output), CiStandIn.standardOutput());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previousLoader);
            previous.forEach(
                    (k, v) -> {
                        if (v == null) {
                            System.clearProperty(k);
                        } else {
                            System.setProperty(k, v);
                        }
                    });
        }
    }

    /**
     * Runs the features in a new JVM whose working directory is {@code workingDir}, with this JVM's
     * class path plus the classpath root, and the options' environment variables.
     */
    static SampleRun forked(Path workingDir, Options options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + SampleSteps.CASSETTE_DIR_PROPERTY + "=" + options.cassetteDir);
        command.add("-Dcucumber.publish.quiet=true");
        command.add("-Djava.util.logging.config.file=" + writeLoggingConfig(options.scratch));
        options.systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        String classPath = System.getProperty("java.class.path");
        if (options.classpathRoot != null) {
            classPath = options.classpathRoot + java.io.File.pathSeparator + classPath;
        }
        command.add(classPath);
        command.add(Main.class.getName());
        Path pretty = options.scratch.resolve("pretty-" + System.nanoTime() + ".txt");
        command.addAll(options.cucumberArguments(1, pretty, PLUGIN));
        try {
            Path out = Files.createTempFile(options.scratch, "forked", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .directory(workingDir.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(out.toFile());
            // Only the options' variables: never this build's own GitHub job or configuration.
            builder.environment()
                    .keySet()
                    .removeIf(k -> k.startsWith("VCR_DELETE_ON_FAIL_") || k.startsWith("GITHUB_"));
            builder.environment().putAll(options.environment);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the forked Cucumber run did not end in 120 s");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String output = stdout + read(pretty);
            List<String> log =
                    output.lines()
                            .filter(l -> l.startsWith("VCR "))
                            .map(l -> l.substring(4))
                            .collect(Collectors.toList());
            return new SampleRun(process.exitValue(), null, log, output, stdout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeLoggingConfig(Path scratch) {
        try {
            Path config = Files.createTempFile(scratch, "logging", ".properties");
            Files.writeString(
                    config,
                    "handlers=java.util.logging.ConsoleHandler\n"
                            + "java.util.logging.ConsoleHandler.level=ALL\n"
                            + "java.util.logging.SimpleFormatter.format=VCR %4$s: %5$s%6$s%n\n"
                            + VcrDeleteOnFailPlugin.LOGGER_NAME
                            + ".level=ALL\n");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String describe() {
        return "exit status "
                + exitStatus
                + (error == null ? "" : ", error " + error)
                + "\nplugin log:\n  "
                + String.join("\n  ", log)
                + (output.isEmpty() ? "" : "\noutput:\n" + output)
                + (standardOutput.isEmpty() ? "" : "\nstandard output:\n" + standardOutput);
    }
}
