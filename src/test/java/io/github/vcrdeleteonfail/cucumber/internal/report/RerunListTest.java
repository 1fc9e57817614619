package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The re-record list: which scenarios, written how, and how runs add up. */
class RerunListTest {

    private static final Path REPO = Path.of("/repo").toAbsolutePath();
    private static final URI USERS = REPO.resolve("src/test/features/users.feature").toUri();

    private static RunSummary.Entry entry(Outcome outcome, URI feature, int line) {
        return new RunSummary.Entry(
                outcome, "c.yaml", "failed", "", feature, line, "name", "FAILED");
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"DELETED", "QUARANTINED"})
    void aDeletedOrQuarantinedCassetteIsARemoval(Outcome outcome) {
        assertThat(RerunList.removed(entry(outcome, USERS, 3))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"DELETED", "QUARANTINED"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOtherOutcomeKeepsTheRecordingOrFailedToRemoveIt(Outcome outcome) {
        assertThat(RerunList.removed(entry(outcome, USERS, 3))).isFalse();
    }

    @Test
    void groupsTheLinesOfEachFeatureSortedAndRelativeToTheWorkingDirectory() {
        URI orders = REPO.resolve("src/test/features/orders.feature").toUri();
        List<RunSummary.Entry> entries =
                List.of(
                        entry(Outcome.DELETED, USERS, 30),
                        entry(Outcome.QUARANTINED, orders, 7),
                        entry(Outcome.DELETED, USERS, 12),
                        entry(Outcome.DELETED, USERS, 12),
                        entry(Outcome.RESTORED, USERS, 40),
                        entry(Outcome.NOTHING_TO_DELETE, USERS, 50));

        assertThat(RerunList.scenarios(entries, REPO))
                .containsExactly(
                        Map.entry(
                                "file:src/test/features/orders.feature", new TreeSet<>(List.of(7))),
                        Map.entry(
                                "file:src/test/features/users.feature",
                                new TreeSet<>(List.of(12, 30))));
    }

    @Test
    void aFeatureOutsideTheWorkingDirectoryOrOnTheClasspathIsWrittenAsItsUri() {
        URI outside = Path.of("/elsewhere/x.feature").toAbsolutePath().toUri();
        URI classpath = URI.create("classpath:com/example/y.feature");

        SortedMap<String, SortedSet<Integer>> scenarios =
                RerunList.scenarios(
                        List.of(
                                entry(Outcome.DELETED, outside, 1),
                                entry(Outcome.DELETED, classpath, 2)),
                        REPO);

        assertThat(scenarios)
                .containsOnlyKeys(outside.toString(), "classpath:com/example/y.feature");
    }

    @Test
    void aFeatureNameWithSpacesStaysOneEncodedUri() {
        URI spaced = REPO.resolve("src/my features/a b.feature").toUri();

        assertThat(RerunList.scenarios(List.of(entry(Outcome.DELETED, spaced, 4)), REPO))
                .containsOnlyKeys("file:src/my%20features/a%20b.feature");
    }

    @Test
    void aBlockOrRunFailureWithoutAScenarioIsNotListed() {
        assertThat(RerunList.scenarios(List.of(entry(Outcome.DELETED, null, 0)), REPO)).isEmpty();
    }

    @Test
    void aNewListStartsWithTheMarkerAndNamesNoFeatureInIt() {
        String list = RerunList.merge(Optional.empty(), scenarios("file:a.feature", 3, 1));

        assertThat(list).isEqualTo(RerunList.MARKER + "\nfile:a.feature:1:3\n");
        assertThat(RerunList.MARKER).doesNotContain(".feature").startsWith("#");
    }

    @Test
    void runsAddUpWithoutDuplicatesAndKeepUnknownLines() {
        String first = RerunList.merge(Optional.empty(), scenarios("file:b.feature", 9));
        String withHandWritten = first + "some note\n";

        String merged =
                RerunList.merge(Optional.of(withHandWritten), scenarios("file:b.feature", 2, 9));
        merged = RerunList.merge(Optional.of(merged), scenarios("file:a.feature", 5));

        assertThat(merged)
                .isEqualTo(
                        RerunList.MARKER + "\nfile:a.feature:5\nfile:b.feature:2:9\nsome note\n");
    }

    private static SortedMap<String, SortedSet<Integer>> scenarios(String feature, int... lines) {
        SortedMap<String, SortedSet<Integer>> map = new TreeMap<>();
        for (int line : lines) {
            map.computeIfAbsent(feature, k -> new TreeSet<>()).add(line);
        }
        return map;
    }

    @Test
    void aScenarioWithoutALineIsNotListed() {
        assertThat(RerunList.scenarios(List.of(entry(Outcome.DELETED, USERS, 0)), REPO)).isEmpty();
        assertThat(RerunList.scenarios(List.of(entry(Outcome.DELETED, USERS, 1)), REPO))
                .containsOnlyKeys("file:src/test/features/users.feature");
    }

    @Test
    void anExistingWorkingDirectoryGivesRelativeNamesToo(@TempDir Path workingDir) {
        URI feature = workingDir.resolve("features/a.feature").toUri();

        assertThat(RerunList.scenarios(List.of(entry(Outcome.DELETED, feature, 4)), workingDir))
                .containsOnlyKeys("file:features/a.feature");
    }

    /**
     * A feature with thousands of removed scenarios (a large outline) is written on one line, and
     * the next run adds to it: the line is read back whole.
     */
    @Test
    void aLineOfThousandsOfScenariosIsReadBackAndAddedTo() {
        SortedSet<Integer> many = new TreeSet<>();
        for (int line = 1; line <= 5_000; line++) {
            many.add(line * 3);
        }
        String first =
                RerunList.merge(Optional.empty(), new TreeMap<>(Map.of("file:big.feature", many)));

        String second =
                RerunList.merge(
                        Optional.of(first),
                        new TreeMap<>(Map.of("file:big.feature", new TreeSet<>(Set.of(1)))));

        many.add(1);
        StringBuilder expected = new StringBuilder("file:big.feature");
        many.forEach(line -> expected.append(':').append(line));
        assertThat(second).isEqualTo(RerunList.MARKER + "\n" + expected + "\n");
    }

    /** The split read from the end is the one the regular expression it replaced made. */
    @Property(tries = 3000)
    void splitsALineAsTheRegularExpressionDid(@ForAll("lines") String text) {
        Matcher matcher = Pattern.compile("^(.+?)((?::[0-9]{1,9})+)$").matcher(text);

        int start = RerunList.linesStart(text);

        if (matcher.matches()) {
            assertThat(start).isEqualTo(matcher.start(2));
        } else {
            assertThat(start).isEqualTo(-1);
        }
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                ":", "::", "a", "file:", ".feature", "0", "00", " ", "\u00e9"),
                        Arbitraries.strings()
                                .numeric()
                                .ofMinLength(1)
                                .ofMaxLength(11)
                                .map(d -> ":" + d),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11));
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }
}
