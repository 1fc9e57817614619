package io.github.vcrdeleteonfail.cucumber.soak;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun;
import io.github.vcrdeleteonfail.cucumber.testkit.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of scenarios on 8 threads, on the JUnit Platform engine and on the CLI, with failures
 * placed by a seeded random generator across steps and all four hook kinds: the cassettes removed
 * must be exactly those of the failed scenarios. {@code -Dvcr.soak.scenarios=20000
 * -Dvcr.soak.seeds=1,2,3,4} makes it longer (see bench/run-soak.sh).
 */
class ParallelSoakTest {

    private static final int SCENARIOS = Integer.getInteger("vcr.soak.scenarios", 2000);
    private static final int PER_FEATURE = 100;

    /** Where a scenario fails, if at all, and whether that counts as a failure. */
    enum Placement {
        PASSES("When a step passes", "", false),
        STEP_FAILS("When a step fails", "", true),
        PENDING("When a step is pending", "", true),
        UNDEFINED("When a step nobody wrote", "", true),
        AMBIGUOUS("When an ambiguous step", "", true),
        ASSUMPTION_FAILS("When an assumption fails", "", false),
        BEFORE_HOOK_FAILS("When a step passes", "@fail-in-before", true),
        AFTER_HOOK_FAILS("When a step passes", "@fail-in-after", true),
        BEFORE_STEP_HOOK_FAILS("When a step passes", "@fail-in-before-step", true),
        AFTER_STEP_HOOK_FAILS("When a step passes", "@fail-in-after-step", true);

        final String step;
        final String tag;
        final boolean failure;

        Placement(String step, String tag, boolean failure) {
            this.step = step;
            this.tag = tag;
            this.failure = failure;
        }
    }

    @TempDir Path tmp;
    private Path features;
    private Path cassettes;

    @BeforeEach
    void createFolders() throws IOException {
        features = Files.createDirectories(tmp.resolve("features"));
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
    }

    static Stream<Arguments> runnersAndSeeds() {
        List<Arguments> arguments = new ArrayList<>();
        for (String seed : System.getProperty("vcr.soak.seeds", "11,42,2026").split(",")) {
            arguments.add(Arguments.of("junit-platform", Long.parseLong(seed.strip())));
            arguments.add(Arguments.of("cli", Long.parseLong(seed.strip())));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("runnersAndSeeds")
    void removesExactlyTheCassettesOfTheFailedScenarios(String runner, long seed)
            throws IOException {
        Set<String> failing = generateSuite(seed);
        Set<String> all = listCassettes();
        assertThat(all).hasSize(SCENARIOS);
        Path config = Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: " + cassettes);

        CucumberRun run =
                runner.equals("cli")
                        ? CucumberRun.cli().withoutOutput()
                        : CucumberRun.junitPlatform();
        Result result =
                run.scratch(tmp)
                        .sampleGlue(cassettes)
                        .plugin(config.toString())
                        .threads(8)
                        .logLevel(Level.WARNING)
                        .features(features)
                        .run();

        if (runner.equals("cli")) {
            assertThat(result.exitStatus())
                    .as(result.describe())
                    .isEqualTo(failing.isEmpty() ? 0 : 1);
        } else {
            assertThat(result.startedTests()).as(result.describe()).hasValue(SCENARIOS);
        }
        assertThat(result.log()).as("the plugin's warnings").isEmpty();

        Set<String> expected = new TreeSet<>(all);
        expected.removeAll(failing);
        assertThat(listCassettes())
                .as(
                        "cassettes left after %s with seed %d (%d failing)",
                        runner, seed, failing.size())
                .isEqualTo(expected);
    }

    /** Writes the features and a committed cassette for every scenario; returns the failing. */
    private Set<String> generateSuite(long seed) throws IOException {
        Random random = new Random(seed);
        Placement[] placements = Placement.values();
        Set<String> failing = new TreeSet<>();
        for (int f = 0; f * PER_FEATURE < SCENARIOS; f++) {
            String feature = String.format("soak-%03d", f);
            StringBuilder text =
                    new StringBuilder("@vcr-delete-on-fail\nFeature: ")
                            .append(feature)
                            .append('\n');
            for (int i = 0; i < PER_FEATURE && f * PER_FEATURE + i < SCENARIOS; i++) {
                // Two scenarios in three pass; the rest fail (or skip) at a random place.
                Placement placement =
                        random.nextInt(3) < 2
                                ? Placement.PASSES
                                : placements[1 + random.nextInt(placements.length - 1)];
                String name = String.format("Scenario %03d-%04d", f, i);
                text.append("\n  ").append(placement.tag).append("\n  Scenario: ").append(name);
                text.append("\n    Given the recorder records the default cassette");
                text.append("\n    ").append(placement.step).append('\n');
                String cassette = feature + "/" + name.replace(' ', '_') + ".yaml";
                Path file = cassettes.resolve(cassette);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "committed recording");
                if (placement.failure) {
                    failing.add(cassette);
                }
            }
            Files.writeString(features.resolve(feature + ".feature"), text, StandardCharsets.UTF_8);
        }
        return failing;
    }

    private Set<String> listCassettes() throws IOException {
        try (Stream<Path> files = Files.walk(cassettes)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> cassettes.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
