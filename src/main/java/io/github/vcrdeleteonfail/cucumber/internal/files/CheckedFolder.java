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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder known by path, for platforms without {@link java.nio.file.SecureDirectoryStream}
 * (Windows): when opened, its entry is checked not to be a link and its real path to be its
 * parent's real path plus its name; every entry is then acted on by path without following a link
 * at the entry. The residual race: a process that swaps this folder (or one above it) for a link
 * between the check and an operation redirects that operation; documented in docs/safety.md.
 */
final class CheckedFolder implements Folder {

    private final Path path;

    private CheckedFolder(Path path) {
        this.path = path;
    }

    /**
     * Opens a folder by path (following a link there, as the user chose it).
     *
     * @param path the folder
     * @return the checked folder
     */
    static CheckedFolder openRoot(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
            throw new NotDirectoryException(path.toString());
        }
        return new CheckedFolder(path.toRealPath());
    }

    static Type typeOf(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return Type.LINK;
        }
        if (attributes.isDirectory()) {
            return Type.FOLDER;
        }
        return attributes.isRegularFile() ? Type.FILE : Type.OTHER;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public boolean isHandle() {
        return false;
    }

    @Override
    public BasicFileAttributes attributes(Path name) throws IOException {
        return Files.readAttributes(
                path.resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public Type typeOf(Path name) throws IOException {
        try {
            return typeOf(attributes(name));
        } catch (NoSuchFileException e) {
            return Type.ABSENT;
        }
    }

    @Override
    public Folder open(Path name) throws IOException {
        Path child = path.resolve(name);
        Type type = typeOf(name);
        if (type == Type.ABSENT) {
            throw new NoSuchFileException(child.toString());
        }
        if (type == Type.LINK) {
            throw new LinkOnTheWay(child, Files.readSymbolicLink(child));
        }
        if (type != Type.FOLDER) {
            throw new NotDirectoryException(child.toString());
        }
        Path real = child.toRealPath();
        if (!real.equals(path.resolve(name).normalize())) {
            throw new FileSystemException(
                    child.toString(), null, "its real path is " + real + ": a link on the way");
        }
        return new CheckedFolder(real);
    }

    @Override
    public List<Path> names() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            List<Path> names = new ArrayList<>();
            for (Path entry : entries) {
                names.add(entry.getFileName());
            }
            return names;
        }
    }

    @Override
    public void deleteFile(Path name) throws IOException {
        if (typeOf(name) == Type.FOLDER) {
            throw new FileSystemException(path.resolve(name).toString(), null, "Is a directory");
        }
        Files.delete(path.resolve(name));
    }

    @Override
    public void deleteFolder(Path name) throws IOException {
        if (typeOf(name) != Type.FOLDER) {
            throw new NotDirectoryException(path.resolve(name).toString());
        }
        Files.delete(path.resolve(name));
    }

    @Override
    public void move(Path name, Folder target, Path targetName) throws IOException {
        Files.move(
                path.resolve(name),
                target.path().resolve(targetName),
                StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public SeekableByteChannel read(Path name) throws IOException {
        return Files.newByteChannel(
                path.resolve(name), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public SeekableByteChannel createNew(Path name) throws IOException {
        return Files.newByteChannel(
                path.resolve(name),
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public Path readLink(Path name) throws IOException {
        return Files.readSymbolicLink(path.resolve(name));
    }

    @Override
    public void createLink(Path name, Path target) throws IOException {
        Files.createSymbolicLink(path.resolve(name), target);
    }

    @Override
    public Folder createFolder(Path name) throws IOException {
        Files.createDirectory(path.resolve(name));
        return open(name);
    }

    @Override
    public void setModified(Path name, FileTime time) throws IOException {
        Files.getFileAttributeView(
                        path.resolve(name), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(time, null, null);
    }

    @Override
    public void close() {
        // Nothing is held.
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
