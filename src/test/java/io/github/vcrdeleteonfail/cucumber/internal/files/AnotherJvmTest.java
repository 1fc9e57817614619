package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two real JVMs on one cassette: while another JVM holds it (a restore snapshot, {@link
 * HoldingDriver}), delete, quarantine, snapshot and move aside in this JVM get BUSY, touch nothing
 * and say that another JVM works on it, and recovery leaves the live run alone; once the other JVM
 * has finished, the same operations succeed.
 */
class AnotherJvmTest {

    @TempDir Path temp;
    private Path cassettes;
    private Path workPath;
    private Path quarantine;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        Files.writeString(cassettes.resolve("a.yaml"), "good recording");
        Files.createDirectories(cassettes.resolve("rec/sub"));
        Files.writeString(cassettes.resolve("rec/1.yaml"), "1");
        Files.writeString(cassettes.resolve("rec/sub/2.yaml"), "2");
        workPath = temp.resolve(".vcr-delete-on-fail");
        quarantine = temp.resolve("quarantine");
    }

    @ParameterizedTest(name = "cassette {0}")
    @ValueSource(strings = {"a.yaml", "rec"})
    void aCassetteHeldByAnotherJvmIsBusyUntilItFinishes(String cassette) throws Exception {
        Process holder = startHolder(cassette);
        try {
            Map<String, String> start = TreeState.of(cassettes);
            Map<String, String> heldWork = TreeState.of(workPath);
            WorkFolder mine = WorkFolder.at(workPath, cassettes, "mine");
            for (boolean handles : new boolean[] {true, false}) {
                CassetteFolder folder = new CassetteFolder(cassettes, mine, handles);
                FileResult deleted = folder.delete(path(cassette));
                FileResult quarantined = folder.quarantine(path(cassette), quarantine, "n");
                FileResult snapshot;
                FileResult aside;
                try (Undo undo = folder.begin("mine")) {
                    snapshot = undo.snapshot(path(cassette));
                    aside = undo.moveAside(path(cassette));
                }

                assertThat(java.util.List.of(deleted, quarantined, snapshot, aside))
                        .allSatisfy(
                                r -> {
                                    assertThat(r.kind()).isEqualTo(FileResult.Kind.BUSY);
                                    assertThat(r.detail())
                                            .startsWith("another JVM is working on it");
                                });
            }
            assertThat(mine.recover()).as("the other JVM's run is alive").isEmpty();
            mine.close();

            assertThat(TreeState.of(cassettes)).isEqualTo(start);
            assertThat(quarantine).doesNotExist();
            assertThat(TreeState.of(workPath))
                    .as("the other JVM's journal and copy are untouched")
                    .containsAllEntriesOf(heldWork);

            finish(holder);
        } finally {
            holder.destroyForcibly();
        }

        WorkFolder after = WorkFolder.at(workPath, cassettes, "after");
        CassetteFolder folder = new CassetteFolder(cassettes, after);
        try (Undo undo = folder.begin("after")) {
            assertThat(undo.snapshot(path(cassette)).kind()).isEqualTo(FileResult.Kind.UNCHANGED);
        }
        assertThat(folder.quarantine(path(cassette), quarantine, "n").kind())
                .isEqualTo(FileResult.Kind.MOVED);
        Files.writeString(cassettes.resolve(cassette + "-again"), "again");
        assertThat(folder.delete(path(cassette + "-again")).kind())
                .isEqualTo(FileResult.Kind.DELETED);
        after.close();
        assertThat(workPath).doesNotExist();
    }

    private Process startHolder(String cassette) throws IOException {
        Process holder =
                TestFiles.java(
                                HoldingDriver.class,
                                cassettes.toString(),
                                workPath.toString(),
                                cassette)
                        .start();
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the other JVM holds the cassette").isEqualTo("HOLDING UNCHANGED");
        return holder;
    }

    private static void finish(Process holder) throws IOException, InterruptedException {
        try (OutputStream in = holder.getOutputStream()) {
            in.write("finish\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(holder.waitFor(60, TimeUnit.SECONDS)).as("the other JVM ended").isTrue();
        String rest = new String(holder.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(holder.exitValue()).as(rest).isZero();
        assertThat(rest).contains("DONE");
    }
}
