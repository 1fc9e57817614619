package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;

/** Opens folders: a root by path, then sub-folders one segment at a time, never through a link. */
final class Folders {

    private Folders() {}

    /**
     * Opens a root folder by path, as a handle where the platform offers one and it is wanted.
     *
     * @param path the folder (a link there is followed: the user chose it)
     * @param handles whether to use handles where offered
     * @return the opened folder
     */
    static Folder openRoot(Path path, boolean handles) throws IOException {
        if (handles) {
            Folder handle = HandleFolder.openRoot(path);
            if (handle != null) {
                return handle;
            }
        }
        return CheckedFolder.openRoot(path);
    }

    /** Tells whether the platform offers folder handles, judged on an existing folder. */
    static boolean handlesOffered(Path existingFolder) {
        try (Folder folder = HandleFolder.openRoot(existingFolder)) {
            return folder != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens the folder that holds a cassette (its parent), segment by segment.
     *
     * @param root the opened cassette folder
     * @param segments the cassette's segments; all but the last are opened
     * @param create whether to create missing folders on the way
     * @return the parent, to be closed by the caller
     * @throws LinkOnTheWay when a segment on the way is a link
     * @throws NoSuchFileException when a folder on the way is missing and not created
     * @throws NotDirectoryException when a segment on the way is not a folder
     */
    static Folder parentOf(Folder root, List<String> segments, boolean create) throws IOException {
        return descend(root, segments.subList(0, segments.size() - 1), create);
    }

    /**
     * Opens a folder below another, segment by segment, never through a link; the starting folder
     * is not closed here, and is itself returned when there are no segments.
     */
    static Folder descend(Folder start, List<String> segments, boolean create) throws IOException {
        if (segments.isEmpty()) {
            // The folder itself: no second handle (closing a handle twice is harmless).
            return start;
        }
        Folder current = start;
        try {
            for (String segment : segments) {
                Folder next = step(current, Folder.name(segment), create);
                if (current != start) {
                    current.close();
                }
                current = next;
            }
            return current;
        } catch (IOException | RuntimeException e) {
            if (current != start) {
                current.close();
            }
            throw e;
        }
    }

    /** Opens one sub-folder, refusing a link, creating it when asked and missing. */
    static Folder step(Folder folder, Path name, boolean create) throws IOException {
        // Look before opening: opening a FIFO for reading would block.
        switch (folder.typeOf(name)) {
            case FOLDER:
                return folder.open(name);
            case LINK:
                throw new LinkOnTheWay(folder.path().resolve(name), readQuietly(folder, name));
            case ABSENT:
                if (!create) {
                    throw new NoSuchFileException(folder.path().resolve(name).toString());
                }
                try {
                    return folder.createFolder(name);
                } catch (FileAlreadyExistsException e) {
                    return step(folder, name, false);
                }
            default:
                throw new NotDirectoryException(folder.path().resolve(name).toString());
        }
    }

    private static Path readQuietly(Folder folder, Path name) {
        try {
            return folder.readLink(name);
        } catch (IOException e) {
            return null;
        }
    }
}
