package io.github.vcrdeleteonfail.cucumber.spec;

import io.github.vcrdeleteonfail.cucumber.CiStandIn;
import io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun;
import io.github.vcrdeleteonfail.cucumber.testkit.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a sample suite, as the specification's steps describe it: the sample glue, the plugin
 * registered, the features of the scenario; run by the test kit ({@link CucumberRun}) on the CLI,
 * in this JVM or a new one.
 */
final class SampleRun {

    private static final String PLUGIN = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin";

    /** Threads of the sample runs; the build runs the specification with 1 and with 4. */
    static final int THREADS = Integer.getInteger("vcr.spec.threads", 1);

    final int exitStatus;
    final Throwable error;
    final List<String> log;
    final String output;

    /** What the run printed on standard output, where GitHub reads workflow commands. */
    final String standardOutput;

    private final Result result;

    private SampleRun(Result result, String standardOutput) {
        this.result = result;
        this.exitStatus = result.exitStatus();
        this.error = result.error().orElse(null);
        this.log = result.log();
        this.output = result.output();
        this.standardOutput = standardOutput;
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

        /**
         * The kit's run with these options, on the given way of running Cucumber, registering the
         * given plugin class first.
         */
        private CucumberRun describe(
                CucumberRun run, String pluginClass, Map<String, String> variables) {
            run.scratch(scratch)
                    .sampleGlue(cassetteDir)
                    .glue(extraGlue.toArray(new String[0]))
                    .plugin(pluginClass, pluginArgument);
            extraPluginArguments.forEach(run::plugin);
            return run.systemProperties(systemProperties)
                    .environment(variables)
                    .classpathRoot(classpathRoot)
                    .arguments(extraArguments)
                    .features(featureArgument == null ? features : Path.of(featureArgument));
        }
    }

    /**
     * Runs the features in this JVM, with the context class loader seeing the classpath root. The
     * plugin registered first is the stand-in that sees the options' GitHub variables as its CI
     * environment, and nothing of this JVM's; the configuration's own variables need a forked run.
     */
    static SampleRun inProcess(Options options) {
        Map<String, String> github = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        options.environment.forEach(
                (k, v) -> (k.startsWith("GITHUB_") ? github : others).put(k, v));
        CiStandIn.environment(github);
        Result result =
                options.describe(CucumberRun.cli(), CiStandIn.class.getName(), others)
                        .threads(options.threads)
                        .run();
        return new SampleRun(result, CiStandIn.standardOutput());
    }

    /**
     * Runs the features in a new JVM whose working directory is {@code workingDir}, with this JVM's
     * class path plus the classpath root, and the options' environment variables.
     */
    static SampleRun forked(Path workingDir, Options options) {
        Result result =
                options.describe(CucumberRun.forkedCli(), PLUGIN, options.environment)
                        .workingDirectory(workingDir)
                        .threads(1)
                        .run();
        return new SampleRun(result, result.output());
    }

    String describe() {
        return result.describe()
                + (standardOutput.isEmpty() ? "" : "\nstandard output:\n" + standardOutput);
    }
}
