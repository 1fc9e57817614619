package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-scenario state is dropped when the scenario ends: 100,000 scenarios leave nothing behind but
 * counters and the entries of failed scenarios, and the plugin holds no test case.
 */
class MemoryTest {

    private static final int SCENARIOS = 100_000;
    private static final Result PASSED = new Result(Status.PASSED, Duration.ZERO, null);

    @TempDir Path tmp;
    private AttachedPlugin run;
    private VcrDeleteOnFailPlugin plugin;
    private Level previousLevel;

    @BeforeEach
    void createPlugin() throws Exception {
        Logger logger = Logger.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME);
        previousLevel = logger.getLevel();
        logger.setLevel(Level.WARNING);
        Path config =
                Files.writeString(
                        tmp.resolve("vcr.yaml"),
                        "cassette-dir: "
                                + tmp.resolve("cassettes")
                                + "\nreport: "
                                + tmp.resolve("report.json"));
        plugin = new VcrDeleteOnFailPlugin(config.toString());
        run = AttachedPlugin.attach(plugin);
    }

    @AfterEach
    void endRun() {
        run.finish();
        Logger.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME).setLevel(previousLevel);
    }

    @Test
    void keepsNoPerScenarioStateAcrossAHundredThousandScenarios() throws Exception {
        runScenarios(1000); // warm up: class loading, caches of distinct tags
        long before = usedHeapAfterGc();

        runScenarios(SCENARIOS);

        long after = usedHeapAfterGc();
        // Even 100 bytes kept per scenario (or per distinct tag) would be 10 MB.
        assertThat(after - before)
                .as("heap retained after %d scenarios", SCENARIOS)
                .isLessThan(4L * 1024 * 1024);
        run.finish();
        assertThat(Files.readString(tmp.resolve("report.json")))
                .contains("\"kept because passed\": " + (SCENARIOS + 1000))
                .contains("\"cassettes\": []");
    }

    @Test
    void holdsNoReferenceToAFinishedTestCase() {
        WeakReference<TestCase> finished = runOneScenario();
        for (int i = 0; i < 20 && finished.get() != null; i++) {
            System.gc();
        }
        assertThat(finished.get()).as("the test case was collected").isNull();
    }

    private WeakReference<TestCase> runOneScenario() {
        TestCase testCase = tagged(0);
        run.send(TestCaseStarted.class, new TestCaseStarted(Instant.now(), testCase));
        run.send(TestCaseFinished.class, new TestCaseFinished(Instant.now(), testCase, PASSED));
        return new WeakReference<>(testCase);
    }

    private void runScenarios(int count) {
        for (int i = 0; i < count; i++) {
            TestCase testCase = tagged(i);
            run.send(TestCaseStarted.class, new TestCaseStarted(Instant.now(), testCase));
            run.send(TestCaseFinished.class, new TestCaseFinished(Instant.now(), testCase, PASSED));
        }
    }

    /**
     * Every scenario has tags no other has (a ticket number, and one that looks like a path tag of
     * ours), so any cache or warning list kept per distinct tag would grow with the suite.
     */
    private static TestCase tagged(int number) {
        return new StubTestCase(
                "Scenario " + number,
                "file:/features/memory.feature",
                3,
                List.of(
                        "@vcr-delete-on-fail",
                        "@JIRA-" + number,
                        "@vcr_delete_on_fail:x" + number));
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
