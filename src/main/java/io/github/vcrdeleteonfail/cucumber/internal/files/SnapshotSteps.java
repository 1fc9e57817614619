package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Saves one cassette for an {@link Undo} unit: a snapshot copies it into the work folder and then
 * journals the copy as held; a safe refresh journals first, then moves it there (a rename, or a
 * copy and removal across file systems). The entry says how far the step got, so a crash at any
 * point is repaired by the next run: a copy still being made is discarded (a snapshot's, having no
 * entry, with the run folder), a held one is put back.
 */
final class SnapshotSteps {

    private final CassetteFolder folder;
    private final List<SavedCassette> saved;

    /**
     * Creates the steps of one unit.
     *
     * @param saved the unit's saved cassettes; each saved cassette is appended
     */
    SnapshotSteps(CassetteFolder folder, List<SavedCassette> saved) {
        this.folder = folder;
        this.saved = saved;
    }

    /** Remembers a cassette as absent: whatever the scenario creates there is removed on undo. */
    FileResult saveAbsent(CassettePath cassette, String op) {
        WorkFolder work = folder.work();
        JournalEntry entry =
                JournalEntry.of(work.nextSeq(), op, "absent", work.cassetteDir(), cassette);
        try {
            work.journal().write(entry);
        } catch (IOException e) {
            return FileResult.of(
                    FileResult.Kind.FAILED, "could not journal it: " + Trees.describe(e));
        }
        saved.add(new SavedCassette(cassette, entry));
        return FileResult.of(
                FileResult.Kind.ABSENT,
                "absent; whatever the scenario creates there is removed if it fails");
    }

    /**
     * Saves the cassette at a name of its opened folder.
     *
     * @param op {@link JournalEntry#SNAPSHOT} or {@link JournalEntry#ASIDE}
     * @return UNCHANGED (snapshot taken), MOVED_ASIDE or ABSENT
     */
    FileResult save(CassettePath cassette, String op, Folder parent, Path name) throws IOException {
        BasicFileAttributes seen; // one look: it also serves the copy and the caller
        try {
            seen = parent.attributes(name);
        } catch (NoSuchFileException e) {
            return saveAbsent(cassette, op).seen(false);
        }
        return save(cassette, op, parent, name, seen).seen(seen.isDirectory());
    }

    private FileResult save(
            CassettePath cassette, String op, Folder parent, Path name, BasicFileAttributes seen)
            throws IOException {
        WorkFolder work = folder.work();
        long seq = work.nextSeq();
        Path seqName = Folder.name(Long.toString(seq));
        Journal journal = work.journal();
        boolean aside = op.equals(JournalEntry.ASIDE);
        // A snapshot's entry is written once, as held; a move's first as moving.
        JournalEntry entry =
                JournalEntry.of(seq, op, aside ? "moving" : "held", work.cassetteDir(), cassette);
        if (aside) {
            // A move takes the cassette from its place: journaled before it starts. A snapshot
            // leaves the cassette where it is; its copy is journaled once whole, and a copy
            // interrupted before that goes with the run folder, which has no entry for it.
            journal.write(entry);
            Checkpoints.reach("aside.after-journal");
        }
        try (Folder copies = work.runSubFolder(WorkFolder.COPIES, folder.handles())) {
            if (aside && !folder.crossFileSystem()) {
                try {
                    parent.move(name, copies, seqName);
                    entry = entry.with("state", "held");
                    journal.write(entry);
                    Checkpoints.reach("aside.after-move");
                    saved.add(new SavedCassette(cassette, entry));
                    return FileResult.of(FileResult.Kind.MOVED_ASIDE, "moved into the work folder");
                } catch (AtomicMoveNotSupportedException e) {
                    // Another file system: copy, then remove.
                }
            }
            if (aside) {
                entry = entry.with("state", "copying");
                journal.write(entry);
            }
            try {
                Trees.copy(
                        parent,
                        name,
                        seen,
                        copies,
                        seqName,
                        aside ? "aside.during-copy" : "snapshot.during-copy");
            } catch (IOException e) {
                if (aside) {
                    journal.remove(entry);
                }
                Replace.deleteOrThrow(copies, seqName);
                throw e;
            }
            if (aside) {
                entry = entry.with("state", "held");
            }
            journal.write(entry);
            Checkpoints.reach(aside ? "aside.after-copy" : "snapshot.after-copy");
            saved.add(new SavedCassette(cassette, entry));
            if (!aside) {
                return FileResult.of(FileResult.Kind.UNCHANGED, "snapshot taken");
            }
            Replace.remove(parent, name, work.tag(seq), "aside");
            return FileResult.of(
                    FileResult.Kind.MOVED_ASIDE, "copied into the work folder and removed");
        }
    }
}
