package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Puts a saved state back under a cassette's name, or removes what is there, so that the name never
 * shows a half-written or half-deleted cassette: a file is copied to a hidden sibling and renamed
 * over; a folder is copied to a hidden sibling, the current one renamed aside, the copy renamed in,
 * the aside deleted. Hidden siblings carry a tag unique to the run and step, so a repair after a
 * crash finds and removes exactly its own leftovers.
 */
final class Replace {

    static final String INCOMING = ".vcr-incoming-";
    static final String ASIDE = ".vcr-aside-";
    static final String TRASH = ".vcr-trash-";

    private Replace() {}

    /** Removes the hidden siblings an interrupted attempt with this tag may have left. */
    static void clearLeftovers(Folder parent, String tag) throws IOException {
        for (String prefix : new String[] {INCOMING, ASIDE, TRASH}) {
            deleteOrThrow(parent, Folder.name(prefix + tag));
        }
    }

    /**
     * Replaces whatever is at a name with a copy of a saved state.
     *
     * @param saved the folder holding the saved state
     * @param savedName its name there; kept
     * @param parent the cassette's folder
     * @param name the cassette's name
     * @param tag the unique tag of this step
     * @param step the checkpoint prefix ("restore", "put-back" or "recover")
     */
    static void putBack(
            Folder saved, Path savedName, Folder parent, Path name, String tag, String step)
            throws IOException {
        clearLeftovers(parent, tag);
        Path incoming = Folder.name(INCOMING + tag);
        Trees.copy(saved, savedName, parent, incoming, step + ".during-incoming");
        Checkpoints.reach(step + ".after-incoming");
        Folder.Type current = parent.typeOf(name);
        if (current == Folder.Type.FOLDER
                || (current != Folder.Type.ABSENT
                        && parent.typeOf(incoming) == Folder.Type.FOLDER)) {
            // A folder cannot be replaced by one rename: the old one goes aside first, and a
            // crash between the two renames is repaired from the saved state.
            Path aside = Folder.name(ASIDE + tag);
            parent.move(name, parent, aside);
            Checkpoints.reach(step + ".after-aside");
            parent.move(incoming, parent, name);
            Checkpoints.reach(step + ".after-rename-in");
            deleteOrThrow(parent, aside);
        } else {
            parent.move(incoming, parent, name);
            Checkpoints.reach(step + ".after-rename-in");
        }
    }

    /**
     * Removes what is at a name; a folder is renamed aside first, so it is never seen half deleted.
     *
     * @return false when there was nothing
     */
    static boolean remove(Folder parent, Path name, String tag, String step) throws IOException {
        Folder.Type type = parent.typeOf(name);
        if (type == Folder.Type.ABSENT) {
            return false;
        }
        if (type == Folder.Type.FOLDER) {
            Path aside = Folder.name(ASIDE + tag);
            parent.move(name, parent, aside);
            Checkpoints.reach(step + ".after-aside");
            deleteOrThrow(parent, aside);
        } else {
            parent.deleteFile(name);
        }
        Checkpoints.reach(step + ".after-remove");
        return true;
    }

    /** Deletes an entry and everything in it, throwing the collected failures. */
    static void deleteOrThrow(Folder parent, Path name) throws IOException {
        Trees.Deletion deletion = new Trees.Deletion(null);
        Trees.delete(parent, name, parent.path().resolve(name).toString(), deletion);
        if (deletion.failed()) {
            throw new FileSystemException(
                    parent.path().resolve(name).toString(), null, deletion.failureText());
        }
    }
}
