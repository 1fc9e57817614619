package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.WorkFolder;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each strategy on real files: what it does to a failure's cassettes, and what it reports. */
class StrategiesTest {

    @TempDir Path tmp;
    private Path cassettes;
    private WorkFolder work;
    private CassetteFolder folder;
    private final FailureNote note =
            new FailureNote(
                    "Log in",
                    URI.create("file:/f/login.feature"),
                    3,
                    "FAILED",
                    new AssertionError("boom"),
                    "r-1");

    @BeforeEach
    void createFolders() throws IOException {
        tmp = tmp.toRealPath();
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
        work = WorkFolder.at(tmp.resolve("work"), cassettes, "r-1");
        folder = new CassetteFolder(cassettes, work);
    }

    @AfterEach
    void closeWork() {
        work.close();
    }

    @Test
    void deleteRemovesFilesAndFoldersAndSaysWhatWasThere() throws IOException {
        write("login/a.yaml", "a");
        write("wiremock/users/mappings/m.json", "{}");
        DeleteStrategy strategy = new DeleteStrategy(folder);

        List<Handled> handled =
                strategy.open("k")
                        .fail(
                                List.of(
                                        target("login/a.yaml"),
                                        target("wiremock/users"),
                                        target("missing.yaml")),
                                note);

        assertThat(strategy.prepares()).isFalse();
        assertThat(handled)
                .extracting(Handled::outcome)
                .containsExactly(Outcome.DELETED, Outcome.DELETED, Outcome.NOTHING_TO_DELETE);
        assertThat(cassettes.resolve("login/a.yaml")).doesNotExist();
        assertThat(cassettes.resolve("wiremock/users")).doesNotExist();
        assertThat(handled.get(0).target().origin()).isEqualTo("tag @t");
    }

    @Test
    void deleteRefusesAPathThroughALinkAndTouchesNothingBehindIt() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), "precious");
        Files.createSymbolicLink(cassettes.resolve("escape"), outside);

        List<Handled> handled =
                new DeleteStrategy(folder).fail(List.of(target("escape/secret.yaml")), note);

        assertThat(handled).extracting(Handled::outcome).containsExactly(Outcome.REFUSED_UNSAFE);
        assertThat(outside.resolve("secret.yaml")).hasContent("precious");
    }

    @Test
    void quarantineMovesTheCassetteWithItsNote() throws IOException {
        write("login/a.yaml", "partial");
        Path runFolder = tmp.resolve("quarantine/r-1");
        QuarantineStrategy strategy = new QuarantineStrategy(folder, runFolder);

        List<Handled> handled =
                strategy.open("k").fail(List.of(target("login/a.yaml"), target("gone.yaml")), note);

        assertThat(strategy.prepares()).isFalse();
        assertThat(handled)
                .extracting(Handled::outcome)
                .containsExactly(Outcome.QUARANTINED, Outcome.NOTHING_TO_DELETE);
        assertThat(cassettes.resolve("login/a.yaml")).doesNotExist();
        assertThat(runFolder.resolve("login/a.yaml")).hasContent("partial");
        assertThat(runFolder.resolve("login/a.yaml.failure.yaml"))
                .content()
                .contains("scenario: \"Log in\"")
                .contains("cassette: \"login/a.yaml\"");
    }

    @Test
    void quarantineThatCannotCreateItsFolderFailsToQuarantineAndLeavesTheCassette()
            throws IOException {
        write("login/a.yaml", "partial");
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file");

        List<Handled> handled =
                new QuarantineStrategy(folder, blocker.resolve("r-1"))
                        .fail(List.of(target("login/a.yaml")), note);

        assertThat(handled).extracting(Handled::outcome).containsExactly(Outcome.QUARANTINE_FAILED);
        assertThat(cassettes.resolve("login/a.yaml")).hasContent("partial");
    }

    @Test
    void restoreUndoesExactlyWhatTheUnitDid() throws IOException {
        write("modified.yaml", "good");
        write("untouched.yaml", "good");
        RestoreStrategy strategy = new RestoreStrategy(folder);
        Strategy.Unit unit = strategy.open("k");
        List<Target> targets =
                List.of(target("modified.yaml"), target("untouched.yaml"), target("created.yaml"));

        assertThat(strategy.prepares()).isTrue();
        assertThat(unit.prepare(targets)).isEmpty();
        write("modified.yaml", "partial");
        write("created.yaml", "partial");
        List<Handled> handled = unit.fail(targets, note);
        unit.close();

        assertThat(handled)
                .extracting(h -> h.target().path().toString() + " " + h.outcome().label())
                .containsExactlyInAnyOrder(
                        "modified.yaml restored",
                        "untouched.yaml kept (unchanged)",
                        "created.yaml deleted");
        assertThat(cassettes.resolve("modified.yaml")).hasContent("good");
        assertThat(cassettes.resolve("untouched.yaml")).hasContent("good");
        assertThat(cassettes.resolve("created.yaml")).doesNotExist();
    }

    /** What the snapshot saw is kept for the folder-cassette hint, which need not look again. */
    @Test
    void restoreTellsWhichOfTheCassettesItSavedWereFolders() throws IOException {
        write("file.yaml", "a");
        write("wiremock.yaml/mappings/m.json", "{}");
        DeleteStrategy delete = new DeleteStrategy(folder);
        Strategy.Unit unit = new RestoreStrategy(folder).open("k");

        unit.prepare(List.of(target("file.yaml"), target("wiremock.yaml"), target("absent.yaml")));

        assertThat(unit.sawFolder(target("wiremock.yaml").path())).isTrue();
        assertThat(unit.sawFolder(target("file.yaml").path())).isFalse();
        assertThat(unit.sawFolder(target("absent.yaml").path())).isFalse();
        assertThat(unit.sawFolder(target("not-prepared.yaml").path())).isNull();
        assertThat(delete.open("d").sawFolder(target("file.yaml").path())).isNull();
        unit.close();
    }

    @Test
    void restoreOfACassetteNoCopyWasTakenOfLeavesItAndSaysWhy() throws IOException {
        write("late.yaml", "partial");
        Strategy.Unit unit = new RestoreStrategy(folder).open("k");

        List<Handled> handled = unit.fail(List.of(target("late.yaml")), note);
        unit.close();

        assertThat(handled)
                .singleElement()
                .satisfies(
                        h -> {
                            assertThat(h.outcome()).isEqualTo(Outcome.RESTORE_FAILED);
                            assertThat(h.detail())
                                    .contains("no copy was taken when the scenario started");
                        });
        assertThat(cassettes.resolve("late.yaml")).hasContent("partial");
    }

    @Test
    void restoreOfACassetteAnotherUnitHoldsIsInUseAndLeftAsItIs() throws IOException {
        write("shared.yaml", "good");
        Strategy.Unit first = new RestoreStrategy(folder).open("first");
        Strategy.Unit second = new RestoreStrategy(folder).open("second");
        first.prepare(List.of(target("shared.yaml")));

        List<Handled> problems = second.prepare(List.of(target("shared.yaml")));
        write("shared.yaml", "partial");
        List<Handled> handled = second.fail(List.of(target("shared.yaml")), note);
        second.close();
        first.close();

        assertThat(problems).singleElement().extracting(Handled::outcome).isEqualTo(Outcome.IN_USE);
        assertThat(handled)
                .singleElement()
                .satisfies(
                        h -> {
                            assertThat(h.outcome()).isEqualTo(Outcome.RESTORE_FAILED);
                            assertThat(h.detail())
                                    .contains("no copy was taken before it was written");
                        });
        assertThat(cassettes.resolve("shared.yaml")).hasContent("partial");
    }

    @Test
    void aPassiveStrategySaysWhatItWouldHaveDoneAndTouchesNothing() throws IOException {
        write("login/a.yaml", "a");
        PassiveStrategy strategy =
                new PassiveStrategy(Outcome.DRY_RUN, "quarantine", "a dry run was requested");

        List<Handled> handled = strategy.open("k").fail(List.of(target("login/a.yaml")), note);

        assertThat(strategy.prepares()).isFalse();
        assertThat(strategy.prepare(List.of(target("login/a.yaml")))).isEmpty();
        assertThat(handled)
                .singleElement()
                .satisfies(
                        h -> {
                            assertThat(h.outcome()).isEqualTo(Outcome.DRY_RUN);
                            assertThat(h.detail())
                                    .isEqualTo("would quarantine; a dry run was requested");
                        });
        assertThat(cassettes.resolve("login/a.yaml")).hasContent("a");
    }

    private Target target(String path) {
        return new Target(CassettePath.parse(cassettes, path).path().orElseThrow(), "tag @t");
    }

    private void write(String path, String content) throws IOException {
        Path file = cassettes.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
