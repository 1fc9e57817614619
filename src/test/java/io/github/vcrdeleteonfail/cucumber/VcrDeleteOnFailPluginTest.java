package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.LogCapture;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcrDeleteOnFailPluginTest {

    private LogCapture capture;

    @BeforeEach
    void captureLog() {
        capture = LogCapture.start();
    }

    @AfterEach
    void releaseLog() {
        capture.close();
    }

    @Test
    void hasTheConstructorsCucumberNeedsANoArgOneAndExactlyOneTakingAString() {
        Constructor<?>[] constructors = VcrDeleteOnFailPlugin.class.getConstructors();
        assertThat(constructors)
                .extracting(c -> Arrays.asList(c.getParameterTypes()))
                .containsExactlyInAnyOrder(List.of(), List.of(String.class));
        assertThat(Modifier.isFinal(VcrDeleteOnFailPlugin.class.getModifiers())).isTrue();
    }

    @Test
    void neverThrowsIntoCucumberAndNamesTheScenarioWhenSomethingGoesWrong(@TempDir Path tmp)
            throws Exception {
        Path config = Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: " + tmp + "\n");
        AttachedPlugin run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        // A test case whose tags cannot be read stands for any bug inside the plugin.
        TestCase broken =
                new StubTestCase(
                        "Broken",
                        "file:/features/broken.feature",
                        7,
                        () -> {
                            throw new IllegalStateException("tags exploded");
                        });
        TestCaseFinished finished =
                new TestCaseFinished(
                        Instant.now(),
                        broken,
                        new Result(Status.FAILED, Duration.ZERO, new AssertionError("boom")));

        assertThatCode(() -> run.send(TestCaseFinished.class, finished)).doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                run.send(
                                        TestRunFinished.class,
                                        new TestRunFinished(
                                                Instant.now(),
                                                new Result(Status.FAILED, Duration.ZERO, null))))
                .doesNotThrowAnyException();

        assertThat(capture.records())
                .anySatisfy(
                        r -> {
                            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
                            assertThat(r.getMessage())
                                    .contains("\"Broken\" (file:/features/broken.feature:7)")
                                    .contains("the run goes on");
                            assertThat(r.getThrown()).hasMessage("tags exploded");
                        });
    }

    @Test
    void aFailureWhilePreparingAScenarioIsLoggedWithItsNameAndTheRunGoesOn(@TempDir Path tmp)
            throws Exception {
        Path config = Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: " + tmp + "\n");
        AttachedPlugin run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        TestCase broken =
                new StubTestCase(
                        "Broken",
                        "file:/features/broken.feature",
                        7,
                        () -> {
                            throw new IllegalStateException("tags exploded");
                        });

        assertThatCode(() -> run.send(TestCaseStarted.class, AttachedPlugin.started(broken)))
                .doesNotThrowAnyException();
        run.finish();

        assertThat(capture.records())
                .anySatisfy(
                        r -> {
                            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
                            assertThat(r.getMessage())
                                    .startsWith("vcr-delete-on-fail failed while preparing")
                                    .contains("\"Broken\" (file:/features/broken.feature:7)");
                            assertThat(r.getThrown()).hasMessage("tags exploded");
                        });
    }

    @Test
    void aFeatureWhoseOutlinesCannotBeReadIsLoggedAndTheRunGoesOn(@TempDir Path tmp)
            throws Exception {
        Path config = Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: " + tmp + "\n");
        AttachedPlugin run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        List<Node> unreadable =
                new AbstractList<>() {
                    @Override
                    public Node get(int index) {
                        throw new IllegalStateException("nodes exploded");
                    }

                    @Override
                    public int size() {
                        return 1;
                    }
                };
        URI feature = URI.create("file:/features/outlines.feature");

        assertThatCode(
                        () ->
                                run.send(
                                        TestSourceParsed.class,
                                        new TestSourceParsed(Instant.now(), feature, unreadable)))
                .doesNotThrowAnyException();
        run.finish();

        assertThat(capture.records())
                .anySatisfy(
                        r -> {
                            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
                            assertThat(r.getMessage())
                                    .startsWith(
                                            "vcr-delete-on-fail could not read the outlines of"
                                                    + " file:/features/outlines.feature");
                            assertThat(r.getThrown()).hasMessage("nodes exploded");
                        });
    }
}
