package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Deletes, copies and compares files, links and folders through opened {@link Folder}s, never
 * following a link: a link is deleted, copied and compared as a link. FIFOs, sockets and device
 * nodes are deleted (as names) but never opened, copied or compared.
 */
final class Trees {

    private Trees() {}

    /** What a deletion did: entries removed, and every failure by sorted relative path. */
    static final class Deletion {
        private final String checkpoint;
        private final Map<String, String> failures = new TreeMap<>();
        private int deleted;

        /** Starts a deletion that reaches a checkpoint after its first removed entry, if any. */
        Deletion(String checkpoint) {
            this.checkpoint = checkpoint;
        }

        int deleted() {
            return deleted;
        }

        boolean failed() {
            return !failures.isEmpty();
        }

        /** The failures, as "could not delete 3 entries: a/b: AccessDeniedException ...". */
        String failureText() {
            List<String> lines = new ArrayList<>();
            failures.forEach((path, cause) -> lines.add(path + ": " + cause));
            return "could not delete "
                    + failures.size()
                    + (failures.size() == 1 ? " entry: " : " entries: ")
                    + String.join("; ", lines);
        }

        private void removed() {
            deleted++;
            if (deleted == 1 && checkpoint != null) {
                Checkpoints.reach(checkpoint);
            }
        }
    }

    /**
     * Deletes an entry: a file, link or other non-folder with one call; a folder by its contents
     * first. Tries the cheap removal first and looks only when it fails, so a file costs a single
     * unlink.
     *
     * @param parent the folder holding the entry
     * @param name the entry
     * @param shown the entry's path for messages
     * @param deletion collects counts and failures
     */
    static void delete(Folder parent, Path name, String shown, Deletion deletion) {
        try {
            parent.deleteFile(name);
            deletion.removed();
            return;
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            try {
                if (parent.typeOf(name) != Folder.Type.FOLDER) {
                    deletion.failures.put(shown, describe(e));
                    return;
                }
            } catch (IOException again) {
                deletion.failures.put(shown, describe(again));
                return;
            }
        }
        try (Folder folder = parent.open(name)) {
            for (Path entry : folder.names()) {
                delete(folder, entry, shown + "/" + entry, deletion);
            }
        } catch (LinkOnTheWay e) {
            // Swapped for a link since it was looked at: remove the link, never follow it.
            delete(parent, name, shown, deletion);
            return;
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            deletion.failures.put(shown, describe(e));
            return;
        }
        try {
            parent.deleteFolder(name);
            deletion.removed();
        } catch (NoSuchFileException e) {
            // Someone else removed it: fine.
        } catch (IOException e) {
            deletion.failures.putIfAbsent(shown, describe(e));
        }
    }

    /**
     * Copies a file, link or folder to a name that must not exist yet, keeping file modification
     * times; reaches a checkpoint after the first file copied.
     *
     * @param from the folder holding the source
     * @param name the source
     * @param to the folder to copy into
     * @param toName the new name
     * @param checkpoint reached once a first file is copied, or null
     */
    static void copy(Folder from, Path name, Folder to, Path toName, String checkpoint)
            throws IOException {
        copy(from, name, from.attributes(name), to, toName, checkpoint, new boolean[1]);
    }

    /**
     * Copies what the caller has just looked at: its attributes are not read again. A file swapped
     * for a link meanwhile is refused when it is opened (never followed).
     */
    static void copy(
            Folder from,
            Path name,
            BasicFileAttributes seen,
            Folder to,
            Path toName,
            String checkpoint)
            throws IOException {
        copy(from, name, seen, to, toName, checkpoint, new boolean[1]);
    }

    private static void copy(
            Folder from,
            Path name,
            BasicFileAttributes attributes,
            Folder to,
            Path toName,
            String checkpoint,
            boolean[] reached)
            throws IOException {
        switch (CheckedFolder.typeOf(attributes)) {
            case FILE:
                try (SeekableByteChannel in = from.read(name);
                        SeekableByteChannel out = to.createNew(toName)) {
                    transfer(in, out);
                }
                to.setModified(toName, attributes.lastModifiedTime());
                if (!reached[0] && checkpoint != null) {
                    reached[0] = true;
                    Checkpoints.reach(checkpoint);
                }
                return;
            case LINK:
                to.createLink(toName, from.readLink(name));
                return;
            case FOLDER:
                try (Folder source = from.open(name);
                        Folder copy = to.createFolder(toName)) {
                    for (Path entry : source.names()) {
                        copy(
                                source,
                                entry,
                                source.attributes(entry),
                                copy,
                                entry,
                                checkpoint,
                                reached);
                    }
                }
                return;
            default:
                throw new FileSystemException(
                        from.path().resolve(name).toString(),
                        null,
                        "not a regular file, folder or link (a FIFO, socket or device node), never"
                                + " copied");
        }
    }

    private static void transfer(SeekableByteChannel in, SeekableByteChannel out)
            throws IOException {
        if (in instanceof FileChannel && out instanceof FileChannel) {
            FileChannel source = (FileChannel) in;
            long size = source.size();
            long done = 0;
            while (done < size) {
                long moved = source.transferTo(done, size - done, (FileChannel) out);
                if (moved <= 0) {
                    break;
                }
                done += moved;
            }
            if (done == size) {
                return;
            }
            source.position(done);
        }
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (in.read(buffer) >= 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            buffer.clear();
        }
    }

    /**
     * Tells whether two entries are the same: both absent, links with the same target, files with
     * the same bytes, or folders with the same names holding the same entries.
     */
    static boolean same(Folder a, Path aName, Folder b, Path bName) throws IOException {
        Folder.Type type = a.typeOf(aName);
        if (type != b.typeOf(bName)) {
            return false;
        }
        switch (type) {
            case ABSENT:
                return true;
            case LINK:
                return a.readLink(aName).equals(b.readLink(bName));
            case FILE:
                try (SeekableByteChannel inA = a.read(aName);
                        SeekableByteChannel inB = b.read(bName)) {
                    return inA.size() == inB.size() && sameBytes(inA, inB);
                }
            case FOLDER:
                try (Folder folderA = a.open(aName);
                        Folder folderB = b.open(bName)) {
                    List<Path> names = sorted(folderA.names());
                    if (!names.equals(sorted(folderB.names()))) {
                        return false;
                    }
                    for (Path entry : names) {
                        if (!same(folderA, entry, folderB, entry)) {
                            return false;
                        }
                    }
                    return true;
                }
            default:
                return false;
        }
    }

    private static List<Path> sorted(List<Path> names) {
        List<Path> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return sorted;
    }

    private static boolean sameBytes(SeekableByteChannel a, SeekableByteChannel b)
            throws IOException {
        ByteBuffer bufferA = ByteBuffer.allocate(32 * 1024);
        ByteBuffer bufferB = ByteBuffer.allocate(32 * 1024);
        while (true) {
            int readA = fill(a, bufferA);
            int readB = fill(b, bufferB);
            if (readA != readB || !bufferA.flip().equals(bufferB.flip())) {
                return false;
            }
            if (readA < bufferA.capacity()) {
                return true;
            }
            bufferA.clear();
            bufferB.clear();
        }
    }

    private static int fill(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading until full or at the end
        }
        return buffer.position();
    }

    /** The newest modification time of an entry and everything in it; empty when absent. */
    static Optional<FileTime> newest(Folder parent, Path name) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = parent.attributes(name);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        FileTime newest = attributes.lastModifiedTime();
        if (attributes.isDirectory()) {
            try (Folder folder = parent.open(name)) {
                for (Path entry : folder.names()) {
                    Optional<FileTime> inner = newest(folder, entry);
                    if (inner.isPresent() && inner.get().compareTo(newest) > 0) {
                        newest = inner.get();
                    }
                }
            }
        }
        return Optional.of(newest);
    }

    /** An exception as "ClassName (message)", for details. */
    static String describe(Exception e) {
        String message = e.getMessage();
        if (message != null && e.getClass() == IOException.class) {
            return message; // this plugin's own words: the class name would add nothing
        }
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
