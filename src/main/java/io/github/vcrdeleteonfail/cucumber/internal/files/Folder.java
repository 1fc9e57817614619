package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * An opened folder: every operation names a single entry of it and never follows a symbolic link at
 * that entry. With {@link HandleFolder} the folder is a handle (the entry is resolved by the kernel
 * relative to it); with {@link CheckedFolder} it is a path checked when it was opened. Names are
 * single-segment {@link Path}s, as listed, so that names in any encoding round-trip.
 */
interface Folder extends Closeable {

    /** What an entry is, seen without following links. */
    enum Type {
        /** Nothing by that name. */
        ABSENT,
        /** A regular file. */
        FILE,
        /** A folder. */
        FOLDER,
        /** A symbolic link (never followed). */
        LINK,
        /** A FIFO, socket or device node: never read, copied or written. */
        OTHER
    }

    /** The path this folder was opened by, for messages and for the few path-based steps. */
    Path path();

    /** Whether the folder is a kernel handle rather than a checked path. */
    boolean isHandle();

    /** Reads an entry's attributes without following a link. */
    BasicFileAttributes attributes(Path name) throws IOException;

    /** Tells what an entry is; {@link Type#ABSENT} when there is none. */
    Type typeOf(Path name) throws IOException;

    /**
     * Opens a sub-folder; a link there is refused with {@link LinkOnTheWay}, anything but a folder
     * with {@link java.nio.file.NotDirectoryException}.
     */
    Folder open(Path name) throws IOException;

    /** Lists the entries' names (a single pass over the folder). */
    List<Path> names() throws IOException;

    /** Removes an entry that is not a folder (a link is removed, never followed). */
    void deleteFile(Path name) throws IOException;

    /** Removes an empty sub-folder. */
    void deleteFolder(Path name) throws IOException;

    /**
     * Renames an entry atomically into another folder of the same kind, replacing a file or empty
     * folder there as rename(2) does; across file systems throws {@link
     * java.nio.file.AtomicMoveNotSupportedException}.
     */
    void move(Path name, Folder target, Path targetName) throws IOException;

    /** Opens a regular file for reading, refusing a link. */
    SeekableByteChannel read(Path name) throws IOException;

    /** Creates a new file for writing; fails if anything (even a dangling link) has the name. */
    SeekableByteChannel createNew(Path name) throws IOException;

    /** Reads the target of a link. */
    Path readLink(Path name) throws IOException;

    /** Creates a symbolic link; fails if the name is taken. */
    void createLink(Path name, Path target) throws IOException;

    /** Creates a sub-folder and opens it. */
    Folder createFolder(Path name) throws IOException;

    /** Sets an entry's modification time, without following a link. */
    void setModified(Path name, FileTime time) throws IOException;

    @Override
    void close();

    /** Makes a single-segment name from text. */
    static Path name(String text) {
        return Path.of(text);
    }
}
