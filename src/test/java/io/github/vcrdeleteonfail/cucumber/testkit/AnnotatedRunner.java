package io.github.vcrdeleteonfail.cucumber.testkit;

import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.runner.JUnitCore;
import org.junit.runner.notification.Failure;
import org.testng.TestListenerAdapter;
import org.testng.TestNG;

/**
 * A JUnit 4 or TestNG runner class that registers the plugin with {@code @CucumberOptions}, run in
 * this JVM; the features are given as the system property {@code cucumber.features}.
 */
final class AnnotatedRunner {

    private AnnotatedRunner() {}

    static Result run(CucumberRun run) {
        if (!run.features.isEmpty()) {
            run.systemProperty("cucumber.features", PlatformLauncher.joined(run.features));
        }
        try (InThisJvm jvm = InThisJvm.enter(run)) {
            try {
                return run.way == CucumberRun.Way.JUNIT4 ? junit4(run, jvm) : testng(run, jvm);
            } catch (RuntimeException e) {
                return new Result(-1, e, jvm.log(), "");
            }
        }
    }

    private static Result junit4(CucumberRun run, InThisJvm jvm) {
        org.junit.runner.Result result = JUnitCore.runClasses(run.runnerClass);
        String failures =
                result.getFailures().stream()
                        .map(Failure::toString)
                        .collect(Collectors.joining("\n"));
        return new Result(
                result.wasSuccessful() ? 0 : 1,
                null,
                jvm.log(),
                failures,
                OptionalLong.of(result.getRunCount()),
                OptionalLong.of(result.getFailureCount()));
    }

    private static Result testng(CucumberRun run, InThisJvm jvm) {
        TestNG testng = new TestNG(false);
        TestListenerAdapter listener = new TestListenerAdapter();
        testng.addListener(listener);
        testng.setTestClasses(new Class<?>[] {run.runnerClass});
        testng.setOutputDirectory(run.scratch.resolve("testng").toString());
        testng.setVerbose(0);
        testng.run();
        String failures =
                listener.getFailedTests().stream()
                        .map(r -> r.getName() + ": " + r.getThrowable())
                        .collect(Collectors.joining("\n"));
        long started =
                listener.getPassedTests().size()
                        + listener.getFailedTests().size()
                        + listener.getSkippedTests().size();
        return new Result(
                testng.hasFailure() ? 1 : 0,
                null,
                jvm.log(),
                failures,
                OptionalLong.of(started),
                OptionalLong.of(listener.getFailedTests().size()));
    }
}
