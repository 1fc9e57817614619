package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Cucumber runs in progress in one JVM (two suites run in parallel by the JUnit Platform): glue
 * code reaches the run of the scenario it names, or of the thread it runs on, and a call that could
 * be meant for either is refused with a message rather than guessed.
 */
class SeveralRunsInOneJvmTest {

    @TempDir Path tmp;
    private Path cassettesA;
    private Path cassettesB;
    private AttachedPlugin runA;
    private AttachedPlugin runB;
    private final ExecutorService threadA = Executors.newSingleThreadExecutor();
    private final ExecutorService threadB = Executors.newSingleThreadExecutor();
    private final TestCase scenarioA = tagged("Records A");
    private final TestCase scenarioB = tagged("Records B");

    @BeforeEach
    void startTwoRuns() throws Exception {
        tmp = tmp.toRealPath();
        cassettesA = Files.createDirectories(tmp.resolve("a/cassettes"));
        cassettesB = Files.createDirectories(tmp.resolve("b/cassettes"));
        runA = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config("a", cassettesA)));
        runB = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config("b", cassettesB)));
        on(threadA, () -> start(runA, scenarioA));
        on(threadB, () -> start(runB, scenarioB));
    }

    @AfterEach
    void finishRuns() throws Exception {
        on(threadA, () -> finish(runA));
        on(threadB, () -> finish(runB));
        threadA.shutdownNow();
        threadB.shutdownNow();
    }

    @Test
    void eachRunsThreadsReachTheirOwnRun() throws Exception {
        assertThat(on(threadA, Cassettes::cassetteDir)).isEqualTo(cassettesA);
        assertThat(on(threadB, Cassettes::cassetteDir)).isEqualTo(cassettesB);
        assertThat(on(threadB, Cassettes::currentScenario).getName()).isEqualTo("Records B");
    }

    @Test
    void aCallNamingAScenarioReachesItsRunFromAnyThread() throws Exception {
        Files.writeString(cassettesA.resolve("shared.yaml"), "a");
        Files.writeString(cassettesB.resolve("shared.yaml"), "b");
        ScenarioInfo infoB = on(threadB, Cassettes::currentScenario);

        Cassettes.deleteOnFail(infoB, Path.of("shared.yaml"));
        on(threadA, () -> finished(runA, scenarioA, Status.FAILED));
        on(threadB, () -> finished(runB, scenarioB, Status.FAILED));

        assertThat(cassettesB.resolve("shared.yaml")).as("registered with run B").doesNotExist();
        assertThat(cassettesA.resolve("shared.yaml")).as("run A never heard of it").exists();
    }

    @Test
    void theThreadThatStartedARunReachesItOutsideItsScenarios() throws Exception {
        // Where BeforeAll and AfterAll hooks run: no scenario is in flight on it any more.
        on(threadA, () -> finished(runA, scenarioA, Status.PASSED));

        assertThat(on(threadA, Cassettes::cassetteDir)).isEqualTo(cassettesA);
    }

    @Test
    void onceOneRunHasFinishedTheOtherIsTheOnlyOneAndActsForEveryThread() throws Exception {
        on(threadA, () -> finished(runA, scenarioA, Status.PASSED));
        on(threadA, () -> finish(runA));

        assertThat(Cassettes.cassetteDir()).isEqualTo(cassettesB);
    }

    @Test
    void aCallThatCouldBeForEitherRunIsRefusedWithAMessage() {
        assertThatThrownBy(Cassettes::cassetteDir)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside the hooks and scenarios of the 2 Cucumber runs")
                .hasMessageContaining("Call it from a step or hook of the run");
    }

    private String config(String name, Path cassettes) throws IOException {
        return Files.writeString(tmp.resolve(name + ".yaml"), "cassette-dir: " + cassettes + "\n")
                .toString();
    }

    private static TestCase tagged(String name) {
        return new StubTestCase(
                name, "file:/features/runs.feature", 3, List.of("@vcr-delete-on-fail"));
    }

    private static Void start(AttachedPlugin run, TestCase scenario) {
        run.send(TestRunStarted.class, new TestRunStarted(Instant.now()));
        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        return null;
    }

    private static Void finished(AttachedPlugin run, TestCase scenario, Status status) {
        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, status));
        return null;
    }

    private static Void finish(AttachedPlugin run) {
        run.finish();
        return null;
    }

    private static <T> T on(ExecutorService thread, Callable<T> call) throws Exception {
        return thread.submit(call).get();
    }
}
