package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The snapshots of one scenario (or guarded block): each cassette's state is journaled and copied
 * into the work folder before the scenario writes it, and the cassette stays locked until the unit
 * is closed. On failure {@link #restoreAll()} puts everything back, newest snapshot first; on
 * settling, {@link #close()} removes each journal entry first and its copy after, so a crash can
 * never restore an old state over a good new recording.
 */
@API(status = API.Status.INTERNAL)
public final class Undo implements AutoCloseable {

    private final CassetteFolder folder;
    private final String key;
    private final List<SavedCassette> saved = new ArrayList<>();
    private final SnapshotSteps steps;
    private final List<CassetteLocks.Held> locks = new ArrayList<>();
    private List<Restoration> restored;
    private boolean closed;

    Undo(CassetteFolder folder, String key) {
        this.folder = folder;
        this.key = key;
        this.steps = new SnapshotSteps(folder, saved);
    }

    /** A cassette's result of {@link #restoreAll()}. */
    @API(status = API.Status.INTERNAL)
    public static final class Restoration {
        private final CassettePath cassette;
        private final FileResult result;

        Restoration(CassettePath cassette, FileResult result) {
            this.cassette = cassette;
            this.result = result;
        }

        /**
         * Returns the cassette.
         *
         * @return the cassette
         */
        public CassettePath cassette() {
            return cassette;
        }

        /**
         * Returns what was done.
         *
         * @return RESTORED, REMOVED_CREATED, UNCHANGED, PUT_BACK, REFUSED or FAILED
         */
        public FileResult result() {
            return result;
        }

        @Override
        public String toString() {
            return cassette + ": " + result;
        }
    }

    /**
     * Saves a cassette's current state (a copy, or "absent") before the scenario writes it.
     *
     * @param cassette the cassette
     * @return UNCHANGED (saved, or covered by an earlier snapshot of this unit), ABSENT (saved as
     *     absent), BUSY, REFUSED or FAILED
     */
    public synchronized FileResult snapshot(CassettePath cassette) {
        return save(cassette, JournalEntry.SNAPSHOT);
    }

    /**
     * Moves a cassette into the work folder so the scenario records afresh (safe refresh): a
     * rename, or a copy and removal across file systems.
     *
     * @param cassette the cassette
     * @return MOVED_ASIDE, ABSENT, BUSY, REFUSED or FAILED
     */
    public synchronized FileResult moveAside(CassettePath cassette) {
        return save(cassette, JournalEntry.ASIDE);
    }

    private FileResult save(CassettePath cassette, String op) {
        requireNonNull(cassette, "cassette");
        if (closed) {
            return FileResult.of(FileResult.Kind.FAILED, "the unit " + key + " is already settled");
        }
        for (SavedCassette earlier : saved) {
            if (!earlier.settled && cassette.isWithin(earlier.cassette)) {
                return FileResult.of(
                        FileResult.Kind.UNCHANGED,
                        "already covered by the snapshot of " + earlier.cassette);
            }
        }
        String[] busy = new String[1];
        CassetteLocks.Held held;
        try {
            folder.work().ensureRun();
            held = folder.work().locks().tryLock(this, cassette, busy);
        } catch (IOException e) {
            return FileResult.of(FileResult.Kind.FAILED, "could not lock it: " + Trees.describe(e));
        }
        if (held == null) {
            return FileResult.of(FileResult.Kind.BUSY, busy[0]);
        }
        int before = saved.size();
        FileResult result =
                new Locked(folder, cassette, this, "snapshot")
                        .inside((parent, name) -> steps.save(cassette, op, parent, name), false);
        if (result.kind() == FileResult.Kind.ABSENT && saved.size() == before) {
            // Its folder does not exist: remember it as absent all the same (counted, not looked
            // up: an earlier, settled save of the same cassette must not stand in for this one).
            result = steps.saveAbsent(cassette, op);
            if (result.kind() == FileResult.Kind.ABSENT) {
                result = result.seen(false);
            }
        }
        if (result.kind() == FileResult.Kind.REFUSED || result.kind() == FileResult.Kind.FAILED) {
            CassetteLocks.release(held);
        } else {
            locks.add(held);
        }
        return result;
    }

    /**
     * Puts every cassette of this unit back as it was saved, newest snapshot first (so a folder
     * saved after a file inside it is restored before the file).
     *
     * @return per cassette RESTORED, REMOVED_CREATED, UNCHANGED, PUT_BACK, REFUSED or FAILED
     */
    public synchronized List<Restoration> restoreAll() {
        List<Restoration> done = new ArrayList<>();
        for (int i = saved.size() - 1; i >= 0; i--) {
            SavedCassette one = saved.get(i);
            if (one.settled) {
                continue;
            }
            FileResult result =
                    one.isAside()
                            ? settle(one, false)
                            : new UndoSteps(folder, one.entry, one.seqName()).restore();
            if (one.keptAfter(result)) {
                keepForRecovery(one);
            }
            done.add(new Restoration(one.cassette, result));
        }
        return List.copyOf(done);
    }

    /**
     * Restores the whole unit on the first call (as {@link #restoreAll()}, so overlapping snapshots
     * are put back newest first) and returns what was done to one cassette.
     *
     * @param cassette a cassette snapshotted by this unit, or inside one
     * @return its restoration, that of the snapshot covering it, or FAILED when there is none
     */
    public synchronized FileResult restore(CassettePath cassette) {
        if (restored == null) {
            restored = restoreAll();
        }
        for (Restoration one : restored) {
            if (one.cassette.equals(cassette)) {
                return one.result;
            }
        }
        for (Restoration one : restored) {
            if (cassette.isWithin(one.cassette)) {
                return FileResult.of(
                        one.result.kind(),
                        "restored with " + one.cassette + ": " + one.result.detail());
            }
        }
        return FileResult.of(FileResult.Kind.FAILED, "no snapshot of it was taken by " + key);
    }

    /**
     * Settles a cassette moved aside by {@link #moveAside}.
     *
     * @param cassette the cassette
     * @param passed whether the scenario passed
     * @return REFRESHED (passed, new recording kept), PUT_BACK (passed with nothing new, or
     *     failed), REMOVED_CREATED, ABSENT, UNCHANGED, REFUSED or FAILED
     */
    public synchronized FileResult settleRefresh(CassettePath cassette, boolean passed) {
        for (SavedCassette one : saved) {
            if (!one.settled && one.cassette.equals(cassette) && one.isAside()) {
                return settle(one, passed);
            }
        }
        return FileResult.of(
                FileResult.Kind.FAILED, "it was not moved aside by " + key + ", or is settled");
    }

    private FileResult settle(SavedCassette one, boolean passed) {
        FileResult result = new UndoSteps(folder, one.entry, one.seqName()).settleAside(passed);
        if (one.keptAfter(result)) {
            keepForRecovery(one);
        } else {
            discard(one);
        }
        return result;
    }

    /**
     * Leaves a saved cassette to the next run's recovery, its entry stamped with the time its
     * put-back was refused: whatever is recorded at its place after that time is newer than the
     * failed scenario's recording, and recovery does not put the copy back over it. Without the
     * stamp (it could not be written), recovery treats the entry as a crash's: the copy goes back.
     */
    private void keepForRecovery(SavedCassette one) {
        one.keepForRecovery = true;
        if (one.entry.get(JournalEntry.REFUSED) != null) {
            return; // refused before: the first time stands
        }
        JournalEntry stamped = one.entry.with(JournalEntry.REFUSED, Instant.now().toString());
        try {
            folder.work().journal().write(stamped);
            one.entry = stamped;
        } catch (IOException e) {
            // The entry stays as it was.
        }
    }

    /**
     * Removes the journal entry first, then the copy: a crash in between loses only a copy. A
     * cassette saved as absent has no copy, and its discard touches nothing else.
     */
    private void discard(SavedCassette one) {
        one.settled = true;
        try {
            folder.work().journal().remove(one.entry);
            Checkpoints.reach("settle.after-journal-removed");
            if (!one.hasCopy()) {
                return;
            }
            try (Folder copies = folder.work().runSubFolder(WorkFolder.COPIES, folder.handles())) {
                Replace.deleteOrThrow(copies, one.seqName());
            }
        } catch (IOException e) {
            // A copy left behind is removed with the run folder, or by the next run's recovery.
        }
    }

    /**
     * Settles the unit: each remaining snapshot is discarded (journal entry first), a cassette
     * still moved aside is settled as passed, and the locks are released. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (SavedCassette one : saved) {
                if (one.settled || one.keepForRecovery) {
                    continue;
                }
                if (one.isAside()) {
                    settle(one, true);
                } else {
                    discard(one);
                }
            }
        } finally {
            locks.forEach(CassetteLocks::release);
            locks.clear();
        }
    }

    @Override
    public String toString() {
        return "unit " + key;
    }
}
