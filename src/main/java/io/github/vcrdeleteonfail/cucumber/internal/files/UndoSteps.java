package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.Path;

/** Puts one saved cassette back (restore) or settles one moved aside (safe refresh). */
final class UndoSteps {

    private final CassetteFolder folder;
    private final JournalEntry entry;
    private final Path seqName;
    private final String tag;

    UndoSteps(CassetteFolder folder, JournalEntry entry, Path seqName) {
        this.folder = folder;
        this.entry = entry;
        this.seqName = seqName;
        this.tag = folder.work().tag(entry.seq());
    }

    /** Undoes what the failed scenario did to a snapshotted cassette. */
    FileResult restore() {
        boolean absent = entry.state().equals("absent");
        FileResult result =
                locked().inside(
                                (parent, name) -> {
                                    if (absent) {
                                        return Replace.remove(parent, name, tag, "restore")
                                                ? FileResult.of(
                                                        FileResult.Kind.REMOVED_CREATED,
                                                        "created by the failed scenario, so"
                                                                + " removed")
                                                : notCreated();
                                    }
                                    return putBack(parent, name);
                                },
                                !absent);
        if (result.kind() == FileResult.Kind.REFUSED && !absent) {
            return kept(result);
        }
        if (result.kind() != FileResult.Kind.ABSENT) {
            return result;
        }
        return absent ? notCreated() : blocked(result);
    }

    /**
     * A saved state refused its way back (a link was put on it): nothing is written through the
     * link, and the copy is kept rather than discarded, as it may be the last one outside version
     * control.
     */
    private static FileResult kept(FileResult refused) {
        return FileResult.of(
                FileResult.Kind.REFUSED,
                refused.detail()
                        + "; the saved copy is kept in the work folder for the next run's recovery");
    }

    /**
     * A saved state that cannot go back because something on its way is no longer a folder (the
     * scenario put a file there): a failure, so the copy is kept rather than discarded.
     */
    private static FileResult blocked(FileResult result) {
        return FileResult.of(
                FileResult.Kind.FAILED,
                "could not put it back ("
                        + result.detail()
                        + "); the saved copy is kept in the work folder for the next run's"
                        + " recovery");
    }

    private static FileResult notCreated() {
        return FileResult.of(
                FileResult.Kind.UNCHANGED, "it did not exist before and was not created");
    }

    private FileResult putBack(Folder parent, Path name) throws IOException {
        try (Folder copies = folder.work().runSubFolder(WorkFolder.COPIES, folder.handles())) {
            if (Trees.same(copies, seqName, parent, name)) {
                return FileResult.of(
                        FileResult.Kind.UNCHANGED, "the failed scenario did not change it");
            }
            boolean existed = parent.typeOf(name) != Folder.Type.ABSENT;
            Replace.putBack(copies, seqName, parent, name, tag, "restore");
            return FileResult.of(
                    FileResult.Kind.RESTORED,
                    existed
                            ? "changed by the failed scenario; previous bytes put back"
                            : "removed by the failed scenario; put back");
        }
    }

    /** Keeps a new recording (passed) or puts the old one back (failed, or nothing new). */
    FileResult settleAside(boolean passed) {
        boolean absent = entry.state().equals("absent");
        FileResult result =
                locked().inside(
                                (parent, name) -> {
                                    boolean recorded = parent.typeOf(name) != Folder.Type.ABSENT;
                                    if (absent) {
                                        if (passed) {
                                            return recorded
                                                    ? FileResult.of(
                                                            FileResult.Kind.REFRESHED,
                                                            "a new recording was made")
                                                    : FileResult.of(
                                                            FileResult.Kind.ABSENT,
                                                            "nothing was recorded");
                                        }
                                        return Replace.remove(parent, name, tag, "put-back")
                                                ? FileResult.of(
                                                        FileResult.Kind.REMOVED_CREATED,
                                                        "the failed scenario's new recording"
                                                                + " removed")
                                                : FileResult.of(
                                                        FileResult.Kind.UNCHANGED,
                                                        "nothing was recorded");
                                    }
                                    if (passed && recorded) {
                                        return FileResult.of(
                                                FileResult.Kind.REFRESHED,
                                                "the new recording is kept; the old one"
                                                        + " discarded");
                                    }
                                    try (Folder copies =
                                            folder.work()
                                                    .runSubFolder(
                                                            WorkFolder.COPIES, folder.handles())) {
                                        Replace.putBack(
                                                copies, seqName, parent, name, tag, "put-back");
                                    }
                                    return FileResult.of(
                                            FileResult.Kind.PUT_BACK,
                                            passed
                                                    ? "nothing new was recorded; the old"
                                                            + " recording put back"
                                                    : "the scenario failed; its new recording"
                                                            + " removed and the old one put back"
                                                            + " byte for byte");
                                },
                                !absent);
        if (absent && result.kind() == FileResult.Kind.ABSENT && !passed) {
            return FileResult.of(FileResult.Kind.UNCHANGED, "nothing was recorded");
        }
        if (!absent && result.kind() == FileResult.Kind.REFUSED) {
            return kept(result);
        }
        return !absent && result.kind() == FileResult.Kind.ABSENT ? blocked(result) : result;
    }

    private Locked locked() {
        try {
            return new Locked(folder, entry.cassette(), this, "restore");
        } catch (IOException e) {
            throw new IllegalStateException("a journal entry of this run names no cassette", e);
        }
    }
}
