package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.nio.file.Path;

/**
 * One cassette saved by an {@link Undo} unit: its journal entry (which names the copy in the work
 * folder), and how far it has been settled. Guarded by the unit.
 */
final class SavedCassette {

    final CassettePath cassette;

    /** Replaced once, when the entry is stamped for the next run's recovery. */
    JournalEntry entry;

    /** Restored, put back or discarded: nothing of it is left to do. */
    boolean settled;

    /** A step failed: the journal entry and copy stay for the next run's recovery. */
    boolean keepForRecovery;

    SavedCassette(CassettePath cassette, JournalEntry entry) {
        this.cassette = cassette;
        this.entry = entry;
    }

    /** The copy's name in the run's copies folder: the entry's sequence number. */
    Path seqName() {
        return Folder.name(Long.toString(entry.seq()));
    }

    /** Whether a copy was saved (not the record that the cassette was absent). */
    boolean hasCopy() {
        return !entry.state().equals("absent");
    }

    /**
     * Whether a result of putting this cassette back leaves its copy to the next run's recovery: a
     * failure, or a refusal (a link on the way) while there is a copy, which would otherwise be the
     * only trace of the previous recording outside version control.
     */
    boolean keptAfter(FileResult result) {
        return result.kind() == FileResult.Kind.FAILED
                || result.kind() == FileResult.Kind.REFUSED && hasCopy();
    }

    /** Whether this is a cassette moved aside for a safe refresh (not a snapshot copy). */
    boolean isAside() {
        return entry.op().equals(JournalEntry.ASIDE);
    }
}
