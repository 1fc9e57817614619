package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workflow commands: where they point, what they say, how they are escaped and bounded. */
class WorkflowCommandsTest {

    private static final Path WORKSPACE = Path.of("/home/runner/work/app/app");
    private static final URI USERS =
            WORKSPACE.resolve("src/test/resources/features/users.feature").toUri();

    private final RunSummary summary = new RunSummary();
    private final WorkspacePath paths =
            WorkspacePath.of(
                    CiEnvironment.of(
                            Map.of("GITHUB_WORKSPACE", WORKSPACE.toString()),
                            new PrintStream(PrintStream.nullOutputStream())));

    private void record(Outcome outcome, String cassette, String scenario, int line) {
        summary.record(
                new RunSummary.Entry(
                        outcome,
                        cassette,
                        "failed scenario \"" + scenario + "\" (" + USERS + ":" + line + ") FAILED",
                        "why",
                        USERS,
                        line,
                        scenario,
                        "FAILED"));
    }

    @Test
    void aRemovedCassetteGetsANoticeAtItsScenarioRelativeToTheWorkspace() {
        record(Outcome.DELETED, "users/Fetch_a_user.yaml", "Fetch a user", 12);

        assertThat(WorkflowCommands.render(summary, paths))
                .containsExactly(
                        "::notice file=src/test/resources/features/users.feature,line=12,"
                                + "title=vcr-delete-on-fail%3A deleted::Cassette"
                                + " users/Fetch_a_user.yaml deleted after scenario \"Fetch a"
                                + " user\" FAILED: run it again to record afresh");
    }

    @Test
    void aCassetteThatMayBeStaleGetsAWarningBeforeTheNotices() {
        record(Outcome.QUARANTINED, "a.yaml", "A", 3);
        record(Outcome.DELETE_FAILED, "b.yaml", "B", 9);

        List<String> commands = WorkflowCommands.render(summary, paths);

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0))
                .startsWith("::warning file=src/test/resources/features/users.feature,line=9,")
                .endsWith("::Cassette b.yaml failed to delete for scenario \"B\" FAILED: why");
        assertThat(commands.get(1)).startsWith("::notice ").contains("quarantined after");
    }

    @Test
    void keptAndUntouchedCassettesAreNotAnnotated() {
        record(Outcome.RESTORED, "a.yaml", "A", 3);
        record(Outcome.NOTHING_TO_DELETE, "b.yaml", "B", 4);
        record(Outcome.KEPT_BY_TAG, "c.yaml", "C", 5);
        record(Outcome.DRY_RUN, "d.yaml", "D", 6);

        assertThat(WorkflowCommands.render(summary, paths)).isEmpty();
    }

    @Test
    void aFeatureOutsideTheWorkspaceIsNamedInFull() {
        summary.record(
                new RunSummary.Entry(
                        Outcome.DELETED,
                        "x.yaml",
                        "f",
                        "",
                        Path.of("/opt/other/x.feature").toUri(),
                        2,
                        "X",
                        "FAILED"));

        assertThat(WorkflowCommands.render(summary, paths).get(0))
                .startsWith("::notice file=/opt/other/x.feature,line=2,");
    }

    @Test
    void aCassetteOfTheRunHasNoFileAndSaysWhatFailed() {
        summary.record(
                new RunSummary.Entry(
                        Outcome.DELETED, "run/setup.yaml", "the run", "", null, 0, null, null));

        assertThat(WorkflowCommands.render(summary, paths))
                .containsExactly(
                        "::notice title=vcr-delete-on-fail%3A deleted::Cassette run/setup.yaml"
                                + " deleted after the run: run it again to record afresh");
    }

    @Test
    void atMostTenPerRunThenOneCountingTheRest() {
        for (int i = 1; i <= 13; i++) {
            record(Outcome.DELETED, "c" + i + ".yaml", "S" + i, i);
        }

        List<String> commands = WorkflowCommands.render(summary, paths);

        assertThat(commands).hasSize(WorkflowCommands.MAX + 1);
        assertThat(commands.get(9)).contains("c10.yaml");
        assertThat(commands.get(10))
                .isEqualTo(
                        "::notice title=vcr-delete-on-fail::3 more cassettes removed or left stale,"
                                + " not annotated; the job summary and the JSON report (key"
                                + " 'report') list them");
    }

    @Test
    void escapesMessagesAndPropertiesAsTheRunnerReadsThem() {
        assertThat(WorkflowCommands.data("100% done\r\nnext"))
                .isEqualTo("100%25 done\\u000D\\u000Anext");
        assertThat(WorkflowCommands.property("a:b,c%d")).isEqualTo("a%3Ab%2Cc%25d");
    }

    @Test
    void aScenarioNameCannotStartAnotherCommand() {
        record(Outcome.DELETED, "x.yaml", "evil\n::error::owned, 50%", 1);

        List<String> commands = WorkflowCommands.render(summary, paths);

        assertThat(commands).hasSize(1);
        assertThat(commands.get(0))
                .doesNotContain("\n")
                .contains("evil\\u000A::error::owned, 50%25");
    }

    @Test
    void aFeaturePathWithCommasAndColonsStaysOneProperty() {
        summary.record(
                new RunSummary.Entry(
                        Outcome.DELETED,
                        "x.yaml",
                        "f",
                        "",
                        WORKSPACE.resolve("a,b:c.feature").toUri(),
                        5,
                        "X",
                        "FAILED"));

        assertThat(WorkflowCommands.render(summary, paths).get(0))
                .startsWith("::notice file=a%2Cb%3Ac.feature,line=5,");
    }

    @Test
    void exactlyTheMaximumIsAnnotatedWithoutACount() {
        for (int i = 1; i <= WorkflowCommands.MAX; i++) {
            record(Outcome.DELETED, "c" + i + ".yaml", "S" + i, i);
        }

        assertThat(WorkflowCommands.render(summary, paths))
                .hasSize(WorkflowCommands.MAX)
                .noneMatch(command -> command.contains("more cassettes"));
    }

    @Test
    void aScenarioWithoutALineIsAnnotatedAtItsFile() {
        record(Outcome.DELETED, "x.yaml", "X", 0);

        assertThat(WorkflowCommands.render(summary, paths).get(0))
                .startsWith("::notice file=src/test/resources/features/users.feature,title=");
    }

    /** The message around the cassette's name, which sets its length. */
    private static final String AROUND =
            "Cassette  deleted after scenario \"S\" FAILED: run it again to record afresh";

    @Test
    void aMessageOfAThousandCharactersIsKeptWhole() {
        record(Outcome.DELETED, "a".repeat(1000 - AROUND.length()), "S", 1);

        assertThat(WorkflowCommands.render(summary, paths).get(0))
                .endsWith(
                        "::Cassette "
                                + "a".repeat(1000 - AROUND.length())
                                + " deleted after"
                                + " scenario \"S\" FAILED: run it again to record afresh");
    }

    @Test
    void aLongerMessageIsCutAtAThousandCharactersNeverInsideACharacter() {
        record(Outcome.DELETED, "a".repeat(1001 - AROUND.length()), "S", 1);
        record(Outcome.DELETED, "a".repeat(990) + "\uD83D\uDE00", "S", 2);

        List<String> commands = WorkflowCommands.render(summary, paths);

        assertThat(commands.get(0)).endsWith(" FAILED: run it again to record afres...");
        String message = commands.get(1).substring(commands.get(1).lastIndexOf("::") + 2);
        assertThat(message)
                .as("the cut falls inside the pair: the pair goes whole")
                .isEqualTo("Cassette " + "a".repeat(990) + "...");
    }
}
