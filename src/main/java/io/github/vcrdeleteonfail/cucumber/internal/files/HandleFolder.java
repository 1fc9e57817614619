package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A folder held as a kernel handle ({@link SecureDirectoryStream}): entries are resolved relative
 * to the handle with {@code NOFOLLOW_LINKS} (openat, unlinkat, renameat, fstatat), so a folder
 * swapped for a link after it was opened cannot redirect any of them. Three steps have no handle
 * form in Java and go by path: creating a folder (then opened through the handle, so a swapped
 * parent makes the open fail, at worst leaving an empty folder elsewhere), creating a link (made
 * under a unique name, checked through the handle, then renamed) and reading a link's target.
 *
 * <p>A handle may be shared ({@link FolderHandles} keeps verified handles for reuse): it counts its
 * users, and the kernel handle is closed when the last one closes it.
 */
final class HandleFolder implements Folder {

    private static final Path SELF = Path.of(".");

    private final SecureDirectoryStream<Path> stream;
    private final Path path;
    private final AtomicInteger users = new AtomicInteger(1);

    private HandleFolder(SecureDirectoryStream<Path> stream, Path path) {
        this.stream = stream;
        this.path = path;
    }

    /**
     * Opens a folder by path (following a link there, as the user chose it) as a handle.
     *
     * @param path the folder
     * @return the handle, or null where the platform offers none
     */
    static HandleFolder openRoot(Path path) throws IOException {
        // Look first: opening reads, and reading a FIFO put at the folder's place waits forever.
        if (!Files.readAttributes(path, BasicFileAttributes.class).isDirectory()) {
            throw new NotDirectoryException(path.toString());
        }
        DirectoryStream<Path> opened = Files.newDirectoryStream(path);
        if (opened instanceof SecureDirectoryStream) {
            return new HandleFolder((SecureDirectoryStream<Path>) opened, path);
        }
        opened.close();
        return null;
    }

    @Override
    public Path path() {
        return path;
    }

    /**
     * Adds a user of this handle; each user closes it once.
     *
     * @return this handle
     */
    HandleFolder retain() {
        users.incrementAndGet();
        return this;
    }

    /**
     * Identifies the folder held (device and inode on Unix), read from the handle itself.
     *
     * @return the file key
     */
    Object key() throws IOException {
        return stream.getFileAttributeView(BasicFileAttributeView.class).readAttributes().fileKey();
    }

    @Override
    public boolean isHandle() {
        return true;
    }

    @Override
    public BasicFileAttributes attributes(Path name) throws IOException {
        return stream.getFileAttributeView(
                        name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
    }

    @Override
    public Type typeOf(Path name) throws IOException {
        try {
            return CheckedFolder.typeOf(attributes(name));
        } catch (NoSuchFileException e) {
            return Type.ABSENT;
        }
    }

    @Override
    public Folder open(Path name) throws IOException {
        try {
            return new HandleFolder(
                    stream.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS),
                    path.resolve(name).normalize());
        } catch (NotDirectoryException | NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            // O_NOFOLLOW on a link fails with ELOOP: name the link and where it points.
            if (typeOf(name) == Type.LINK) {
                throw new LinkOnTheWay(path.resolve(name), readLinkQuietly(name));
            }
            throw e;
        }
    }

    private Path readLinkQuietly(Path name) {
        try {
            return readLink(name);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public List<Path> names() throws IOException {
        // A handle's own iterator can be used once: list through a fresh handle of the same folder.
        try (SecureDirectoryStream<Path> again =
                stream.newDirectoryStream(SELF, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> names = new ArrayList<>();
            for (Path entry : again) {
                names.add(entry.getFileName());
            }
            return names;
        }
    }

    @Override
    public void deleteFile(Path name) throws IOException {
        stream.deleteFile(name);
    }

    @Override
    public void deleteFolder(Path name) throws IOException {
        stream.deleteDirectory(name);
    }

    @Override
    public void move(Path name, Folder target, Path targetName) throws IOException {
        stream.move(name, ((HandleFolder) target).stream, targetName);
    }

    @Override
    public SeekableByteChannel read(Path name) throws IOException {
        return stream.newByteChannel(
                name, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    @Override
    public SeekableByteChannel createNew(Path name) throws IOException {
        return stream.newByteChannel(
                name,
                Set.of(
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS));
    }

    @Override
    public Path readLink(Path name) throws IOException {
        return Files.readSymbolicLink(path.resolve(name));
    }

    @Override
    public void createLink(Path name, Path target) throws IOException {
        if (typeOf(name) != Type.ABSENT) {
            throw new java.nio.file.FileAlreadyExistsException(path.resolve(name).toString());
        }
        Path unique = Path.of(".vcr-link-" + java.util.UUID.randomUUID());
        Files.createSymbolicLink(path.resolve(unique), target);
        if (typeOf(unique) != Type.LINK) {
            // The folder was swapped after it was opened: the link landed elsewhere. Take our
            // own uniquely named link back; never anything else.
            Files.deleteIfExists(path.resolve(unique));
            throw new FileSystemException(
                    path.toString(), null, "the folder was replaced while a link was created");
        }
        stream.move(unique, stream, name);
    }

    @Override
    public Folder createFolder(Path name) throws IOException {
        Files.createDirectory(path.resolve(name));
        try {
            return open(name);
        } catch (NoSuchFileException e) {
            throw new FileSystemException(
                    path.toString(), null, "the folder was replaced while a folder was created");
        }
    }

    @Override
    public void setModified(Path name, FileTime time) throws IOException {
        stream.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(time, null, null);
    }

    @Override
    public void close() {
        if (users.decrementAndGet() != 0) {
            return; // another user still works through it
        }
        try {
            stream.close();
        } catch (IOException e) {
            // Closing a directory handle releases a descriptor; nothing can be done about it.
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
