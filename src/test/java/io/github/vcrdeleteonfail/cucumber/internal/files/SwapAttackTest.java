package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real concurrent attacker renames a sub-folder of a large folder cassette away and puts a link
 * to an outside folder in its place, again and again, while the plugin deletes, quarantines,
 * snapshots and restores: nothing outside ever changes.
 */
class SwapAttackTest {

    private int files = 1_000;

    @TempDir Path temp;
    private Path cassettes;
    private Path outside;
    private Map<String, String> outsideBefore;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        outside = Files.createDirectories(temp.resolve("outside/sentinel"));
        for (int i = 0; i < 200; i++) {
            Files.writeString(outside.resolve("keep-" + i + ".yaml"), "keep " + i);
        }
        outsideBefore = TreeState.of(temp.resolve("outside"));
    }

    private void bigCassette() throws IOException {
        for (int d = 0; d < 20; d++) {
            Path sub = Files.createDirectories(cassettes.resolve("big/sub" + d));
            for (int i = 0; i < files / 20; i++) {
                Files.writeString(sub.resolve("keep-" + i + ".yaml"), "x");
            }
        }
    }

    /** Swaps big/sub<n> for a link to the sentinel folder, and back, until told to stop. */
    private Thread attacker(AtomicBoolean stop) {
        Thread thread =
                new Thread(
                        () -> {
                            int n = 0;
                            while (!stop.get()) {
                                Path sub = cassettes.resolve("big/sub" + (n++ % 20));
                                Path away = cassettes.resolve("away-" + n);
                                try {
                                    Files.move(sub, away);
                                    Files.createSymbolicLink(sub, outside);
                                    Thread.onSpinWait();
                                    Files.delete(sub);
                                    Files.move(away, sub);
                                } catch (IOException | RuntimeException e) {
                                    // The plugin moved or deleted it meanwhile: try the next one.
                                }
                            }
                        });
        thread.start();
        return thread;
    }

    private void attacked(Runnable operation) throws Exception {
        for (int round = 0; round < 2; round++) {
            bigCassette();
            AtomicBoolean stop = new AtomicBoolean();
            Thread attacker = attacker(stop);
            try {
                operation.run();
            } finally {
                stop.set(true);
                attacker.join();
            }
            assertThat(TreeState.of(temp.resolve("outside")))
                    .as("the outside tree never changes")
                    .isEqualTo(outsideBefore);
            TestFiles.deleteTree(cassettes);
            Files.createDirectories(cassettes);
        }
    }

    @Test
    void deletingUnderAttackTouchesNothingOutside() throws Exception {
        WorkFolder work = WorkFolder.at(temp.resolve(".work"), cassettes, "attacked");
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        attacked(() -> folder.delete(path("big")));
        work.close();
    }

    @Test
    void quarantiningAcrossFileSystemsUnderAttackTouchesNothingOutside() throws Exception {
        WorkFolder work = WorkFolder.at(temp.resolve(".work"), cassettes, "attacked");
        CassetteFolder folder = new CassetteFolder(cassettes, work, true, true);
        files = 300;
        attacked(() -> folder.quarantine(path("big"), temp.resolve("q"), "n"));
        work.close();
    }

    @Test
    void snapshottingAndRestoringUnderAttackTouchesNothingOutside() throws Exception {
        WorkFolder work = WorkFolder.at(temp.resolve(".work"), cassettes, "attacked");
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        files = 300;
        attacked(
                () -> {
                    try (Undo undo = folder.begin("s")) {
                        undo.snapshot(path("big"));
                        undo.restoreAll();
                    }
                });
        work.close();
    }

    @Test
    void aBashLoopInAnotherProcessCannotRedirectADeletion() throws Exception {
        WorkFolder work = WorkFolder.at(temp.resolve(".work"), cassettes, "attacked");
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        for (int round = 0; round < 2; round++) {
            bigCassette();
            String loop =
                    "cd '"
                            + cassettes.resolve("big")
                            + "' && end=$((SECONDS+5)); while [ $SECONDS -lt $end ]; do"
                            + " for d in sub*; do mv \"$d\" ../x 2>/dev/null &&"
                            + " ln -s '"
                            + outside
                            + "' \"$d\" && rm \"$d\" && mv ../x \"$d\"; done; done";
            Process attacker = new ProcessBuilder("bash", "-c", loop).start();
            Thread.sleep(50);
            folder.delete(path("big"));
            attacker.destroyForcibly().waitFor();
            assertThat(TreeState.of(temp.resolve("outside"))).isEqualTo(outsideBefore);
            TestFiles.deleteTree(cassettes);
            Files.createDirectories(cassettes);
        }
        work.close();
    }
}
