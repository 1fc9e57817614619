package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.Path;

/** Removes the contents of the plugin's own run folders, never following a link. */
final class RunFolders {

    private RunFolders() {}

    /**
     * Deletes everything in a folder but one entry.
     *
     * @param folder a run folder
     * @param keep the name of the entry to keep (the run's lock file); what cannot be deleted stays
     *     for the next run's recovery, which reports it
     * @throws LinkOnTheWay when a link is at the run folder's name: nothing is deleted
     */
    static void deleteAllBut(Path folder, String keep) throws IOException {
        Trees.Deletion deletion = new Trees.Deletion(null);
        // Opened from the work folder, never through a link put at the run folder's name.
        try (Folder work = Folders.openRoot(folder.getParent(), true);
                Folder opened = Folders.step(work, folder.getFileName(), false)) {
            for (Path name : opened.names()) {
                if (!name.toString().equals(keep)) {
                    Trees.delete(opened, name, name.toString(), deletion);
                }
            }
        }
    }
}
