package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One cassette, one worker at a time. Across JVMs: an advisory byte-range lock of one byte, at an
 * offset hashed from the cassette folder and the cassette, in one lock file of the work folder,
 * opened once per run: taking and releasing a lock are one system call each. After locking, the
 * lock file is checked to still be the file at its path, so a lock file deleted and created anew
 * cannot split a lock; once this run's folder exists that check is made once, not at every lock:
 * the lock file is only ever deleted by {@link WorkFolder#removeIfEmpty()}, which deletes it only
 * while it holds the whole file locked and sees no run folder, and every run creates its folder
 * before it opens the lock file; a run whose folder exists therefore never has its lock file
 * deleted under it. Within a JVM (where the operating system does not tell threads apart), a
 * registry refuses a cassette that overlaps one held by another owner: a folder and a file inside
 * it count as the same cassette there. Across JVMs only equal cassettes exclude each other;
 * overlapping ones do not (documented).
 */
final class CassetteLocks {

    /** Held locks of this JVM by lock file; guarded by itself. */
    private static final Map<Path, List<Held>> HELD = new HashMap<>();

    private final Path lockFile;
    private final String cassetteDir;
    private final long cassetteDirHash; // the start of every offset: hashed once
    private FileChannel channel;
    private Object identity;

    /** Whether this run's folder exists, so that its lock file cannot be deleted any more. */
    private boolean runFolderExists;

    /** Whether the channel was checked to be the lock file since the run's folder exists. */
    private boolean stable;

    CassetteLocks(Path lockFile, String cassetteDir) {
        this.lockFile = lockFile.toAbsolutePath().normalize();
        this.cassetteDir = cassetteDir;
        this.cassetteDirHash = fnv(fnv(0xcbf29ce484222325L, cassetteDir), "\0");
    }

    /** This run's folder was created: from the next check on, the lock file stays this one. */
    void runFolderCreated() {
        synchronized (HELD) {
            runFolderExists = true;
        }
    }

    /** A lock held by one owner. */
    static final class Held {
        private final Object owner;
        private final String cassetteDir;
        private final CassettePath cassette;
        private final FileLock lock;

        private Held(Object owner, String cassetteDir, CassettePath cassette, FileLock lock) {
            this.owner = owner;
            this.cassetteDir = cassetteDir;
            this.cassette = cassette;
            this.lock = lock;
        }
    }

    /**
     * Takes the lock of a cassette for an owner, without waiting.
     *
     * @return the lock, or null with the reason in {@code busy[0]}
     */
    Held tryLock(Object owner, CassettePath cassette, String[] busy) throws IOException {
        synchronized (HELD) {
            List<Held> held = HELD.get(lockFile);
            if (held == null) {
                held = new ArrayList<>();
                HELD.put(lockFile, held);
            }
            for (Held other : held) {
                if (other.cassetteDir.equals(cassetteDir)
                        && (other.cassette.isWithin(cassette) || cassette.isWithin(other.cassette))
                        && other.owner != owner) {
                    busy[0] =
                            "another scenario of this JVM is working on it"
                                    + (other.cassette.equals(cassette)
                                            ? ""
                                            : " (on " + other.cassette + ")");
                    return null;
                }
            }
            for (Held mine : held) {
                if (mine.owner == owner && mine.cassette.equals(cassette) && mine.lock != null) {
                    Held again = new Held(owner, cassetteDir, cassette, null);
                    held.add(again);
                    return again;
                }
            }
            long offset = offset(cassetteDirHash, cassette);
            for (int attempt = 0; attempt < 5; attempt++) {
                FileLock lock;
                try {
                    lock = channel().tryLock(offset, 1, false);
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null && (stable || Objects.equals(identity, key(lockFile)))) {
                    stable = runFolderExists;
                    Held taken = new Held(owner, cassetteDir, cassette, lock);
                    held.add(taken);
                    return taken;
                }
                if (lock != null) {
                    // The lock file was replaced since it was opened: lock the new one.
                    lock.release();
                    reopen();
                    continue;
                }
                // Another JVM may be ending its run and checking the lock file for removal.
                sleep();
            }
            busy[0] =
                    "another JVM is working on it (it holds the advisory lock in " + lockFile + ")";
            return null;
        }
    }

    /** Releases a lock taken by {@link #tryLock}; idempotent. */
    static void release(Held taken) {
        synchronized (HELD) {
            for (List<Held> held : HELD.values()) {
                if (held.remove(taken)) {
                    // A second hold of the same cassette by its owner carries no lock of its own.
                    if (taken.lock != null) {
                        releaseQuietly(taken.lock);
                    }
                    return;
                }
            }
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel at the end of the run releases it anyway.
        }
    }

    /** Closes the lock file; every lock of this object is gone with it. */
    void close() {
        synchronized (HELD) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // Nothing to do: the descriptor is gone either way.
                }
                channel = null;
            }
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            reopen();
        }
        return channel;
    }

    private void reopen() throws IOException {
        if (channel != null) {
            channel.close();
        }
        for (int attempt = 0; ; attempt++) {
            Files.createDirectories(lockFile.getParent());
            Object before = key(lockFile);
            FileChannel opened = openLockFile(lockFile, true);
            Object after = key(lockFile);
            if (after != null && (before == null || before.equals(after))) {
                channel = opened;
                identity = after;
                stable = false; // checked again at the next lock
                return;
            }
            opened.close();
            if (attempt > 5) {
                throw new IOException("the lock file " + lockFile + " keeps being replaced");
            }
        }
    }

    /**
     * Opens a lock file to lock it, never through a link. Anything but a regular file is refused,
     * before opening and again after; and the file is opened for reading and writing, which a FIFO
     * put at its place meanwhile does not block (opened for writing alone, a FIFO waits for a
     * reader, and the run with it, forever).
     *
     * @param file the lock file
     * @param create whether to create it when absent
     * @return the channel, open for reading and writing
     * @throws IOException when it cannot be opened, or is not a regular file
     */
    static FileChannel openLockFile(Path file, boolean create) throws IOException {
        checkRegular(file, true);
        FileChannel channel =
                create
                        ? FileChannel.open(
                                file,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.READ,
                                StandardOpenOption.WRITE,
                                LinkOption.NOFOLLOW_LINKS)
                        : FileChannel.open(
                                file,
                                StandardOpenOption.READ,
                                StandardOpenOption.WRITE,
                                LinkOption.NOFOLLOW_LINKS);
        try {
            checkRegular(file, false);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    private static void checkRegular(Path file, boolean absentIsFine) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes =
                    Files.readAttributes(
                            file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            if (absentIsFine) {
                return;
            }
            throw e;
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(
                    file
                            + (attributes.isSymbolicLink()
                                    ? " is a symbolic link, never followed: remove it"
                                    : " is not a regular file (a FIFO, device or folder put"
                                            + " there): remove it"));
        }
    }

    /** The key (device and inode) of the file at a path, not following a link; null if none. */
    static Object key(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The byte locked for a cassette: a 64-bit FNV-1a hash of the cassette folder (hashed once,
     * {@code cassetteDirHash}) and the cassette's segments, the same in every JVM. Not a
     * cryptographic digest: names are not chosen to collide, and a collision would only have one
     * cassette reported in use while the other is worked on; a digest costs class loading at its
     * first use and, cold, tens of microseconds per lock.
     */
    private static long offset(long cassetteDirHash, CassettePath cassette) {
        long hash = cassetteDirHash;
        for (String segment : cassette.segments()) {
            hash = fnv(hash, segment);
            hash = fnv(hash, "/");
        }
        // 62 bits: collisions are negligible, and offset + 1 never overflows.
        return hash & 0x3FFF_FFFF_FFFF_FFFFL;
    }

    private static long fnv(long hash, String text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
