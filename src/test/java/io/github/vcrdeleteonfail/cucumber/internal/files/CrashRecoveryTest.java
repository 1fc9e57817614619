package io.github.vcrdeleteonfail.cucumber.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a real JVM at every checkpoint of every multi-step operation ({@link CrashDriver}),
 * recovery included (a scenario killed, then the repairing run killed mid-repair), then runs
 * recovery and checks that every cassette exists exactly once under its own name, in the expected
 * state, that the dead run's folder is gone and that the repair was reported. This is the one place
 * that proves every point of {@link Checkpoints#ALL} is reached.
 */
class CrashRecoveryTest {

    /** Operations "recover after X": X kills its own JVM, then a repairing JVM is killed. */
    private static final String RECOVER = "recover after ";

    @TempDir Path temp;

    /** Which operation reaches which point; the cross-file-system copy path where it must. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String point : Checkpoints.ALL) {
            for (Object[] c : operationsReaching(point)) {
                cases.add(Arguments.of(point, c[0], c[1]));
            }
        }
        return cases.stream();
    }

    private static List<Object[]> operationsReaching(String point) {
        List<Object[]> ops = new ArrayList<>();
        if (point.startsWith("delete.folder.")) {
            ops.add(new Object[] {"delete-folder", false});
            ops.add(new Object[] {"delete-folder", true});
        } else if (point.startsWith("quarantine.copy.")) {
            ops.add(new Object[] {"quarantine-folder", true});
        } else if (point.startsWith("snapshot.")) {
            ops.add(new Object[] {"restore-file", false});
            ops.add(new Object[] {"restore-folder", false});
        } else if (point.equals("restore.during-incoming")) {
            ops.add(new Object[] {"restore-folder", false});
        } else if (point.equals("restore.after-incoming")
                || point.equals("restore.after-rename-in")) {
            ops.add(new Object[] {"restore-file", false});
            ops.add(new Object[] {"restore-folder", false});
        } else if (point.equals("restore.after-aside")) {
            ops.add(new Object[] {"restore-folder", false});
            ops.add(new Object[] {"restore-created", false});
        } else if (point.equals("restore.after-remove")) {
            ops.add(new Object[] {"restore-created", false});
        } else if (point.equals("settle.after-journal-removed")) {
            ops.add(new Object[] {"restore-file", false});
            ops.add(new Object[] {"refresh-passed", false});
        } else if (point.equals("aside.after-journal")) {
            ops.add(new Object[] {"refresh-failed", false});
            ops.add(new Object[] {"refresh-failed", true});
        } else if (point.equals("aside.after-move")) {
            ops.add(new Object[] {"refresh-failed", false});
        } else if (point.startsWith("aside.")) {
            ops.add(new Object[] {"refresh-failed", true});
        } else if (point.equals("put-back.after-remove")) {
            ops.add(new Object[] {"refresh-created", false});
        } else if (point.equals("put-back.after-aside")) {
            ops.add(new Object[] {"refresh-failed", false});
            ops.add(new Object[] {"refresh-created", false});
        } else if (point.startsWith("put-back.")) {
            ops.add(new Object[] {"refresh-failed", false});
        } else if (point.equals("recover.after-remove")) {
            ops.add(new Object[] {RECOVER + "created-then-killed", false});
        } else if (point.equals("recover.after-aside")) {
            ops.add(new Object[] {RECOVER + "changed-then-killed", false});
            ops.add(new Object[] {RECOVER + "created-then-killed", false});
        } else if (point.startsWith("recover.")) {
            ops.add(new Object[] {RECOVER + "changed-then-killed", false});
        }
        return ops;
    }

    @Test
    void everyCheckpointIsKilledAtByAtLeastOneOperation() {
        assertThat(Checkpoints.ALL).allSatisfy(p -> assertThat(operationsReaching(p)).isNotEmpty());
    }

    @ParameterizedTest(name = "{1} (cross file system: {2}) killed at {0}")
    @MethodSource("cases")
    void aJvmKilledAtACheckpointIsRepairedByTheNextRun(
            String point, String operation, boolean crossFileSystem) throws Exception {
        Path cassettes = temp.resolve("cassettes");
        Path work = temp.resolve(".vcr-delete-on-fail");
        Path quarantine = temp.resolve("quarantine");
        prepare(cassettes);
        Map<String, String> start = TreeState.of(cassettes);

        int status;
        if (operation.startsWith(RECOVER)) {
            // A scenario killed mid-way, then the repairing run killed mid-repair.
            String scenario = operation.substring(RECOVER.length());
            assertThat(fork(null, scenario, cassettes, work, quarantine, false))
                    .as("the scenario's JVM was killed")
                    .isEqualTo(Checkpoints.HALT_STATUS);
            status = fork(point, "recover", cassettes, work, quarantine, crossFileSystem);
        } else {
            status = fork(point, operation, cassettes, work, quarantine, crossFileSystem);
        }

        assertThat(status).as("the JVM halted at " + point).isEqualTo(Checkpoints.HALT_STATUS);
        Map<String, String> halted = TreeState.of(cassettes);
        WorkFolder next = WorkFolder.at(work, cassettes, "next-run");
        List<Repair> repairs = next.recover();
        next.close();
        Map<String, String> after = TreeState.of(cassettes);

        assertThat(work).as("the work folder is gone").doesNotExist();
        if (!after.equals(halted)) {
            assertThat(repairs).as("each repair is reported").isNotEmpty();
        }
        assertThat(after.keySet())
                .as("no hidden leftover beside any cassette")
                .noneMatch(k -> k.contains(".vcr-"));
        switch (operation) {
            case "delete-folder":
                assertThat(after).isIn(start, TreeState.without(start, "rec"));
                break;
            case "quarantine-folder":
                Map<String, String> quarantined = quarantined(quarantine);
                if (after.equals(start)) {
                    assertThat(quarantined).as("undone: nothing half copied").isEmpty();
                } else {
                    assertThat(after).isEqualTo(TreeState.without(start, "rec"));
                    assertThat(quarantined).isEqualTo(TreeState.below(start, "rec"));
                }
                break;
            case "refresh-passed":
                if (point.equals("settle.after-journal-removed")) {
                    Map<String, String> refreshed = TreeState.without(start, "rec");
                    refreshed.put("rec", "folder");
                    refreshed.put("rec/fresh.yaml", after.get("rec/fresh.yaml"));
                    assertThat(after)
                            .as("the pass was settled: the new recording stays")
                            .isEqualTo(refreshed);
                } else {
                    assertThat(after).isEqualTo(start);
                }
                break;
            default:
                assertThat(after).as("exactly the start state").isEqualTo(start);
        }
    }

    /**
     * A copy kept because a link stood on its cassette's way (the put-back refused, the JVM then
     * killed) survives a recovery that finds the link still there, and is put back by the run after
     * the way is clear, that run itself killed at each point a file's repair reaches ("" for none)
     * and repaired by the next.
     */
    @ParameterizedTest(name = "the repairing run killed at \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "recover.during-incoming",
                "recover.after-incoming",
                "recover.after-rename-in"
            })
    void aCopyKeptFromItsPlaceByALinkSurvivesKilledJvmsUntilItIsPutBack(String point)
            throws Exception {
        Path cassettes = temp.resolve("cassettes");
        Path work = temp.resolve(".vcr-delete-on-fail");
        Path quarantine = temp.resolve("quarantine");
        prepare(cassettes);
        Map<String, String> start = TreeState.of(cassettes);

        assertThat(fork(null, "restore-blocked-then-killed", cassettes, work, quarantine, false))
                .as("the scenario's JVM was killed")
                .isEqualTo(Checkpoints.HALT_STATUS);
        Path elsewhere = temp.resolve("rec-elsewhere");
        assertThat(elsewhere.resolve("1.yaml"))
                .as("nothing written through the link")
                .hasContent("changed");

        WorkFolder blocked = WorkFolder.at(work, cassettes, "while-the-link-is-there");
        List<Repair> waiting = blocked.recover();
        blocked.close();
        assertThat(waiting).singleElement().asString().contains("its saved copy is kept in");
        assertThat(waiting.get(0).waits()).isTrue();
        assertThat(elsewhere.resolve("1.yaml")).hasContent("changed");
        assertThat(work).as("the copy and its entry stay").exists();

        Files.delete(cassettes.resolve("rec"));
        Files.move(elsewhere, cassettes.resolve("rec"));
        if (!point.isEmpty()) {
            assertThat(fork(point, "recover", cassettes, work, quarantine, false))
                    .as("the repairing JVM halted at " + point)
                    .isEqualTo(Checkpoints.HALT_STATUS);
        }
        WorkFolder next = WorkFolder.at(work, cassettes, "after-the-link");
        List<Repair> repaired = next.recover();
        next.close();

        assertThat(TreeState.of(cassettes)).as("the saved recording is back").isEqualTo(start);
        assertThat(repaired).as("the put-back is reported").isNotEmpty();
        assertThat(work).as("nothing is left to recover").doesNotExist();
    }

    static void prepare(Path cassettes) throws IOException {
        Files.createDirectories(cassettes.resolve("rec/sub"));
        Files.writeString(cassettes.resolve("a.yaml"), "a recording");
        Files.writeString(cassettes.resolve("other.yaml"), "another recording");
        for (int i = 1; i <= 4; i++) {
            Files.writeString(cassettes.resolve("rec/" + i + ".yaml"), "part " + i);
        }
        Files.writeString(cassettes.resolve("rec/sub/3.yaml"), "deep");
        Files.createSymbolicLink(cassettes.resolve("rec/link"), Path.of("../a.yaml"));
    }

    /** What ended up in the quarantine folder below the run, notes aside. */
    private static Map<String, String> quarantined(Path quarantine) throws IOException {
        Map<String, String> all = TreeState.of(quarantine);
        Map<String, String> part = new TreeMap<>(TreeState.below(all, "rec"));
        assertThat(
                        all.keySet().stream()
                                .filter(k -> k.contains(".vcr-"))
                                .collect(Collectors.toList()))
                .as("no partial copy left in quarantine")
                .isEmpty();
        return part;
    }

    static int fork(
            String point,
            String operation,
            Path cassettes,
            Path work,
            Path quarantine,
            boolean crossFileSystem)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder =
                new ProcessBuilder(
                        java,
                        "-Xshare:auto",
                        "-XX:TieredStopAtLevel=1",
                        // Assertions on: a point reached but not listed in ALL fails the driver.
                        "-ea",
                        "-D" + Checkpoints.PROPERTY + "=" + (point == null ? "" : point),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashDriver.class.getName(),
                        operation,
                        cassettes.toString(),
                        work.toString(),
                        quarantine.toString(),
                        Boolean.toString(crossFileSystem));
        builder.redirectErrorStream(true);
        File log = Files.createTempFile(work.getParent(), "driver", ".log").toFile();
        builder.redirectOutput(log);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the driver did not end");
        }
        int status = process.exitValue();
        if (status != Checkpoints.HALT_STATUS) {
            System.err.println(Files.readString(log.toPath()));
        }
        Files.delete(log.toPath());
        return status;
    }
}
