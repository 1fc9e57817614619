package io.github.vcrdeleteonfail.bench;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The plugin's cost for scenarios that touch no file: one {@code TestCaseStarted} plus one {@code
 * TestCaseFinished}, as Cucumber sends them, for a passing tagged scenario, an untagged one (passed
 * and failed), and the pieces: tag parsing, default naming, the misspelt-tag check without its
 * cache. The failing tagged scenario, which deletes a file, is in {@link DeletionBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class ScenarioBench {

    static final URI FEATURE = URI.create("file:///bench/features/users.feature");

    private Path workDir;
    private BenchPlugin harness;
    private EventHandler<TestCaseStarted> started;
    private EventHandler<TestCaseFinished> finished;

    private TestCaseStarted passingTaggedStart;
    private TestCaseFinished passingTaggedFinish;
    private TestCaseStarted untaggedStart;
    private TestCaseFinished untaggedPassFinish;
    private TestCaseFinished untaggedFailFinish;

    private List<String> taggedTags;
    private List<String> untaggedTags;
    private ScenarioInfo taggedInfo;
    private final DefaultCassetteNamer namer = new DefaultCassetteNamer();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        workDir = Files.createTempDirectory("vcr-bench-scenario");
        // The cassette folder is never created: passing and untagged scenarios must not need it.
        harness =
                new BenchPlugin(
                        workDir.resolve("cassettes"), workDir, BenchPlugin.Logging.QUIET);
        started = harness.handler(TestCaseStarted.class);
        finished = harness.handler(TestCaseFinished.class);

        taggedTags = List.of("@api", "@vcr-delete-on-fail");
        untaggedTags = List.of("@api", "@smoke");
        StubTestCase tagged =
                new StubTestCase("Fetch the user's orders", FEATURE, 12, taggedTags);
        StubTestCase untagged =
                new StubTestCase("Fetch the user's invoices", FEATURE, 18, untaggedTags);
        passingTaggedStart = AttachedPlugin.started(tagged);
        passingTaggedFinish = AttachedPlugin.finished(tagged, Status.PASSED);
        untaggedStart = AttachedPlugin.started(untagged);
        untaggedPassFinish = AttachedPlugin.finished(untagged, Status.PASSED);
        untaggedFailFinish = AttachedPlugin.finished(untagged, Status.FAILED);
        taggedInfo = ScenarioInfo.of("tagged", tagged.getName(), FEATURE, 12, taggedTags, null);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        harness.finishRun();
        if (Files.exists(workDir.resolve("cassettes"))) {
            throw new IllegalStateException("the plugin created the cassette folder");
        }
        Files.delete(workDir.resolve("vcr-delete-on-fail.yaml"));
        Files.delete(workDir);
    }

    /** A tagged scenario that passed: the plugin reads its tags and status, touches no file. */
    @Benchmark
    public void passingTaggedScenario() {
        started.receive(passingTaggedStart);
        finished.receive(passingTaggedFinish);
    }

    /** A scenario without the plugin's tags that passed. */
    @Benchmark
    public void untaggedScenario() {
        started.receive(untaggedStart);
        finished.receive(untaggedPassFinish);
    }

    /** A scenario without the plugin's tags that failed: still no file-system access. */
    @Benchmark
    public void untaggedFailingScenario() {
        started.receive(untaggedStart);
        finished.receive(untaggedFailFinish);
    }

    /** Tag parsing alone (internal class, as the plugin calls it for every finished scenario). */
    @Benchmark
    public CassetteTags tagParsing() {
        return CassetteTags.DEFAULT_NAMES.read(taggedTags);
    }

    /** Default naming alone, through the public API: the name of a failing scenario's cassette. */
    @Benchmark
    public List<Path> defaultNaming() {
        return namer.cassettesFor(taggedInfo);
    }

    /**
     * The misspelt-tag check of one unrelated tag without the plugin's per-tag cache: what every
     * scenario would pay per tag if the result were not cached.
     */
    @Benchmark
    public void tagTypoCheckUncached(Blackhole bh) {
        Optional<String> a = CassetteTags.DEFAULT_NAMES.correctionOf(untaggedTags.get(0));
        Optional<String> b = CassetteTags.DEFAULT_NAMES.correctionOf(untaggedTags.get(1));
        bh.consume(a);
        bh.consume(b);
    }
}
