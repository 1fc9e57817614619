package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Moves one cassette into the quarantine folder under a free name, with its note beside it. On one
 * file system a single rename; across file systems a journaled copy to a hidden partial name,
 * renamed into place, after which the original is renamed aside and deleted, so a crash leaves it
 * either still in place (the copy undone) or quarantined (the removal completed), never half.
 */
final class QuarantineMove {

    /**
     * The start of the name of a partial copy in the quarantine folder, made across file systems.
     */
    static final String PARTIAL = ".vcr-partial-";

    /**
     * The monitors of the quarantine folders moved into, striped by path (see {@link #run}): a
     * fixed number, so that a JVM running many runs does not keep one per folder it ever used. Two
     * folders that share one only wait for each other.
     */
    private static final Object[] DESTINATIONS = new Object[64];

    static {
        for (int i = 0; i < DESTINATIONS.length; i++) {
            DESTINATIONS[i] = new Object();
        }
    }

    /** The longest file name most file systems hold, in bytes: {@value}. */
    private static final int MAX_NAME_BYTES = 255;

    /** The suffix of the note written beside a quarantined cassette: {@value}. */
    static final String NOTE_SUFFIX = ".failure.yaml";

    private final CassetteFolder folder;
    private final CassettePath cassette;
    private final Path runQuarantineFolder;

    QuarantineMove(CassetteFolder folder, CassettePath cassette, Path runQuarantineFolder) {
        this.folder = folder;
        this.cassette = cassette;
        this.runQuarantineFolder = runQuarantineFolder;
    }

    FileResult run(Folder parent, Path name, String noteText) throws IOException {
        Path destinationFolder = runQuarantineFolder;
        for (String segment : folders(cassette)) {
            destinationFolder = destinationFolder.resolve(segment);
        }
        try (Folder target =
                openDestination(runQuarantineFolder, cassette, folder.handles(), true)) {
            // The free name is chosen and taken in one step per folder in this JVM: another
            // thread could choose the same name meanwhile (its cassette named like this one's
            // "-2"), and a rename replaces what it finds. Each run quarantines into a folder of
            // its own, so other JVMs never share it.
            synchronized (monitorOf(destinationFolder)) {
                return moveToFreeName(parent, name, target, destinationFolder, noteText);
            }
        } catch (LinkOnTheWay e) {
            return FileResult.of(
                    FileResult.Kind.REFUSED,
                    "could not move it to "
                            + destinationFolder.resolve(name)
                            + ": "
                            + e.phrase(runQuarantineFolder.getParent())
                            + "; it stays where it was");
        } catch (IOException e) {
            return failed(destinationFolder.resolve(name), e);
        }
    }

    private FileResult moveToFreeName(
            Folder parent, Path name, Folder target, Path destinationFolder, String noteText)
            throws IOException {
        Path free = freeName(target, name);
        Path destination = destinationFolder.resolve(free);
        boolean moved = false;
        if (!folder.crossFileSystem()) {
            try {
                parent.move(name, target, free);
                moved = true;
            } catch (AtomicMoveNotSupportedException e) {
                // Another file system: copy, then remove.
            }
        }
        if (!moved) {
            FileResult failure = copyThenRemove(parent, name, target, free, destination);
            if (failure != null) {
                return failure;
            }
        }
        return FileResult.at(
                FileResult.Kind.MOVED,
                "moved to " + destination + note(target, free, noteText),
                destination);
    }

    /** The monitor of a quarantine folder: always the same one for one folder. */
    private static Object monitorOf(Path destinationFolder) {
        return DESTINATIONS[destinationFolder.hashCode() & (DESTINATIONS.length - 1)];
    }

    /**
     * Opens the folder a cassette is quarantined into, {@code <quarantine-dir>/<run id>/<the
     * cassette's folders>}: {@code quarantine-dir} by path (a link there is followed, as you chose
     * it), the rest one name at a time and never through a link, so a link put in the quarantine
     * folder cannot send a cassette and its note elsewhere.
     *
     * @param runQuarantineFolder {@code <quarantine-dir>/<run id>}
     * @param cassette the cassette, whose folders are opened below it
     * @param handles whether to use folder handles
     * @param create whether to create what is missing (not in recovery, which only looks)
     * @return the folder, to be closed by the caller
     * @throws LinkOnTheWay when a link stands below {@code quarantine-dir}
     */
    static Folder openDestination(
            Path runQuarantineFolder, CassettePath cassette, boolean handles, boolean create)
            throws IOException {
        Path base = runQuarantineFolder.getParent();
        if (create) {
            Files.createDirectories(base);
        }
        Folder run;
        try (Folder root = Folders.openRoot(base, handles)) {
            run = Folders.step(root, runQuarantineFolder.getFileName(), create);
        }
        List<String> folders = folders(cassette);
        if (folders.isEmpty()) {
            return run;
        }
        try (run) {
            return Folders.descend(run, folders, create);
        }
    }

    /** The folders of a cassette's path: all its segments but the last. */
    static List<String> folders(CassettePath cassette) {
        return cassette.segments().subList(0, cassette.segments().size() - 1);
    }

    private FileResult failed(Path destination, IOException e) {
        return FileResult.of(
                FileResult.Kind.FAILED,
                "could not move it to " + destination + ": " + Trees.describe(e));
    }

    /** A name free for the cassette and for its note, so neither replaces anything. */
    private static Path freeName(Folder target, Path name) throws IOException {
        Path candidate = name;
        for (int i = 2;
                target.typeOf(candidate) != Folder.Type.ABSENT || noteTaken(target, candidate);
                i++) {
            candidate = Folder.name(name + "-" + i);
        }
        return candidate;
    }

    /**
     * Whether the note's name is taken. A cassette name of over 242 bytes makes a note name longer
     * than file systems hold (255 bytes): no such note can be there. The cassette is quarantined
     * all the same, and the result says its note could not be written.
     */
    private static boolean noteTaken(Folder target, Path candidate) throws IOException {
        String note = candidate + NOTE_SUFFIX;
        return note.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES
                && target.typeOf(Folder.name(note)) != Folder.Type.ABSENT;
    }

    private FileResult copyThenRemove(
            Folder parent, Path name, Folder target, Path free, Path destination)
            throws IOException {
        WorkFolder work = folder.work();
        long seq = work.nextSeq();
        String tag = work.tag(seq);
        Path partial = Folder.name(PARTIAL + tag);
        Journal journal = work.journal();
        JournalEntry entry =
                JournalEntry.of(
                                seq,
                                JournalEntry.QUARANTINE_COPY,
                                "copying",
                                work.cassetteDir(),
                                cassette)
                        .with("destination", destination.toString())
                        .with("partial", partial.toString());
        journal.write(entry);
        Checkpoints.reach("quarantine.copy.after-journal");
        try {
            Trees.copy(parent, name, target, partial, "quarantine.copy.during-copy");
            Checkpoints.reach("quarantine.copy.after-copy");
            target.move(partial, target, free);
        } catch (IOException e) {
            Trees.delete(target, partial, partial.toString(), new Trees.Deletion(null));
            journal.remove(entry);
            return FileResult.of(
                    FileResult.Kind.FAILED,
                    "could not copy it to "
                            + destination
                            + " ("
                            + Trees.describe(e)
                            + "); it stays where it was");
        }
        Checkpoints.reach("quarantine.copy.after-rename-in");
        Path seqName = Folder.name(Long.toString(seq));
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
                aside = Folder.name(Replace.TRASH + tag);
                parent.move(name, parent, aside);
            }
            Checkpoints.reach("quarantine.copy.after-aside");
            Trees.Deletion deletion = new Trees.Deletion(null);
            Trees.delete(holder, aside, cassette.toString(), deletion);
            Checkpoints.reach("quarantine.copy.after-delete");
            if (deletion.failed()) {
                return FileResult.at(
                        FileResult.Kind.FAILED,
                        "copied to "
                                + destination
                                + ", but the original, moved aside to "
                                + holder.path().resolve(aside)
                                + ", "
                                + deletion.failureText(),
                        destination);
            }
        }
        journal.remove(entry);
        return null;
    }

    /** Writes the note beside the cassette, never over anything; says so when it cannot. */
    private static String note(Folder target, Path free, String text) {
        Path note = Folder.name(free + NOTE_SUFFIX);
        try (SeekableByteChannel out = target.createNew(note)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            return "";
        } catch (IOException e) {
            return ", but its note could not be written: " + Trees.describe(e);
        }
    }
}
