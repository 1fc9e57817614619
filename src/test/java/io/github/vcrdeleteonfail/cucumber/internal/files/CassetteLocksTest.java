package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Within one JVM: one owner per cassette, a folder and a file inside it counting as one, the owner
 * itself let in again, other cassette folders sharing the lock file left alone, and a lock file
 * replaced under the locks followed. (Across JVMs: {@code AnotherJvmTest}.)
 */
class CassetteLocksTest {

    @TempDir Path temp;
    private Path lockFile;
    private CassetteLocks locks;
    private final Object scenarioA = new Object();
    private final Object scenarioB = new Object();
    private final String[] busy = new String[1];

    @BeforeEach
    void open() {
        lockFile = temp.resolve("work/cassette-locks");
        locks = new CassetteLocks(lockFile, "/cassettes");
    }

    @AfterEach
    void close() throws IOException {
        locks.close();
        for (FileChannel probe : PROBES) {
            probe.close();
        }
        PROBES.clear();
    }

    @Test
    void aCassetteHeldByOneScenarioIsBusyForAnotherUntilReleased() throws IOException {
        CassetteLocks.Held held = locks.tryLock(scenarioA, path("users/a.yaml"), busy);
        assertThat(held).isNotNull();

        assertThat(locks.tryLock(scenarioB, path("users/a.yaml"), busy)).isNull();
        assertThat(busy[0]).isEqualTo("another scenario of this JVM is working on it");

        CassetteLocks.release(held);
        CassetteLocks.Held now = locks.tryLock(scenarioB, path("users/a.yaml"), busy);
        assertThat(now).isNotNull();
        CassetteLocks.release(now);
    }

    @Test
    void aFolderAndAFileInsideItAreOneCassetteWithinTheJvm() throws IOException {
        CassetteLocks.Held folder = locks.tryLock(scenarioA, path("users"), busy);

        assertThat(locks.tryLock(scenarioB, path("users/a.yaml"), busy)).isNull();
        assertThat(busy[0]).isEqualTo("another scenario of this JVM is working on it (on users)");
        CassetteLocks.Held sibling = locks.tryLock(scenarioB, path("orders/a.yaml"), busy);
        assertThat(sibling).as("a cassette beside it").isNotNull();

        CassetteLocks.release(folder);
        CassetteLocks.release(sibling);
        CassetteLocks.Held file = locks.tryLock(scenarioB, path("users/a.yaml"), busy);
        assertThat(locks.tryLock(scenarioA, path("users"), busy))
                .as("the other way round")
                .isNull();
        assertThat(busy[0]).endsWith("(on users/a.yaml)");
        CassetteLocks.release(file);
    }

    @Test
    void theOwnerIsLetInAgainAndKeepsTheLockUntilItsFirstHoldIsReleased() throws IOException {
        CassetteLocks.Held first = locks.tryLock(scenarioA, path("a.yaml"), busy);
        CassetteLocks.Held again = locks.tryLock(scenarioA, path("a.yaml"), busy);
        assertThat(again).isNotNull().isNotSameAs(first);

        CassetteLocks.release(again);
        assertThat(locks.tryLock(scenarioB, path("a.yaml"), busy))
                .as("still held by its first hold")
                .isNull();

        CassetteLocks.release(first);
        CassetteLocks.release(first); // idempotent
        CassetteLocks.Held other = locks.tryLock(scenarioB, path("a.yaml"), busy);
        assertThat(other).isNotNull();
        CassetteLocks.release(other);
    }

    @Test
    void anotherCassetteFolderSharingTheLockFileIsNotInTheWay() throws IOException {
        CassetteLocks elsewhere = new CassetteLocks(lockFile, "/other-cassettes");
        try {
            CassetteLocks.Held mine = locks.tryLock(scenarioA, path("a.yaml"), busy);
            CassetteLocks.Held theirs = elsewhere.tryLock(scenarioB, path("a.yaml"), busy);

            assertThat(mine).isNotNull();
            assertThat(theirs).as("same name, another cassette folder").isNotNull();
            CassetteLocks.release(mine);
            CassetteLocks.release(theirs);
        } finally {
            elsewhere.close();
        }
    }

    @Test
    void aLockFileReplacedUnderTheLocksIsOpenedAgain() throws IOException {
        CassetteLocks.release(locks.tryLock(scenarioA, path("a.yaml"), busy));
        Object before = CassetteLocks.key(lockFile);
        // Moved aside rather than deleted, so that the new file cannot get the old inode.
        Files.move(lockFile, lockFile.resolveSibling("old-locks"));
        Files.createFile(lockFile);

        CassetteLocks.Held held = locks.tryLock(scenarioA, path("a.yaml"), busy);

        assertThat(held).isNotNull();
        assertThat(CassetteLocks.key(lockFile)).isNotNull().isNotEqualTo(before);
        assertThat(lockedInThisJvm(lockFile)).as("the lock is on the new file").isTrue();
        assertThat(lockedInThisJvm(lockFile.resolveSibling("old-locks")))
                .as("and no longer on the old one")
                .isFalse();
        CassetteLocks.release(held);
    }

    @Test
    void releasingTheLastHoldLetsGoOfTheFileLock() throws IOException {
        CassetteLocks.Held held = locks.tryLock(scenarioA, path("a.yaml"), busy);
        assertThat(lockedInThisJvm(lockFile)).isTrue();

        CassetteLocks.release(held);

        assertThat(lockedInThisJvm(lockFile)).isFalse();
    }

    @Test
    void takingASecondLockKeepsTheFirst() throws IOException {
        CassetteLocks.Held first = locks.tryLock(scenarioA, path("a.yaml"), busy);
        CassetteLocks.Held second = locks.tryLock(scenarioA, path("b.yaml"), busy);

        CassetteLocks.release(second);

        assertThat(lockedInThisJvm(lockFile)).as("a.yaml is still locked").isTrue();
        CassetteLocks.release(first);
    }

    @Test
    void closingTheLockFileLetsGoOfEveryLockStillHeld() throws IOException {
        CassetteLocks.Held held = locks.tryLock(scenarioA, path("a.yaml"), busy);
        assertThat(held).isNotNull();

        locks.close();

        assertThat(lockedInThisJvm(lockFile)).isFalse();
        CassetteLocks.release(held);
    }

    /**
     * Whether this JVM holds a lock in a file: the JDK refuses a second, overlapping lock of the
     * same file within one JVM. The probe's own lock is released, never its channel closed while a
     * lock is held (closing a descriptor would drop every lock of the process on the file).
     */
    private static boolean lockedInThisJvm(Path file) throws IOException {
        FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE);
        try {
            FileLock whole = probe.tryLock(0, Long.MAX_VALUE, false);
            if (whole == null) {
                return true; // another process holds it: not this JVM's lock, but locked
            }
            whole.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } finally {
            PROBES.add(probe); // closed after the test: see above
        }
    }

    private static final List<FileChannel> PROBES = new ArrayList<>();

    @Test
    void theLockFileIsCreatedWithItsFolderAtTheFirstLock() throws IOException {
        assertThat(lockFile.getParent()).doesNotExist();

        CassetteLocks.release(locks.tryLock(scenarioA, path("a.yaml"), busy));

        assertThat(lockFile).isRegularFile();
        assertThat(CassetteLocks.key(temp.resolve("missing"))).isNull();
    }
}
