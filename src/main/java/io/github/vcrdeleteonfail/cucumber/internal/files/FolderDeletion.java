package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;

/**
 * Deletes a folder cassette so that it is never seen half deleted: journaled, renamed aside in one
 * step (into the run's trash in the work folder; to a hidden sibling when that is on another file
 * system), then deleted there. A crash after the rename is completed by the next run's recovery.
 */
final class FolderDeletion {

    private final CassetteFolder folder;
    private final CassettePath cassette;

    FolderDeletion(CassetteFolder folder, CassettePath cassette) {
        this.folder = folder;
        this.cassette = cassette;
    }

    FileResult run(Folder parent, Path name) throws IOException {
        WorkFolder work = folder.work();
        long seq = work.nextSeq();
        Path seqName = Folder.name(Long.toString(seq));
        Journal journal = work.journal();
        JournalEntry entry =
                JournalEntry.of(
                        seq, JournalEntry.DELETE_FOLDER, "moving", work.cassetteDir(), cassette);
        journal.write(entry);
        Checkpoints.reach("delete.folder.after-journal");
        Trees.Deletion deletion = new Trees.Deletion("delete.folder.during-delete");
        Path asideShown;
        try (Folder trash = work.runSubFolder(WorkFolder.TRASH, folder.handles())) {
            Folder holder = trash;
            Path aside = seqName;
            try {
                if (folder.crossFileSystem()) {
                    throw new AtomicMoveNotSupportedException(null, null, "forced by a test");
                }
                parent.move(name, trash, seqName);
            } catch (AtomicMoveNotSupportedException e) {
                holder = parent;
                aside = Folder.name(Replace.TRASH + work.tag(seq));
                parent.move(name, parent, aside);
            }
            Checkpoints.reach("delete.folder.after-aside");
            asideShown = holder.path().resolve(aside);
            Trees.delete(holder, aside, cassette.toString(), deletion);
            Checkpoints.reach("delete.folder.after-delete");
        }
        if (deletion.failed()) {
            // The journal entry stays: the next run's recovery tries again and reports.
            return FileResult.of(
                    FileResult.Kind.FAILED,
                    "moved out of the cassette folder to "
                            + asideShown
                            + ", but "
                            + deletion.failureText());
        }
        journal.remove(entry);
        int entries = Math.max(0, deletion.deleted() - 1);
        return FileResult.of(
                FileResult.Kind.DELETED,
                "folder deleted (" + CassetteFolder.count(entries) + " entries)");
    }
}
