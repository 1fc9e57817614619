package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folder handles of one cassette folder, kept across operations instead of opened for each:
 * opening a handle costs seven system calls here, checking a kept one costs one per folder level.
 *
 * <p>A kept handle is used only after checking, at each use, that it still holds the folder at its
 * place: the first level is looked up by path ({@code cassette-dir/<first>}, not following a link
 * there; a link at {@code cassette-dir} itself is followed, as when it is opened by path), each
 * deeper level through the checked handle above it ({@code fstatat} without following links), and
 * the folder found must be the very one the handle holds (device and inode). A folder renamed out
 * of {@code cassette-dir}, replaced by another or by a link, or deleted fails the check, and the
 * place is opened afresh from its checked parent, exactly as without kept handles (links refused).
 * The inode of a kept folder cannot be reused by a new folder while the handle is open, so equal
 * keys mean the same folder. What remains is the race every handle has, kept or not: a folder moved
 * away between the check and the operation, microseconds later (see docs/safety.md).
 *
 * <p>At most {@value #MAX_KEPT} handles are kept, the least recently used dropped first; a dropped
 * handle closes once no operation uses it. {@link #close()} drops them all at the end of the run.
 */
final class FolderHandles {

    /** Folders kept open: two descriptors each. */
    static final int MAX_KEPT = 32;

    private final Path cassetteDir;
    private boolean closed;

    /** By the segments of the folder below cassette-dir (empty: cassette-dir itself). */
    private final Map<List<String>, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Kept {
        final HandleFolder folder;
        final Object key;
        final Path at; // for the first level, the path its check looks up; else null

        Kept(HandleFolder folder, Object key, Path at) {
            this.folder = folder;
            this.key = key;
            this.at = at;
        }
    }

    FolderHandles(Path cassetteDir) {
        this.cassetteDir = cassetteDir;
    }

    /**
     * Opens the folder that holds a cassette, through checked kept handles where possible.
     *
     * @param segments the cassette's segments; all but the last are folders
     * @param create whether to create missing folders on the way
     * @return the parent folder, to be closed once by the caller
     * @throws LinkOnTheWay when a segment on the way is a link
     * @throws NoSuchFileException when a folder on the way is missing and not created
     * @throws java.nio.file.NotDirectoryException when a segment on the way is not a folder
     */
    synchronized Folder parentOf(List<String> segments, boolean create) throws IOException {
        int depth = segments.size() - 1;
        if (depth == 0) {
            return root();
        }
        HandleFolder above = null; // the checked folder one level up, retained by this method
        try {
            for (int level = 1; level <= depth; level++) {
                List<String> place = segments.subList(0, level);
                HandleFolder folder = checked(place, above);
                if (folder == null) {
                    folder = open(place, above, create);
                }
                if (above != null) {
                    above.close();
                }
                above = folder;
            }
            HandleFolder parent = above;
            above = null;
            return parent;
        } finally {
            if (above != null) {
                above.close();
            }
        }
    }

    /** cassette-dir itself, opened by path (following a link there, as the user chose it). */
    private HandleFolder root() throws IOException {
        List<String> place = List.of();
        Kept known = kept.get(place);
        if (known != null) {
            Object now = keyOrNull(cassetteDir, false);
            if (known.key.equals(now)) {
                return known.folder.retain();
            }
            drop(place);
        }
        HandleFolder root = (HandleFolder) Folders.openRoot(cassetteDir, true);
        return keep(place, root);
    }

    /** The kept handle of a place if it still holds the folder there, retained; else null. */
    private HandleFolder checked(List<String> place, HandleFolder above) throws IOException {
        Kept known = kept.get(place);
        if (known == null) {
            return null;
        }
        Object now =
                above == null
                        ? keyOrNull(known.at, true)
                        : keyOrNull(above, Folder.name(place.get(place.size() - 1)));
        if (known.key.equals(now)) {
            return known.folder.retain();
        }
        drop(place);
        return null;
    }

    /**
     * Opens a place afresh from its checked parent, as every operation did before, and keeps it.
     */
    private HandleFolder open(List<String> place, HandleFolder above, boolean create)
            throws IOException {
        Path name = Folder.name(place.get(place.size() - 1));
        Folder opened;
        if (above == null) {
            try (Folder root = Folders.openRoot(cassetteDir, true)) {
                opened = Folders.step(root, name, create);
            }
        } else {
            opened = Folders.step(above, name, create);
        }
        return keep(place, (HandleFolder) opened);
    }

    private HandleFolder keep(List<String> place, HandleFolder folder) throws IOException {
        if (closed) {
            return folder; // the run has ended: nothing is kept any more
        }
        Object key;
        try {
            key = folder.key();
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
        drop(place);
        Path at = place.size() == 1 ? cassetteDir.resolve(place.get(0)) : null;
        kept.put(List.copyOf(place), new Kept(folder.retain(), key, at));
        if (kept.size() > MAX_KEPT) {
            Iterator<Kept> eldest = kept.values().iterator();
            eldest.next().folder.close();
            eldest.remove();
        }
        return folder;
    }

    /** Forgets a place and every kept folder below it. */
    private void drop(List<String> place) {
        Iterator<Map.Entry<List<String>, Kept>> entries = kept.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<List<String>, Kept> entry = entries.next();
            List<String> other = entry.getKey();
            if (other.size() >= place.size() && other.subList(0, place.size()).equals(place)) {
                entry.getValue().folder.close();
                entries.remove();
            }
        }
    }

    private static Object keyOrNull(Path path, boolean noFollow) throws IOException {
        try {
            BasicFileAttributes attributes =
                    noFollow
                            ? Files.readAttributes(
                                    path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            : Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isDirectory() ? attributes.fileKey() : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static Object keyOrNull(HandleFolder folder, Path name) throws IOException {
        try {
            BasicFileAttributes attributes = folder.attributes(name);
            return attributes.isDirectory() ? attributes.fileKey() : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Lets go of every kept handle; each closes once no operation uses it. */
    synchronized void close() {
        closed = true;
        List<Kept> all = new ArrayList<>(kept.values());
        kept.clear();
        for (Kept one : all) {
            one.folder.close();
        }
    }
}
