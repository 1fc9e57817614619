package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.text.FileNames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * The recovery folder ({@code snapshot-dir}): per run a sub-folder holding a lock, the journal,
 * copies and trash, plus a {@code .gitignore} with {@code *} and the cassette lock file. Nothing is
 * created until first needed; a run with nothing pending leaves nothing behind. A live run holds an
 * advisory lock on {@code <run>/lock}; {@link #recover()} repairs only runs whose lock it can take,
 * so a run that is alive (in this JVM or another) is never touched.
 */
@API(status = API.Status.INTERNAL)
public final class WorkFolder {

    static final String LOCK = "lock";
    static final String JOURNAL = "journal";
    static final String COPIES = "copies";
    static final String TRASH = "trash";
    static final String CASSETTE_LOCKS = "cassettes.lock";
    static final String GITIGNORE = ".gitignore";

    /** What this plugin's .gitignore holds: everything in the work folder is ignored. */
    private static final String GITIGNORE_TEXT = "*\n";

    /**
     * What a run's lock file says, written once it is locked: recovery takes only a folder whose
     * lock says it for a run of this plugin, never someone else's folder that has a file named
     * {@code lock} (when {@code snapshot-dir} is shared).
     */
    static final String RUN_MARKER = "vcr-delete-on-fail run\n";

    private final Path folder;
    private final String cassetteDir;
    private final String runName;
    private final AtomicLong sequence = new AtomicLong();
    private final CassetteLocks locks;
    private final Journal journal;

    /** This run's sub-folders kept open, by name; guarded by this. */
    private final Map<String, KeptSubFolder> keptSubFolders = new HashMap<>();

    /** This run's folder through a handle, opened from the work folder; guarded by this. */
    private HandleFolder keptRun;

    private FileChannel runLockChannel;
    private Path runFolder; // set with runLock
    private FileLock runLock;
    private boolean closed;

    private WorkFolder(Path folder, Path cassetteDir, String runId) {
        this.folder = folder.toAbsolutePath().normalize();
        this.cassetteDir = cassetteDir.toAbsolutePath().normalize().toString();
        this.runName = FileNames.safe(runId);
        this.locks = new CassetteLocks(this.folder.resolve(CASSETTE_LOCKS), this.cassetteDir);
        this.journal = new Journal(this);
    }

    /**
     * Describes the work folder of a run; touches nothing.
     *
     * @param folder the work folder ({@code snapshot-dir})
     * @param cassetteDir the cassette folder its journal entries belong to
     * @param runId the run's id, unique among live runs
     * @return the work folder
     */
    public static WorkFolder at(Path folder, Path cassetteDir, String runId) {
        return new WorkFolder(
                requireNonNull(folder, "folder"),
                requireNonNull(cassetteDir, "cassetteDir"),
                requireNonNull(runId, "runId"));
    }

    /**
     * Repairs what runs that died left unfinished in this cassette folder; call it before the first
     * scenario.
     *
     * @return each repaired cassette and what was done, for a WARNING each
     */
    public List<Repair> recover() {
        return recover(true);
    }

    /** Repairs, with or without folder handles (the fallback is tested on Linux too). */
    List<Repair> recover(boolean useFolderHandles) {
        return new Recovery(this, useFolderHandles).run();
    }

    /** Ends the run: removes this run's folder, and the work folder when nothing else is left. */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        locks.close();
        for (KeptSubFolder kept : keptSubFolders.values()) {
            kept.folder.close(); // each closes once no operation uses it
        }
        keptSubFolders.clear();
        if (keptRun != null) {
            keptRun.close();
            keptRun = null;
        }
        if (runLock == null) {
            return;
        }
        boolean pending = true;
        // Opened afresh from the work folder: a run folder swapped for a link is refused here.
        try (Folder run = openRun(true)) {
            pending = !Journal.read(run).isEmpty();
            if (!pending) {
                RunFolders.deleteAllBut(runFolder(), LOCK);
            }
        } catch (IOException e) {
            pending = true; // left, lock file included, for the next run's recovery, which reports
        }
        try {
            runLock.release();
            runLockChannel.close();
        } catch (IOException e) {
            // The lock goes with the descriptor.
        }
        if (!pending) {
            try {
                Files.deleteIfExists(runFolder().resolve(LOCK));
                Files.deleteIfExists(runFolder());
            } catch (IOException e) {
                // Left behind; the next run's recovery removes it.
            }
        }
        removeIfEmpty();
    }

    /**
     * Removes the work folder if no run uses it any more. The lock file goes only while this run
     * holds all of it and, looking again after taking it, sees no run folder and the same file at
     * its path: every run creates its folder before it opens the lock file, so no live run ever has
     * its lock file deleted under it (which lets {@link CassetteLocks} check the lock file once per
     * run rather than at every lock).
     */
    void removeIfEmpty() {
        if (!onlySharedFilesLeft()) {
            return;
        }
        Path lockFile = folder.resolve(CASSETTE_LOCKS);
        try {
            Object before = CassetteLocks.key(lockFile);
            try (FileChannel channel = CassetteLocks.openLockFile(lockFile, true)) {
                Object opened = CassetteLocks.key(lockFile);
                if (opened == null || before != null && !before.equals(opened)) {
                    return; // replaced while it was opened: the channel may be another file
                }
                // Holding the whole lock file: no cassette is locked by anyone right now.
                FileLock all = channel.tryLock(0, Long.MAX_VALUE, false);
                if (all == null
                        || !onlySharedFilesLeft()
                        || !opened.equals(CassetteLocks.key(lockFile))) {
                    return; // a run started meanwhile, or the lock file was replaced
                }
                deleteSharedFiles(lockFile);
            }
        } catch (OverlappingFileLockException | IOException e) {
            // Another run of this JVM holds a cassette: it removes the folder when it ends.
        }
    }

    private void deleteSharedFiles(Path lockFile) throws IOException {
        Files.deleteIfExists(lockFile);
        Files.deleteIfExists(folder.resolve(GITIGNORE));
        try {
            Files.delete(folder);
        } catch (DirectoryNotEmptyException e) {
            // A run started meanwhile: it keeps its .gitignore.
            writeGitignore();
        }
    }

    /**
     * Whether the work folder holds nothing but its .gitignore and the cassette lock file. A
     * .gitignore that says anything else is yours, and keeps the folder.
     */
    private boolean onlySharedFilesLeft() {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.equals(GITIGNORE)
                        ? !isOwnGitignore(entry)
                        : !name.equals(CASSETTE_LOCKS)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isOwnGitignore(Path file) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // Looked at first: reading a FIFO put there would wait forever.
        return attributes.isRegularFile()
                && attributes.size() == GITIGNORE_TEXT.length()
                && Files.readString(file, StandardCharsets.UTF_8).equals(GITIGNORE_TEXT);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Creates the work folder and this run's folder, and locks it; once per run. */
    synchronized Path ensureRun() throws IOException {
        if (closed) {
            throw new IOException("the run has ended; its work folder is closed");
        }
        if (runLock != null) {
            return runFolder; // every operation asks: no new path each time
        }
        for (int attempt = 0; ; attempt++) {
            try {
                Files.createDirectories(folder);
                if (isEmpty(folder)) {
                    // Only a folder the plugin has to itself: a .gitignore of "*" in a folder
                    // that holds files of yours would hide them from git.
                    writeGitignore();
                }
                Files.createDirectories(runFolder());
                if (!Files.isDirectory(runFolder(), LinkOption.NOFOLLOW_LINKS)) {
                    // createDirectories accepts a link to a folder: never work, nor later clean
                    // up, in a folder someone else put at this run's name.
                    throw new IOException(
                            "the run folder "
                                    + runFolder()
                                    + " is a symbolic link, not a folder of this run; nothing is"
                                    + " written through it");
                }
                FileChannel channel = CassetteLocks.openLockFile(runFolder().resolve(LOCK), true);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw new IOException(
                            "another JVM uses the run folder " + runFolder() + "; run ids clash");
                }
                try {
                    if (channel.size() == 0) {
                        channel.write(
                                ByteBuffer.wrap(RUN_MARKER.getBytes(StandardCharsets.US_ASCII)), 0);
                    }
                } catch (IOException e) {
                    channel.close(); // and the lock with it, so that the next attempt can lock
                    throw e;
                }
                runLockChannel = channel;
                runFolder = runFolder();
                runLock = lock;
                locks.runFolderCreated();
                return runFolder;
            } catch (NoSuchFileException e) {
                // Another run removed the empty work folder meanwhile: create it again.
                if (attempt > 5) {
                    throw e;
                }
            }
        }
    }

    private void writeGitignore() throws IOException {
        try {
            Files.write(
                    folder.resolve(GITIGNORE),
                    GITIGNORE_TEXT.getBytes(StandardCharsets.UTF_8),
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            // Written by an earlier run.
        }
    }

    Path folder() {
        return folder;
    }

    String cassetteDir() {
        return cassetteDir;
    }

    String runName() {
        return runName;
    }

    Path runFolder() {
        return folder.resolve(runName);
    }

    /** This run's journal: one object, reached through the kept run folder. */
    Journal journal() {
        return journal;
    }

    CassetteLocks locks() {
        return locks;
    }

    long nextSeq() {
        return sequence.incrementAndGet();
    }

    /** A name unique to this run and step, for hidden siblings of a cassette. */
    String tag(long seq) {
        return runName + "-" + seq;
    }

    /**
     * Opens (creating it) a sub-folder of this run's folder ({@code journal}, {@code copies},
     * {@code trash}), from the run folder and never through a link: a link at its name is refused
     * ({@link LinkOnTheWay}), and nothing is written, read or deleted in the folder it leads to.
     * With handles, the run folder's handle is kept for the run, and so is the sub-folder's, reused
     * while the folder at its name is still the one it holds (checked at each use, one system call;
     * opening one costs seven): a restore takes a copy at every scenario's start and discards it at
     * its end.
     *
     * @return the folder, to be closed by the caller
     */
    synchronized Folder runSubFolder(String name, boolean handles) throws IOException {
        ensureRun();
        Path subName = Folder.name(name);
        try (Folder run = handles ? keptRun() : openRun(false)) {
            if (handles) {
                KeptSubFolder known = keptSubFolders.get(name);
                if (known != null) {
                    if (known.key.equals(keyIn(run, subName))) {
                        return known.folder.retain();
                    }
                    keptSubFolders.remove(name).folder.close(); // moved or replaced: open afresh
                }
            }
            return keep(name, Folders.step(run, subName, true));
        }
    }

    /** Keeps a sub-folder's handle for reuse, and returns it, to be closed by the caller. */
    private Folder keep(String name, Folder opened) throws IOException {
        if (opened instanceof HandleFolder && !closed) {
            HandleFolder handle = (HandleFolder) opened;
            try {
                keptSubFolders.put(name, new KeptSubFolder(handle.key(), handle.retain()));
            } catch (IOException | RuntimeException e) {
                opened.close();
                throw e;
            }
        }
        return opened;
    }

    /**
     * This run's folder, opened from the work folder without following a link; where the platform
     * offers handles, the handle is kept for the run: a run folder renamed or swapped for a link
     * meanwhile does not lead this run's files elsewhere.
     */
    private Folder keptRun() throws IOException {
        if (keptRun != null) {
            return keptRun.retain();
        }
        Folder opened = openRun(true);
        if (opened instanceof HandleFolder && !closed) {
            keptRun = ((HandleFolder) opened).retain();
        }
        return opened;
    }

    /** Opens this run's folder afresh from the work folder, refusing a link at its name. */
    private Folder openRun(boolean handles) throws IOException {
        return openRun(Folder.name(runName), handles);
    }

    /**
     * Opens a run's folder, this run's or a dead one's, from the work folder: a link at the work
     * folder's path is followed (the user chose it), one at the run's name refused.
     */
    Folder openRun(Path runName, boolean handles) throws IOException {
        try (Folder work = Folders.openRoot(folder, handles)) {
            return Folders.step(work, runName, false);
        }
    }

    private static Object keyIn(Folder folder, Path name) throws IOException {
        try {
            return folder.attributes(name).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A sub-folder of this run kept open, and the identity of the folder it holds. */
    private static final class KeptSubFolder {
        final Object key;
        final HandleFolder folder;

        KeptSubFolder(Object key, HandleFolder folder) {
            this.key = key;
            this.folder = folder;
        }
    }

    @Override
    public String toString() {
        return folder + " (run " + runName + ")";
    }
}
