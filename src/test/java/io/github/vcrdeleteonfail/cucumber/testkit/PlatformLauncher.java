package io.github.vcrdeleteonfail.cucumber.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The Cucumber JUnit Platform engine through a launcher, in this JVM. */
final class PlatformLauncher {

    private PlatformLauncher() {}

    static Result run(CucumberRun run) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        if (run.runnerClass != null) {
            request.selectors(selectClass(run.runnerClass))
                    // The suite runs the Cucumber engine; not also on its own.
                    .filters(EngineFilter.includeEngines("junit-platform-suite"));
            if (!run.features.isEmpty()) {
                request.configurationParameter("cucumber.features", joined(run.features));
            }
        } else {
            for (Path feature : run.features) {
                request.selectors(
                        Files.isDirectory(feature)
                                ? selectDirectory(feature.toFile())
                                : selectFile(feature.toFile()));
            }
        }
        if (!run.glue.isEmpty()) {
            request.configurationParameter("cucumber.glue", String.join(",", run.glue));
        }
        if (!run.pluginRegistrations.isEmpty()) {
            request.configurationParameter(
                    "cucumber.plugin", String.join(",", run.pluginRegistrations));
        }
        if (run.threads > 1) {
            String threads = String.valueOf(run.threads);
            request.configurationParameter("cucumber.execution.parallel.enabled", "true")
                    .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                    .configurationParameter(
                            "cucumber.execution.parallel.config.fixed.parallelism", threads)
                    .configurationParameter(
                            "cucumber.execution.parallel.config.fixed.max-pool-size", threads);
        }
        request.configurationParameter("cucumber.publish.quiet", "true");
        request.configurationParameters(run.configurationParameters);

        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        try (InThisJvm jvm = InThisJvm.enter(run)) {
            try {
                LauncherFactory.create().execute(request.build(), listener);
            } catch (RuntimeException e) {
                return new Result(-1, e, jvm.log(), "");
            }
            TestExecutionSummary summary = listener.getSummary();
            StringWriter failures = new StringWriter();
            summary.printFailuresTo(new PrintWriter(failures), 5);
            return new Result(
                    summary.getTotalFailureCount() > 0 ? 1 : 0,
                    null,
                    jvm.log(),
                    failures.toString(),
                    OptionalLong.of(summary.getTestsStartedCount()),
                    OptionalLong.of(summary.getTestsFailedCount()));
        }
    }

    static String joined(java.util.List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(","));
    }
}
