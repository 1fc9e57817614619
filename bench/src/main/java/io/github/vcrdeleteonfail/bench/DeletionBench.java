package io.github.vcrdeleteonfail.bench;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A failing tagged scenario, whose cassette the plugin deletes (tag parsing, naming, safety checks,
 * deletion, summary entry; the cassette's line is DEBUG, so INFO logging formats nothing per
 * scenario), against the floor: a bare {@link Files#delete} of the
 * same file. For both, the file is written afresh, with the same size, at the same relative path,
 * in {@code @Setup(Level.Invocation)}, which is not measured; that setup also checks that the
 * previous invocation really deleted it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class DeletionBench {

    static final String RELATIVE_CASSETTE = "users/Fetch_the_user_s_orders.yaml";

    /** A cassette file that is re-created before every invocation. */
    public abstract static class CassetteFile {
        Path workDir;
        Path cassetteDir;
        Path cassette;
        private byte[] content;

        void createTree(String prefix, int fileBytes) throws IOException {
            workDir = Files.createTempDirectory(prefix);
            cassetteDir = workDir.resolve("cassettes");
            cassette = cassetteDir.resolve(RELATIVE_CASSETTE);
            Files.createDirectories(cassette.getParent());
            content = new byte[fileBytes];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) ('a' + i % 26);
            }
        }

        void recreate() throws IOException {
            if (Files.exists(cassette)) {
                throw new IllegalStateException("the previous invocation did not delete " + cassette);
            }
            Files.write(cassette, content);
        }

        void deleteTree() throws IOException {
            try (Stream<Path> paths = Files.walk(workDir)) {
                for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The plugin, driven as Cucumber drives it, and a failing scenario tagged for deletion. */
    @State(Scope.Thread)
    public static class PluginState extends CassetteFile {
        @Param({"4096"})
        public int fileBytes;

        @Param({"QUIET", "INFO_TO_NULL"})
        public BenchPlugin.Logging logging;

        BenchPlugin harness;
        EventHandler<TestCaseStarted> started;
        EventHandler<TestCaseFinished> finished;
        TestCaseStarted startEvent;
        TestCaseFinished finishEvent;

        @Setup(Level.Trial)
        public void setUpTrial() throws IOException {
            createTree("vcr-bench-plugin", fileBytes);
            StubTestCase failing =
                    new StubTestCase(
                            "Fetch the user's orders",
                            ScenarioBench.FEATURE,
                            12,
                            List.of("@api", "@vcr-delete-on-fail"));
            startEvent = AttachedPlugin.started(failing);
            finishEvent = AttachedPlugin.finished(failing, Status.FAILED);
        }

        /** A fresh plugin per iteration, so that its run summary does not grow without bound. */
        @Setup(Level.Iteration)
        public void setUpIteration() {
            harness = new BenchPlugin(cassetteDir, workDir, logging);
            started = harness.handler(TestCaseStarted.class);
            finished = harness.handler(TestCaseFinished.class);
        }

        @Setup(Level.Invocation)
        public void setUpInvocation() throws IOException {
            recreate();
        }

        @TearDown(Level.Iteration)
        public void tearDownIteration() {
            harness.finishRun();
        }

        @TearDown(Level.Trial)
        public void tearDownTrial() throws IOException {
            if (Files.exists(cassette)) {
                throw new IllegalStateException("the plugin did not delete " + cassette);
            }
            deleteTree();
        }
    }

    /** The same file, for the bare deletion. */
    @State(Scope.Thread)
    public static class FloorState extends CassetteFile {
        @Param({"4096"})
        public int fileBytes;

        @Setup(Level.Trial)
        public void setUpTrial() throws IOException {
            createTree("vcr-bench-floor", fileBytes);
        }

        @Setup(Level.Invocation)
        public void setUpInvocation() throws IOException {
            recreate();
        }

        @TearDown(Level.Trial)
        public void tearDownTrial() throws IOException {
            deleteTree();
        }
    }

    /** The plugin's whole handling of a failing tagged scenario: started, then finished FAILED. */
    @Benchmark
    public void pluginFailingTaggedScenario(PluginState s) {
        s.started.receive(s.startEvent);
        s.finished.receive(s.finishEvent);
    }

    /** The floor: deleting the same file with {@code java.nio.file.Files.delete}. */
    @Benchmark
    public void bareFilesDelete(FloorState s) throws IOException {
        Files.delete(s.cassette);
    }
}
