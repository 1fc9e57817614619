package io.github.vcrdeleteonfail.cucumber.spec;

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

    /** Threads of the sample runs; the build runs the specification with 1 and with 4. */
    static final int THREADS = Integer.getInteger("vcr.spec.threads", 1);

    final int exitStatus;
    final Throwable error;
    final List<String> log;
    final String output;
    private final Result result;

    private SampleRun(Result result) {
        this.result = result;
        this.exitStatus = result.exitStatus();
        this.error = result.error().orElse(null);
        this.log = result.log();
        this.output = result.output();
    }

    /** What to run and how; the steps fill it in. */
    static final class Options {
        Path features;
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

        /** The kit's run with these options, on the given way of running Cucumber. */
        private CucumberRun describe(CucumberRun run) {
            run.scratch(scratch)
                    .sampleGlue(cassetteDir)
                    .glue(extraGlue.toArray(new String[0]))
                    .plugin(pluginArgument);
            extraPluginArguments.forEach(run::plugin);
            return run.systemProperties(systemProperties)
                    .environment(environment)
                    .classpathRoot(classpathRoot)
                    .arguments(extraArguments)
                    .features(features);
        }
    }

    /** Runs the features in this JVM, with the context class loader seeing the classpath root. */
    static SampleRun inProcess(Options options) {
        return new SampleRun(options.describe(CucumberRun.cli()).threads(options.threads).run());
    }

    /**
     * Runs the features in a new JVM whose working directory is {@code workingDir}, with this JVM's
     * class path plus the classpath root, and the options' environment variables.
     */
    static SampleRun forked(Path workingDir, Options options) {
        return new SampleRun(
                options.describe(CucumberRun.forkedCli())
                        .workingDirectory(workingDir)
                        .threads(1)
                        .run());
    }

    String describe() {
        return result.describe();
    }
}
