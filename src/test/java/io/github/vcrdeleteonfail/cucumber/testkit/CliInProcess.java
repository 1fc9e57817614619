package io.github.vcrdeleteonfail.cucumber.testkit;

import io.cucumber.core.cli.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line in this JVM, and the arguments both command-line ways pass. */
final class CliInProcess {

    private CliInProcess() {}

    static Result run(CucumberRun run) {
        Path pretty = prettyFile(run);
        String[] args = arguments(run, pretty).toArray(new String[0]);
        try (InThisJvm jvm = InThisJvm.enter(run)) {
            try {
                byte status = Main.run(args, jvm.loader());
                return new Result(status, null, jvm.log(), InThisJvm.read(pretty));
            } catch (RuntimeException e) {
                // A configuration error: the plugin could not be created.
                return new Result(-1, e, jvm.log(), InThisJvm.read(pretty));
            }
        }
    }

    static Path prettyFile(CucumberRun run) {
        return run.prettyOutput
                ? run.scratch.resolve("pretty-" + System.nanoTime() + ".txt")
                : null;
    }

    /** Glue, plugins, the pretty report, threads, the extra arguments, then the features. */
    static List<String> arguments(CucumberRun run, Path pretty) {
        List<String> args = new ArrayList<>();
        for (String glue : run.glue) {
            args.add("--glue");
            args.add(glue);
        }
        for (String plugin : run.pluginRegistrations) {
            args.add("--plugin");
            args.add(plugin);
        }
        if (pretty != null) {
            args.add("--plugin");
            args.add("pretty:" + pretty);
        }
        args.add("--threads");
        args.add(String.valueOf(run.threads));
        args.add("--monochrome");
        args.addAll(run.arguments);
        for (Path feature : run.features) {
            args.add(feature.toString());
        }
        return args;
    }
}
