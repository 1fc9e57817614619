package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Repairs what dead runs left unfinished in one cassette folder. A run is dead when its lock can be
 * taken; its journal entries are repaired newest first, each under the cassette's lock, so every
 * cassette ends exactly once under its own name: in its state before the unfinished scenario where
 * a snapshot was held, the refresh undone where it was moved aside, a folder deletion or quarantine
 * completed once its copy or rename was done and undone before.
 */
final class Recovery {

    /**
     * How long a run's empty lock may be a run that is starting (created, not yet locked), before
     * it is taken for one that died before writing it: {@value} ms.
     */
    static final long STARTING_MILLIS = 60_000;

    private final WorkFolder work;
    private final boolean handles;
    private final List<Repair> repairs = new ArrayList<>();

    Recovery(WorkFolder work, boolean handles) {
        this.work = work;
        this.handles = handles;
    }

    List<Repair> run() {
        if (!Files.isDirectory(work.folder(), LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> runs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(work.folder())) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && !entry.getFileName().toString().equals(work.runName())) {
                    runs.add(entry);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        for (Path run : runs) {
            try {
                recoverRun(run);
            } catch (IOException e) {
                // That run stays for a later attempt; it is repaired once it can be read.
            } catch (RuntimeException e) {
                // A name this platform cannot spell as a path (a run folder or cassette in
                // UTF-8 under a C locale), or a mistake of this code: that run is reported and
                // stays, the others are repaired.
                repairs.add(
                        Repair.ofRun(
                                run,
                                "it could not be recovered ("
                                        + Trees.describe(e)
                                        + "); its cassettes are left as they are, and the next"
                                        + " run tries again"));
            }
        }
        work.removeIfEmpty();
        return List.copyOf(repairs);
    }

    private void recoverRun(Path run) throws IOException {
        Path lockFile = run.resolve(WorkFolder.LOCK);
        BasicFileAttributes lockAttributes = attributes(lockFile);
        if (lockAttributes == null) {
            return;
        }
        if (!lockAttributes.isRegularFile()) {
            repairs.add(
                    Repair.ofRun(
                            run,
                            "its lock "
                                    + lockFile
                                    + " is not a regular file (a FIFO, device or folder put"
                                    + " there), so whether that run still goes on cannot be told;"
                                    + " nothing of it is touched (delete "
                                    + run
                                    + " once no run uses it)"));
            return;
        }
        if (lockAttributes.size() == 0
                && lockAttributes.lastModifiedTime().toMillis()
                        > System.currentTimeMillis() - STARTING_MILLIS) {
            // A run of another JVM that has just created its lock and not yet locked it: an empty
            // lock is taken for a run that died before writing it only once it is this old.
            return;
        }
        Object before = lockAttributes.fileKey();
        try (FileChannel channel = CassetteLocks.openLockFile(lockFile, false)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return;
            }
            // Alive, or already repaired and removed by another JVM while we waited.
            if (lock == null || !Objects.equals(before, CassetteLocks.key(lockFile))) {
                return;
            }
            boolean left = false;
            // The run folder and its sub-folders are opened without following a link: nothing
            // of a dead run is read, put back or deleted through one.
            try (Folder opened = work.openRun(run.getFileName(), handles)) {
                if (!isRunOfThisPlugin(opened, channel)) {
                    repairs.add(
                            Repair.ofRun(
                                    run,
                                    "it has a file named lock that this plugin did not write, so"
                                            + " it is no run of this plugin (snapshot-dir should"
                                            + " be a folder of the plugin's own: key"
                                            + " 'snapshot-dir')"));
                    return;
                }
                DeadRun dead = new DeadRun(run, opened);
                List<JournalEntry> entries = journalOf(run, opened);
                if (entries == null) {
                    return;
                }
                Collections.reverse(entries);
                for (JournalEntry entry : entries) {
                    if (!entry.cassetteDir().equals(work.cassetteDir())) {
                        left = true;
                        continue;
                    }
                    if (repair(dead, entry)) {
                        Journal.remove(opened, entry);
                    } else {
                        left = true;
                    }
                }
            }
            if (!left) {
                RunFolders.deleteAllBut(run, WorkFolder.LOCK);
                Files.deleteIfExists(lockFile);
                Files.deleteIfExists(run);
            }
        } catch (NoSuchFileException e) {
            // Removed by another JVM's recovery.
        }
    }

    /**
     * Whether a folder with a lock nobody holds is a run of this plugin: its lock says so, or it is
     * empty and the folder holds nothing else (a run that died before writing it).
     */
    private static boolean isRunOfThisPlugin(Folder run, FileChannel lock) throws IOException {
        byte[] marker = WorkFolder.RUN_MARKER.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer read = ByteBuffer.allocate(marker.length + 1);
        while (read.hasRemaining() && lock.read(read, read.position()) > 0) {
            // Reads until the buffer is full or the file ends.
        }
        if (read.position() == 0) {
            for (Path entry : run.names()) {
                if (!entry.toString().equals(WorkFolder.LOCK)) {
                    return false;
                }
            }
            return true;
        }
        return read.position() == marker.length
                && Arrays.equals(Arrays.copyOf(read.array(), marker.length), marker);
    }

    /**
     * Reads a dead run's journal; when it cannot be read (a link at {@code journal}, an entry that
     * cannot be opened or parsed), the run is reported as a whole and left, folder and all, for a
     * later run: none of its cassettes can be known, so none is touched, and what it saved stays.
     *
     * @return the entries, or null when the journal could not be read
     */
    private List<JournalEntry> journalOf(Path run, Folder opened) throws NoSuchFileException {
        try {
            return Journal.read(opened);
        } catch (NoSuchFileException e) {
            throw e; // the run folder went meanwhile: nothing left to recover
        } catch (IOException e) {
            String why =
                    e instanceof LinkOnTheWay
                            ? run.resolve(WorkFolder.JOURNAL)
                                    + " is a symbolic link, not that run's journal; nothing is"
                                    + " read through it (remove the link"
                            : Trees.describe(e) + " (mend what is named";
            repairs.add(
                    Repair.ofRun(
                            run,
                            "the journal of this run, which died before it finished, could not be"
                                    + " read: "
                                    + why
                                    + ", or delete "
                                    + run
                                    + " to give up what that run saved). Its cassettes are left"
                                    + " as they are; the next run tries again"));
            return null;
        }
    }

    /** Repairs one entry; false when it must stay for a later run. */
    private boolean repair(DeadRun run, JournalEntry entry) throws IOException {
        CassettePath cassette = entry.cassette();
        String[] busy = new String[1];
        Object owner = new Object();
        CassetteLocks.Held held = work.locks().tryLock(owner, cassette, busy);
        if (held == null) {
            return false;
        }
        try {
            return repairLocked(run, entry, cassette);
        } finally {
            CassetteLocks.release(held);
        }
    }

    private boolean repairLocked(DeadRun run, JournalEntry entry, CassettePath cassette) {
        String tag = run.path.getFileName() + "-" + entry.seq();
        Path name = Folder.name(cassette.name());
        Path seqName = Folder.name(Long.toString(entry.seq()));
        try {
            // Folders on the way are created only to put a saved state back.
            boolean putsBack =
                    entry.state().equals("held")
                            || (entry.state().equals("moving")
                                    && entry.op().equals(JournalEntry.ASIDE)
                                    && run.has(WorkFolder.COPIES, seqName));
            try (Folder root = Folders.openRoot(Path.of(work.cassetteDir()), handles);
                    Folder parent = Folders.parentOf(root, cassette.segments(), putsBack)) {
                Replace.clearLeftovers(parent, tag);
                Optional<FileTime> newer = recordedSinceRefused(run, entry, parent, name, seqName);
                if (newer.isPresent()) {
                    return leftBesideNewer(run, entry, seqName, newer.get());
                }
                String action = act(run, entry, parent, name, seqName, tag);
                repairs.add(new Repair(cassette, action));
                return true;
            } catch (NoSuchFileException e) {
                // Its folder is gone: nothing of the cassette to repair, only this run's files.
                run.delete(WorkFolder.COPIES, seqName);
                run.delete(WorkFolder.TRASH, seqName);
                repairs.add(new Repair(cassette, "absent, as its folder is; nothing to repair"));
                return true;
            } catch (LinkOnTheWay e) {
                return leftAsItWas(run, entry, seqName, e.phrase(Path.of(work.cassetteDir())));
            } catch (NotDirectoryException e) {
                return leftAsItWas(run, entry, seqName, "a file on its way is no folder");
            }
        } catch (IOException e) {
            repairs.add(
                    new Repair(
                            cassette,
                            "could not be repaired ("
                                    + Trees.describe(e)
                                    + "); the next run tries again"));
            return false;
        }
    }

    /**
     * Something on the cassette's way stops its repair. A saved copy of it stays, with its journal
     * entry, for a later run: it may be the last copy of the previous recording outside version
     * control. Anything else of the entry is given up.
     *
     * @return false when the entry stays
     */
    private boolean leftAsItWas(DeadRun run, JournalEntry entry, Path seqName, String reason)
            throws IOException {
        Path copy = run.path.resolve(WorkFolder.COPIES).resolve(seqName);
        boolean saved =
                (entry.op().equals(JournalEntry.SNAPSHOT) || entry.op().equals(JournalEntry.ASIDE))
                        && (entry.state().equals("held") || entry.state().equals("moving"))
                        && run.has(WorkFolder.COPIES, seqName);
        if (!saved) {
            repairs.add(new Repair(entry.cassette(), "left as it was: " + reason));
            return true;
        }
        repairs.add(
                new Repair(
                        entry.cassette(),
                        "left as it was: "
                                + reason
                                + "; its saved copy is kept in "
                                + copy
                                + ", and the next run tries again (clear the way, or delete "
                                + run.path
                                + " to give the copy up)",
                        true));
        return false;
    }

    /**
     * What stands at the place of a cassette whose put-back was refused, when it was modified after
     * the refusal: a recording made since, which is newer than the saved copy or than the failed
     * scenario's recording, and which recovery does not overwrite or remove. Empty when the entry
     * carries no refusal (a crash: what stands there is the unfinished scenario's), when nothing
     * stands there, when it is older, or when it equals the saved copy.
     */
    private Optional<FileTime> recordedSinceRefused(
            DeadRun run, JournalEntry entry, Folder parent, Path name, Path seqName)
            throws IOException {
        String refused = entry.get(JournalEntry.REFUSED); // only Undo's entries carry it
        if (refused == null) {
            return Optional.empty();
        }
        Instant since;
        try {
            since = Instant.parse(refused);
        } catch (DateTimeParseException e) {
            throw new IOException("its journal entry has an unreadable refusal time " + refused);
        }
        Optional<FileTime> newest = Trees.newest(parent, name);
        if (newest.isEmpty() || !newest.get().toInstant().isAfter(since)) {
            return Optional.empty();
        }
        if (run.has(WorkFolder.COPIES, seqName)) {
            try (Folder saved = run.open(WorkFolder.COPIES)) {
                if (Trees.same(saved, seqName, parent, name)) {
                    return Optional.empty();
                }
            }
        }
        return newest;
    }

    /**
     * A recording made after the put-back was refused stands at the cassette's place. It stays. A
     * saved copy stays too, with its entry, until the user chooses between them; without a copy
     * (the cassette was absent before the failed scenario) there is nothing to choose and the entry
     * is done.
     *
     * @return false when the entry stays
     */
    private boolean leftBesideNewer(
            DeadRun run, JournalEntry entry, Path seqName, FileTime modified) throws IOException {
        String newer =
                "a recording made after the failed scenario could not be undone (at "
                        + entry.get(JournalEntry.REFUSED)
                        + ") stands at its place, modified "
                        + modified
                        + "; left as it is";
        Path copy = run.path.resolve(WorkFolder.COPIES).resolve(seqName);
        if (!run.has(WorkFolder.COPIES, seqName)) {
            repairs.add(new Repair(entry.cassette(), newer));
            return true;
        }
        Path shown = entry.cassette().resolveAgainst(Path.of(work.cassetteDir()));
        repairs.add(
                new Repair(
                        entry.cassette(),
                        newer
                                + ", and its saved copy of the earlier recording is kept in "
                                + copy
                                + " (delete "
                                + run.path
                                + " to keep the newer recording, or delete "
                                + shown
                                + " to have the next run put the copy back)",
                        true));
        return false;
    }

    private String act(
            DeadRun run, JournalEntry entry, Folder parent, Path name, Path seqName, String tag)
            throws IOException {
        String state = entry.state();
        switch (entry.op()) {
            case JournalEntry.SNAPSHOT:
            case JournalEntry.ASIDE:
                return restore(run, entry, state, parent, name, seqName, tag);
            case JournalEntry.DELETE_FOLDER:
                run.delete(WorkFolder.TRASH, seqName);
                return parent.typeOf(name) == Folder.Type.ABSENT
                        ? "its interrupted deletion was completed"
                        : "its deletion had not started; left as it was (it may be stale)";
            case JournalEntry.QUARANTINE_COPY:
                return quarantine(run, entry, parent, name, seqName, tag);
            default:
                throw new IOException("unknown journal operation " + entry.op());
        }
    }

    private String restore(
            DeadRun run,
            JournalEntry entry,
            String state,
            Folder parent,
            Path name,
            Path seqName,
            String tag)
            throws IOException {
        boolean aside = entry.op().equals(JournalEntry.ASIDE);
        if (state.equals("moving")) {
            state = run.has(WorkFolder.COPIES, seqName) ? "held" : "copying";
        }
        if (state.equals("copying")) {
            run.delete(WorkFolder.COPIES, seqName);
            return aside
                    ? "its refresh had not started; left as it was"
                    : "its snapshot was being taken; left as it was";
        }
        if (!state.equals("absent") && !state.equals("held")) {
            throw new IOException("unknown journal state " + state);
        }
        if (state.equals("absent")) {
            return Replace.remove(parent, name, tag, "recover")
                    ? "removed: it was created by a scenario that did not finish"
                    : "absent before the unfinished scenario, and still absent";
        }
        try (Folder saved = run.open(WorkFolder.COPIES)) {
            if (!aside && Trees.same(saved, seqName, parent, name)) {
                return "unchanged since the unfinished scenario started";
            }
            Replace.putBack(saved, seqName, parent, name, tag, "recover");
        }
        return aside
                ? "put back as it was before a refresh that did not finish"
                : "restored to its state before a scenario that did not finish";
    }

    private String quarantine(
            DeadRun run, JournalEntry entry, Folder parent, Path name, Path seqName, String tag)
            throws IOException {
        CassettePath cassette = entry.cassette();
        Path destination = destinationOf(entry);
        Path runQuarantine = quarantineRunOf(destination, cassette);
        Path partial = partialOf(entry);
        boolean complete;
        // Opened as the quarantine opened it: below quarantine-dir, never through a link.
        try (Folder target =
                QuarantineMove.openDestination(runQuarantine, cassette, handles, false)) {
            boolean partialLeft = target.typeOf(partial) != Folder.Type.ABSENT;
            if (partialLeft) {
                Replace.deleteOrThrow(target, partial);
            }
            // Complete once the copy is in place: the cassette is then removed, so only when
            // what stands at the destination is its copy (or the cassette is already gone).
            complete =
                    !partialLeft
                            && target.typeOf(destination.getFileName()) != Folder.Type.ABSENT
                            && (parent.typeOf(name) == Folder.Type.ABSENT
                                    || Trees.same(target, destination.getFileName(), parent, name));
        } catch (NoSuchFileException e) {
            complete = false;
        }
        run.delete(WorkFolder.TRASH, seqName);
        if (!complete) {
            return "its interrupted quarantine was undone; it stays where it was";
        }
        Replace.remove(parent, name, tag, "recover");
        return "its interrupted quarantine was completed: moved to " + destination;
    }

    /**
     * The partial copy an interrupted quarantine left, which recovery deletes: only ever a name of
     * the plugin's own making in the destination's folder, whatever a tampered journal says.
     */
    private static Path partialOf(JournalEntry entry) throws IOException {
        String partial = entry.get("partial");
        if (partial == null
                || !partial.startsWith(QuarantineMove.PARTIAL)
                || partial.indexOf('/') >= 0
                || partial.indexOf('\\') >= 0
                || partial.indexOf('\0') >= 0) {
            throw new IOException(
                    "its journal entry names no partial copy of this plugin's making: " + partial);
        }
        return Folder.name(partial);
    }

    /**
     * Where an interrupted quarantine was going: an absolute path without {@code .} or {@code ..}.
     */
    private static Path destinationOf(JournalEntry entry) throws IOException {
        String text = entry.get("destination");
        try {
            Path destination = text == null ? null : Path.of(text);
            if (destination != null
                    && destination.isAbsolute()
                    && destination.getParent() != null
                    && destination.normalize().equals(destination)) {
                return destination;
            }
        } catch (InvalidPathException e) {
            // Reported below.
        }
        throw new IOException("its journal entry names no usable quarantine destination: " + text);
    }

    /**
     * The run's quarantine folder ({@code <quarantine-dir>/<run id>}) of a destination, which must
     * hold the cassette's folders below it, as the quarantine made it.
     */
    private static Path quarantineRunOf(Path destination, CassettePath cassette)
            throws IOException {
        List<String> folders = QuarantineMove.folders(cassette);
        Path folder = destination.getParent();
        for (int i = folders.size() - 1; i >= 0 && folder != null; i--) {
            Path name = folder.getFileName();
            folder =
                    name != null && name.toString().equals(folders.get(i))
                            ? folder.getParent()
                            : null;
        }
        if (folder == null || folder.getParent() == null) {
            throw new IOException(
                    "its journal entry names a quarantine destination that does not hold the"
                            + " cassette's folders: "
                            + destination);
        }
        return folder;
    }

    /**
     * A dead run's folder, opened, and its path for messages. Its sub-folders ({@code copies},
     * {@code trash}) are opened from it, never through a link: a link there stops the repair, and
     * the entry stays.
     */
    private static final class DeadRun {
        final Path path;
        private final Folder folder;

        DeadRun(Path path, Folder folder) {
            this.path = path;
            this.folder = folder;
        }

        /**
         * Opens a sub-folder; a link at its name is an IOException of its own (not a {@link
         * LinkOnTheWay}, which names a link on a cassette's way).
         */
        Folder open(String sub) throws IOException {
            try {
                return Folders.step(folder, Folder.name(sub), false);
            } catch (LinkOnTheWay e) {
                throw new IOException(
                        path.resolve(sub)
                                + " is a symbolic link, not a folder of that run: nothing is read"
                                + " or deleted through it (remove the link)");
            }
        }

        boolean has(String sub, Path name) throws IOException {
            try (Folder opened = open(sub)) {
                return opened.typeOf(name) != Folder.Type.ABSENT;
            } catch (NoSuchFileException e) {
                return false;
            }
        }

        void delete(String sub, Path name) throws IOException {
            try (Folder opened = open(sub)) {
                Replace.deleteOrThrow(opened, name);
            } catch (NoSuchFileException e) {
                // Nothing there.
            }
        }
    }

    /** The attributes of a file, not following a link; null if none. */
    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
