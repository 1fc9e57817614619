package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.LogCapture;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refresh ({@code refresh}, {@code refresh-older-than}) beside the scenario's other cassettes:
 * those registered by glue code, those another scenario is refreshing, those too young to refresh,
 * and runs that may not touch files. The plugin gets Cucumber's events directly, so that two
 * scenarios can overlap in a set order.
 */
class RefreshBesideOtherCassettesTest {

    @TempDir Path tmp;
    private Path cassettes;
    private Path refreshed;
    private Path other;
    private LogCapture log;
    private AttachedPlugin run;

    @BeforeEach
    void twoRecordedCassettes() throws IOException {
        tmp = tmp.toRealPath();
        cassettes = tmp.resolve("cassettes");
        refreshed = write("users/refreshed.yaml", "old recording");
        other = write("users/other.yaml", "other recording");
        log = LogCapture.start();
    }

    @AfterEach
    void finishTheRun() {
        if (run != null) {
            run.finish();
        }
        log.close();
    }

    @Test
    void aFailedRefreshStillHandsTheCassettesGlueCodeRegisteredToTheStrategy() throws Exception {
        start("refresh: all");
        TestCase scenario = tagged("Pays", "@vcr-delete-on-fail:users/refreshed.yaml");
        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        assertThat(refreshed).as("moved aside to be recorded afresh").doesNotExist();
        Files.writeString(refreshed, "new recording");
        Cassettes.deleteOnFail(Cassettes.currentScenario(), Path.of("users/other.yaml"));

        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.FAILED));

        assertThat(refreshed).hasContent("old recording");
        assertThat(other).as("registered, and no part of the refresh").doesNotExist();
    }

    @Test
    void aPassingRefreshSaysTheOldRecordingWasReplaced() throws Exception {
        start("refresh: all");
        TestCase scenario = tagged("Pays", "@vcr-delete-on-fail:users/refreshed.yaml");
        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        Files.writeString(refreshed, "new recording");

        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.PASSED));
        run.finish();

        assertThat(refreshed).hasContent("new recording");
        assertThat(String.join("\n", log.lines()))
                .contains("recorded afresh, the previous recording discarded")
                .doesNotContain("recorded for the first time");
    }

    @Test
    void aRegisteredFolderHoldingTheRefreshedCassetteIsLeftToTheRefreshAndSaidToBeInUse()
            throws Exception {
        start("refresh: all");
        TestCase scenario = tagged("Pays", "@vcr-delete-on-fail:users/refreshed.yaml");
        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        Files.writeString(refreshed, "new recording");
        Cassettes.deleteOnFail(Cassettes.currentScenario(), Path.of("users"));

        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.FAILED));
        run.finish();

        assertThat(refreshed).hasContent("old recording");
        assertThat(other).hasContent("other recording");
        assertThat(String.join("\n", log.lines()))
                .contains("it overlaps the refreshed cassette users/refreshed.yaml")
                .contains("which got its previous recording back");
    }

    @Test
    void aCassetteAnotherScenarioIsRefreshingIsReplayedAsItIsAndSaidSo() throws Exception {
        start("refresh: all\non-failure: restore");
        String tag = "@vcr-delete-on-fail:users/refreshed.yaml";
        TestCase first = tagged("Pays", tag);
        TestCase second = tagged("Pays again", tag);
        run.send(TestCaseStarted.class, AttachedPlugin.started(first));

        run.send(TestCaseStarted.class, AttachedPlugin.started(second));

        List<String> lines = log.lines();
        assertThat(lines)
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("WARNING: vcr-delete-on-fail could not move ")
                                        .contains("users/refreshed.yaml of scenario \"Pays again\"")
                                        .contains("another scenario of this JVM is working on it")
                                        .endsWith("; it is replayed as it is"));
        // Not refreshed, so left to the restore strategy, which cannot snapshot it either.
        assertThat(lines)
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("WARNING: Cassette users/refreshed.yaml of")
                                        .contains("scenario \"Pays again\"")
                                        .contains("another scenario of this JVM is working on it"));
        assertThat(lines).noneMatch(line -> line.startsWith("SEVERE"));

        run.send(TestCaseFinished.class, AttachedPlugin.finished(second, Status.PASSED));
        run.send(TestCaseFinished.class, AttachedPlugin.finished(first, Status.PASSED));
        assertThat(refreshed).as("nothing new was recorded").hasContent("old recording");
    }

    @Test
    void aCassetteTooYoungToRefreshIsStillRestoredWhenTheScenarioFails() throws Exception {
        start("refresh-older-than: 30d\non-failure: restore");
        TestCase scenario = tagged("Pays", "@vcr-delete-on-fail:users/refreshed.yaml");
        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        assertThat(refreshed).as("too young to be refreshed").hasContent("old recording");
        Files.writeString(refreshed, "spoilt recording");

        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.FAILED));

        assertThat(refreshed).hasContent("old recording");
    }

    @Test
    void aLinkPutOnTheWayOfARefreshedCassetteIsRefusedWithItsReason() throws Exception {
        Path elsewhere = aRefreshRefusedByALinkOnItsWay();

        assertThat(log.lines()).noneMatch(line -> line.startsWith("SEVERE"));
        assertThat(String.join("\n", log.lines()))
                .contains("refused as unsafe")
                .contains("a symbolic link on the way (users -> ")
                .contains("links are never followed")
                .contains("the saved copy is kept in the work folder for the next run's recovery");
        assertThat(elsewhere.resolve("users/refreshed.yaml")).doesNotExist();
        assertThat(tmp.resolve(".vcr-delete-on-fail")).as("where the copy waits").isDirectory();

        // While the link is there, the next run says the recording waits, and why.
        aRunOfOneUntaggedScenario();
        assertThat(log.lines())
                .anyMatch(
                        line ->
                                line.contains(
                                                "Cassette users/refreshed.yaml not yet put back for"
                                                        + " an earlier run: left as it was: a"
                                                        + " symbolic link on the way (users -> ")
                                        && line.contains("its saved copy is kept in "));
        assertThat(refreshed).as("nothing written through the link").doesNotExist();

        // Once the link is gone, the next run puts the previous recording back.
        Files.delete(cassettes.resolve("users"));
        aRunOfOneUntaggedScenario();

        assertThat(refreshed).hasContent("old recording");
        assertThat(String.join("\n", log.lines()))
                .contains("put back as it was before a refresh that did not finish");
        assertThat(tmp.resolve(".vcr-delete-on-fail")).as("nothing left to recover").doesNotExist();
    }

    @Test
    void aRecordingMadeAfterARefusedRefreshIsNotOverwrittenByTheSavedOne() throws Exception {
        aRefreshRefusedByALinkOnItsWay();
        assertThat(String.join("\n", log.lines())).contains("refused as unsafe");

        // The link is gone, and the cassette is recorded afresh, after the refusal.
        Files.delete(cassettes.resolve("users"));
        write("users/refreshed.yaml", "recorded afresh");
        Files.setLastModifiedTime(
                refreshed, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(1)));
        aRunOfOneUntaggedScenario();

        assertThat(refreshed).hasContent("recorded afresh");
        assertThat(log.lines())
                .anyMatch(
                        line ->
                                line.startsWith("WARNING")
                                        && line.contains(
                                                "Cassette users/refreshed.yaml not yet put back for"
                                                        + " an earlier run: a recording made after"
                                                        + " the failed scenario could not be"
                                                        + " undone (at ")
                                        && line.contains(
                                                "to keep the newer recording, or delete "));

        // The user keeps the newer recording, deleting the folder the WARNING names.
        String warning =
                log.lines().stream()
                        .filter(line -> line.contains("to keep the newer recording"))
                        .findFirst()
                        .orElseThrow();
        java.util.regex.Matcher named =
                java.util.regex.Pattern.compile("\\(delete (.+) to keep the newer recording")
                        .matcher(warning);
        assertThat(named.find()).isTrue();
        Path runFolder = Path.of(named.group(1));
        assertThat(runFolder).startsWith(tmp.resolve(".vcr-delete-on-fail")).isDirectory();
        try (java.util.stream.Stream<Path> all = Files.walk(runFolder)) {
            for (Path one :
                    (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(one);
            }
        }
        int before = log.lines().size();
        aRunOfOneUntaggedScenario();
        assertThat(refreshed).hasContent("recorded afresh");
        assertThat(log.lines().subList(before, log.lines().size()))
                .isNotEmpty()
                .noneMatch(line -> line.contains("not yet put back"));
        assertThat(tmp.resolve(".vcr-delete-on-fail")).as("nothing left to recover").doesNotExist();
    }

    /**
     * A run whose one scenario, refreshing {@code users/refreshed.yaml}, swaps the cassette's
     * folder for a link to another one and fails: the put-back is refused and the copy kept.
     *
     * @return where the folder went
     */
    private Path aRefreshRefusedByALinkOnItsWay() throws Exception {
        start("refresh: all");
        TestCase scenario = tagged("Pays", "@vcr-delete-on-fail:users/refreshed.yaml");
        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.move(cassettes.resolve("users"), elsewhere.resolve("users"));
        Files.createSymbolicLink(cassettes.resolve("users"), elsewhere.resolve("users"));
        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.FAILED));
        run.finish();
        return elsewhere;
    }

    /** A later run of one passing, untagged scenario: its recovery is what is looked at. */
    private void aRunOfOneUntaggedScenario() throws Exception {
        TestCase untagged =
                new StubTestCase("Lists", "file:/project/features/payments.feature", 9, List.of());
        start("refresh: all");
        run.send(TestCaseStarted.class, AttachedPlugin.started(untagged));
        run.send(TestCaseFinished.class, AttachedPlugin.finished(untagged, Status.PASSED));
        run.finish();
    }

    @Test
    void reportOnlyRefreshesNothingAndReportsNoError() throws Exception {
        start("refresh: all\nreport-only: true");
        TestCase scenario = tagged("Pays", "@vcr-delete-on-fail:users/refreshed.yaml");

        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        assertThat(refreshed).hasContent("old recording");
        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.FAILED));
        run.finish();

        assertThat(refreshed).hasContent("old recording");
        assertThat(log.lines()).noneMatch(line -> line.startsWith("SEVERE"));
    }

    @Test
    void refreshNoneSetExplicitlyIsNotWidenedByAnAge() throws Exception {
        Files.setLastModifiedTime(
                refreshed,
                java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        start("refresh: none\nrefresh-older-than: 1d");
        TestCase scenario = tagged("Pays", "@vcr-delete-on-fail:users/refreshed.yaml");

        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));

        assertThat(refreshed).as("old, but refresh is none").hasContent("old recording");
        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.PASSED));
    }

    @Test
    void warnsWhenAPassingScenariosDefaultCassetteIsAFolderWithTheExtension() throws Exception {
        start("on-failure: restore");
        Files.createDirectories(cassettes.resolve("payments/Pays.yaml/mappings"));
        TestCase scenario =
                new StubTestCase(
                        "Pays",
                        "file:/project/features/payments.feature",
                        3,
                        List.of("@vcr-delete-on-fail"));

        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));
        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.PASSED));

        assertThat(log.lines())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith(
                                                "WARNING: vcr-delete-on-fail: the default cassette"
                                                        + " payments/Pays.yaml of scenario \"Pays\"")
                                        .contains("is a folder"));
    }

    private void start(String settings) throws IOException {
        Path config =
                Files.writeString(
                        tmp.resolve("vcr.yaml"),
                        "cassette-dir: " + cassettes + "\nci-output: off\n" + settings + "\n");
        run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        run.send(TestRunStarted.class, new TestRunStarted(Instant.now()));
    }

    private Path write(String cassette, String content) throws IOException {
        Path file = cassettes.resolve(cassette);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static TestCase tagged(String name, String tag) {
        return new StubTestCase(name, "file:/project/features/payments.feature", 3, List.of(tag));
    }
}
