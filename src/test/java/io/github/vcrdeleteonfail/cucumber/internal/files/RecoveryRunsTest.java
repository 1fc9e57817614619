package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which folders of the work folder recovery takes for dead runs, and when it leaves one alone: only
 * real folders with a lock file nobody holds, never the recovering run's own name, never a cassette
 * a live scenario of this JVM holds.
 */
class RecoveryRunsTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path workPath;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        workPath = temp.resolve(".vcr-delete-on-fail");
        write(cassettes.resolve("made.yaml"), "made by a scenario that never ended");
    }

    /** A run that died with a snapshot of an absent cassette pending: recovery removes it. */
    private void deadRun(String name) throws IOException {
        deadRun(name, "made.yaml");
    }

    /** A run that died with a snapshot of the given absent cassette pending. */
    private void deadRun(String name, String cassette) throws IOException {
        WorkFolder dead = WorkFolder.at(workPath, cassettes, name);
        dead.ensureRun();
        dead.journal()
                .write(
                        JournalEntry.of(
                                dead.nextSeq(),
                                JournalEntry.SNAPSHOT,
                                "absent",
                                dead.cassetteDir(),
                                path(cassette)));
        dead.close();
    }

    private static final String REMOVED =
            "made.yaml: removed: it was created by a scenario that did not finish";

    @Test
    void aRunFolderWithoutItsLockFileIsLeftAlone() throws IOException {
        deadRun("dead");
        Files.delete(workPath.resolve("dead/lock"));

        WorkFolder next = WorkFolder.at(workPath, cassettes, "next");
        assertThat(next.recover()).isEmpty();
        next.close();

        assertThat(cassettes.resolve("made.yaml")).exists();
        assertThat(workPath.resolve("dead/journal")).isDirectory();
    }

    @Test
    void aLinkToARunFolderIsNoRunAndItsTargetIsNeverTouched() throws IOException {
        deadRun("dead");
        Path elsewhere = temp.resolve("elsewhere");
        Files.move(workPath.resolve("dead"), elsewhere);
        symlink(workPath.resolve("dead"), elsewhere);
        write(workPath.resolve("a-file"), "not a run");
        Map<String, String> before = tree(elsewhere);

        WorkFolder next = WorkFolder.at(workPath, cassettes, "next");
        assertThat(next.recover()).isEmpty();
        next.close();

        assertThat(cassettes.resolve("made.yaml")).exists();
        assertThat(tree(elsewhere)).isEqualTo(before);
    }

    @Test
    void theRecoveringRunNeverTakesAFolderOfItsOwnNameForADeadRun() throws IOException {
        deadRun("same");

        WorkFolder same = WorkFolder.at(workPath, cassettes, "same");
        assertThat(same.recover()).isEmpty();
        WorkFolder other = WorkFolder.at(workPath, cassettes, "other");
        assertThat(other.recover()).extracting(Repair::toString).containsExactly(REMOVED);
        other.close();
        same.close();

        assertThat(cassettes.resolve("made.yaml")).doesNotExist();
        assertThat(workPath).doesNotExist();
    }

    @Test
    void aCassetteHeldByALiveScenarioIsLeftForALaterRecovery() throws IOException {
        deadRun("dead");
        WorkFolder live = WorkFolder.at(workPath, cassettes, "live");
        try (Undo scenario = new CassetteFolder(cassettes, live).begin("scenario")) {
            assertThat(scenario.snapshot(path("made.yaml")).kind())
                    .isEqualTo(FileResult.Kind.UNCHANGED);

            WorkFolder next = WorkFolder.at(workPath, cassettes, "next");
            assertThat(next.recover()).isEmpty();
            next.close();

            assertThat(cassettes.resolve("made.yaml")).exists();
            assertThat(workPath.resolve("dead/lock")).exists();
        }
        WorkFolder later = WorkFolder.at(workPath, cassettes, "later");
        assertThat(later.recover()).extracting(Repair::toString).containsExactly(REMOVED);
        later.close();
        live.close();
        assertThat(workPath).doesNotExist();
    }

    /**
     * A dead run naming a cassette this JVM cannot spell as a path (a name in UTF-8, recovered by a
     * JVM under the C locale, as in many containers) is reported and left; the other dead runs are
     * repaired. Before, the unchecked {@code InvalidPathException} ended the whole recovery.
     */
    @Test
    void aDeadRunThisJvmCannotSpellIsReportedAndTheOthersAreRepaired() throws Exception {
        write(cassettes.resolve("caf\u00e9.yaml"), "made by a scenario that never ended");
        deadRun("dead", "caf\u00e9.yaml");
        write(cassettes.resolve("other.yaml"), "made by another scenario that never ended");
        deadRun("plain", "other.yaml");
        Files.delete(cassettes.resolve("made.yaml"));

        ProcessBuilder builder =
                TestFiles.java(RecoveryDriver.class, workPath.toString(), cassettes.toString());
        builder.environment().remove("LANG");
        builder.environment().remove("LC_CTYPE");
        builder.environment().put("LC_ALL", "C");
        Process driver = builder.start();
        String out = new String(driver.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(driver.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(driver.exitValue()).as(out).isZero();
        assertThat(out.lines())
                .as(out)
                .contains("other.yaml: removed: it was created by a scenario that did not finish")
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains(
                                                ": it could not be recovered (InvalidPathException")
                                        .endsWith(
                                                "; its cassettes are left as they are, and the"
                                                        + " next run tries again"))
                .endsWith("DONE");
        assertThat(cassettes.resolve("other.yaml")).doesNotExist();
        assertThat(cassettes.resolve("caf\u00e9.yaml"))
                .as("left for a run that can spell it")
                .exists();
        assertThat(workPath.resolve("dead/lock")).exists();
    }

    /**
     * A folder of someone else's in a shared snapshot-dir that happens to hold a file named lock is
     * no dead run: nothing in it is deleted, and the run says why it is left.
     */
    @Test
    void aFolderWithALockThisPluginDidNotWriteIsLeftAloneAndReported() throws IOException {
        Path cache = workPath.resolve("some-tool-cache");
        write(cache.resolve("lock"), "the other tool's lock");
        write(cache.resolve("precious.txt"), "precious");
        write(cache.resolve("sub/x"), "x");

        WorkFolder next = WorkFolder.at(workPath, cassettes, "next");
        List<Repair> repairs = next.recover();
        next.close();

        assertThat(repairs)
                .extracting(Repair::toString)
                .containsExactly(
                        cache
                                + ": it has a file named lock that this plugin did not write, so it is"
                                + " no run of this plugin (snapshot-dir should be a folder of the"
                                + " plugin's own: key 'snapshot-dir')");
        assertThat(tree(cache))
                .isEqualTo(
                        Map.of(
                                "lock", "the other tool's lock",
                                "precious.txt", "precious",
                                "sub", "",
                                "sub/x", "x"));
    }

    /**
     * A run that died before its lock said what it is: an empty lock alone in its folder, older
     * than a starting run's. A younger one may be another JVM's run that has not locked it yet, and
     * is left alone without a word.
     */
    @Test
    void aRunThatDiedBeforeItsLockSaidSoIsRemovedOnceItIsNoLongerStarting() throws IOException {
        Path lock = write(workPath.resolve("early/lock"), "");

        WorkFolder next = WorkFolder.at(workPath, cassettes, "next");
        assertThat(next.recover()).isEmpty();
        next.close();
        assertThat(lock).as("may be starting").exists();

        Files.setLastModifiedTime(
                lock,
                FileTime.fromMillis(System.currentTimeMillis() - Recovery.STARTING_MILLIS - 1000));
        WorkFolder later = WorkFolder.at(workPath, cassettes, "later");
        assertThat(later.recover()).isEmpty();
        later.close();

        assertThat(workPath).doesNotExist();
    }

    /** An empty lock beside files of someone else's is not taken for a run either. */
    @Test
    void anEmptyLockBesideOtherFilesIsLeftAlone() throws IOException {
        Path lock = write(workPath.resolve("other/lock"), "");
        Files.setLastModifiedTime(lock, FileTime.fromMillis(0));
        write(workPath.resolve("other/data"), "data");

        WorkFolder next = WorkFolder.at(workPath, cassettes, "next");
        assertThat(next.recover()).singleElement().asString().contains("is no run of this plugin");
        next.close();

        assertThat(workPath.resolve("other/data")).hasContent("data");
    }
}
