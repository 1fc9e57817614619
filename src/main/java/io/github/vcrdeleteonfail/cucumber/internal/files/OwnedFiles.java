package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The one writer of files the plugin owns (reports, notes, lists): each is written whole under a
 * unique temporary name and renamed into place, so readers and concurrent writers never see a mixed
 * file. It replaces only a regular file whose content carries the ownership marker, one the plugin
 * wrote earlier; a hand-written file, a link (never followed), a FIFO, a device node or a folder at
 * the path is refused and left untouched. A check-then-rename window remains: a file put at the
 * path by someone else in the instant between the check and the rename is replaced.
 */
@API(status = API.Status.INTERNAL)
public final class OwnedFiles {

    /** The largest existing file read to look for the marker: {@value} bytes. */
    static final int MAX_READ = 64 * 1024 * 1024;

    /**
     * Serialises {@link #update} and {@link #append} per file in this JVM; OS locks do it across
     * JVMs.
     */
    private static final ConcurrentHashMap<Path, Object> UPDATING = new ConcurrentHashMap<>();

    private OwnedFiles() {}

    /**
     * Writes a file whole, creating its folders.
     *
     * @param file where to write
     * @param content the content; must contain the marker
     * @param marker text that only the plugin's own files of this kind contain
     * @return WRITTEN, REFUSED (something not the plugin's is there) or FAILED, with the reason
     */
    public static FileResult write(Path file, String content, String marker) {
        return update(file, existing -> content, marker, false);
    }

    /**
     * Reads, merges and writes a file that several runs (threads, forks) add to; writers are
     * serialised (in this JVM by a monitor, across JVMs by an advisory lock on a small lock file
     * {@code .<name>.lock} left beside it), so no entry is lost.
     *
     * @param file where to write
     * @param merge from the current content (empty when there is no file) to the new content, which
     *     must contain the marker, or to null to leave the file as it is
     * @param marker text that only the plugin's own files of this kind contain
     * @return WRITTEN, UNCHANGED (the merge gave null), REFUSED or FAILED, with the reason
     */
    public static FileResult update(
            Path file, Function<Optional<String>, String> merge, String marker) {
        return update(file, merge, marker, true);
    }

    private static FileResult update(
            Path file, Function<Optional<String>, String> merge, String marker, boolean locked) {
        requireNonNull(merge, "merge");
        requireNonNull(marker, "marker");
        Path absolute = requireNonNull(file, "file").toAbsolutePath().normalize();
        if (marker.isEmpty() || absolute.getParent() == null) {
            throw new IllegalArgumentException("an owned file needs a marker and a folder");
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            return failed(absolute, e);
        }
        if (!locked) {
            return writeChecked(absolute, merge, marker);
        }
        synchronized (UPDATING.computeIfAbsent(absolute, k -> new Object())) {
            Path lockFile = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
            try (FileChannel channel = CassetteLocks.openLockFile(lockFile, true)) {
                FileLock lock = channel.lock();
                try {
                    return writeChecked(absolute, merge, marker);
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                return failed(absolute, e);
            }
        }
    }

    /**
     * Appends text to a file that someone else names and owns, such as the job summary file of a CI
     * runner: the file is created when absent (its folder must exist), never replaced; a link
     * (never followed), a folder or a special file at the path is refused. An advisory lock on the
     * file is held while writing, so that runs and forks appending at once do not interleave.
     *
     * @param file where to append
     * @param text what to append
     * @return WRITTEN, REFUSED or FAILED, with the reason
     */
    public static FileResult append(Path file, String text) {
        requireNonNull(text, "text");
        Path absolute = requireNonNull(file, "file").toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                return FileResult.of(
                        FileResult.Kind.REFUSED,
                        "refused to append to "
                                + absolute
                                + ": it is not a regular file (a link, folder or special file);"
                                + " it is left untouched");
            }
            // The OS lock serialises forks; within this JVM a second lock would throw instead.
            synchronized (UPDATING.computeIfAbsent(absolute, k -> new Object())) {
                try (FileChannel channel =
                        FileChannel.open(
                                absolute,
                                StandardOpenOption.CREATE,
                                StandardOpenOption.APPEND,
                                LinkOption.NOFOLLOW_LINKS)) {
                    FileLock lock = channel.lock();
                    try {
                        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                        while (bytes.hasRemaining()) {
                            channel.write(bytes);
                        }
                    } finally {
                        lock.release();
                    }
                }
            }
            return FileResult.at(FileResult.Kind.WRITTEN, "appended", absolute);
        } catch (IOException e) {
            return failed(absolute, e);
        }
    }

    private static FileResult writeChecked(
            Path file, Function<Optional<String>, String> merge, String marker) {
        Path name = file.getFileName();
        try (Folder folder = Folders.openRoot(file.getParent(), true)) {
            Optional<String> existing = owned(folder, name, marker);
            if (existing == null) {
                return refused(folder, name, file);
            }
            String content = merge.apply(existing);
            if (content == null) {
                return FileResult.of(FileResult.Kind.UNCHANGED, "left as it was");
            }
            if (!content.contains(marker)) {
                throw new IllegalArgumentException(
                        "the content of an owned file must contain its marker " + marker);
            }
            Path temporary = Folder.name("." + name + ".vcr-" + UUID.randomUUID() + ".tmp");
            try (SeekableByteChannel out = folder.createNew(temporary)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            // Look again just before the rename: the window for a swap stays as short as can be.
            if (owned(folder, name, marker) == null) {
                folder.deleteFile(temporary);
                return refused(folder, name, file);
            }
            folder.move(temporary, folder, name);
            return FileResult.at(FileResult.Kind.WRITTEN, "written", file);
        } catch (IOException e) {
            return failed(file, e);
        }
    }

    /** The current content if absent (empty) or owned; null when something else is there. */
    private static Optional<String> owned(Folder folder, Path name, String marker)
            throws IOException {
        if (folder.typeOf(name) == Folder.Type.ABSENT) {
            return Optional.empty();
        }
        if (folder.typeOf(name) != Folder.Type.FILE) {
            return null;
        }
        try (SeekableByteChannel in = folder.read(name)) {
            if (in.size() > MAX_READ) {
                return null;
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) in.size());
            while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                // read it all
            }
            String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
            return text.contains(marker) ? Optional.of(text) : null;
        }
    }

    private static FileResult refused(Folder folder, Path name, Path file) throws IOException {
        String what;
        switch (folder.typeOf(name)) {
            case LINK:
                what = "a symbolic link (never followed or replaced)";
                break;
            case FOLDER:
                what = "a folder";
                break;
            case OTHER:
                what = "a FIFO, socket or device node";
                break;
            default:
                what = "a file the plugin did not write (it lacks the plugin's marker)";
        }
        return FileResult.of(
                FileResult.Kind.REFUSED,
                "refused to write " + file + ": " + what + " is there; it is left untouched");
    }

    private static FileResult failed(Path file, IOException e) {
        return FileResult.of(
                FileResult.Kind.FAILED, "could not write " + file + ": " + Trees.describe(e));
    }
}
