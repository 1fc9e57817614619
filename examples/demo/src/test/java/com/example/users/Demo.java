package com.example.users;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The README's demo: runs the suite twice through the JUnit Platform, exactly as `mvn test`
 * would, and says plainly what the plugin did. Exits 0 when everything behaved as designed,
 * although one scenario fails on purpose.
 */
public final class Demo {

    private static final Path CASSETTES = Path.of("target/cassettes");
    private static final Path PARTIAL = CASSETTES.resolve("users/Fetch_a_user_s_orders.json");
    private static final Path GOOD = CASSETTES.resolve("users/Fetch_a_user.json");

    private Demo() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "[%4$s] %5$s%6$s%n");
        deleteRecursively(CASSETTES);

        say("Run 1: nothing recorded yet. Both scenarios record; \"Fetch a user's orders\" fails on purpose half way.");
        TestExecutionSummary first = runSuite();
        List<String> afterFirst = list(CASSETTES);
        say("Cassettes after run 1: " + afterFirst);
        int callsAfterFirst = UserService.calls();

        say("Run 2: \"Fetch a user\" replays its cassette; the failed scenario records afresh (and fails again, on purpose).");
        TestExecutionSummary second = runSuite();
        int callsInSecond = UserService.calls() - callsAfterFirst;

        boolean asDesigned =
                first.getTotalFailureCount() == 1
                        && afterFirst.equals(List.of("users/Fetch_a_user.json"))
                        && second.getTotalFailureCount() == 1
                        && callsInSecond == 2
                        && Files.isRegularFile(GOOD)
                        && !Files.exists(PARTIAL);
        if (asDesigned) {
            say(
                    "DEMO OK: each time \"Fetch a user's orders\" failed, the plugin deleted its partial"
                            + " cassette "
                            + PARTIAL
                            + " after the scenario's After hooks, so no later run replays half a"
                            + " conversation; run 2 recorded it afresh (2 calls to the service)."
                            + " The passing scenario's cassette "
                            + GOOD
                            + " was kept and replayed. The summary lines above, from the plugin,"
                            + " say the same.");
            System.exit(0);
        }
        say(
                "DEMO FAILED: expected 1 failure per run, only "
                        + GOOD
                        + " left after run 1 and 2 service calls in run 2; got failures "
                        + first.getTotalFailureCount()
                        + "/"
                        + second.getTotalFailureCount()
                        + ", cassettes "
                        + afterFirst
                        + ", "
                        + callsInSecond
                        + " calls.");
        System.exit(1);
    }

    private static TestExecutionSummary runSuite() {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(RunCucumberTest.class))
                        .build(),
                listener);
        return listener.getSummary();
    }

    private static void say(String line) {
        System.out.println(System.lineSeparator() + ">>> " + line);
    }

    private static List<String> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
