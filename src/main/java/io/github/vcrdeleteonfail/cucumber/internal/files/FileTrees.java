package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Copies and compares files and folders without ever following a symbolic link. */
final class FileTrees {

    private FileTrees() {}

    /** Copies a file, link or folder to a place that does not exist yet. */
    static void copy(Path source, Path destination) throws IOException {
        Files.createDirectories(destination.getParent());
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(
                    source,
                    destination,
                    LinkOption.NOFOLLOW_LINKS,
                    StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        Files.walkFileTree(
                source,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a)
                            throws IOException {
                        Files.createDirectories(destination.resolve(source.relativize(dir)));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                            throws IOException {
                        Files.copy(
                                file,
                                destination.resolve(source.relativize(file)),
                                LinkOption.NOFOLLOW_LINKS,
                                StandardCopyOption.COPY_ATTRIBUTES);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    /** Tells whether two files, links or folders hold exactly the same entries and bytes. */
    static boolean same(Path a, Path b) throws IOException {
        boolean aExists = Files.exists(a, LinkOption.NOFOLLOW_LINKS);
        boolean bExists = Files.exists(b, LinkOption.NOFOLLOW_LINKS);
        if (!aExists || !bExists) {
            return aExists == bExists;
        }
        if (Files.isSymbolicLink(a) || Files.isSymbolicLink(b)) {
            return Files.isSymbolicLink(a)
                    && Files.isSymbolicLink(b)
                    && Files.readSymbolicLink(a).equals(Files.readSymbolicLink(b));
        }
        boolean aFolder = Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS);
        if (aFolder != Files.isDirectory(b, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!aFolder) {
            return sameBytes(a, b);
        }
        List<Path> aEntries = entries(a);
        if (!aEntries.equals(entries(b))) {
            return false;
        }
        for (Path entry : aEntries) {
            if (!same(a.resolve(entry), b.resolve(entry))) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(folder::relativize).sorted().collect(Collectors.toList());
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        if (Files.size(a) != Files.size(b)) {
            return false;
        }
        byte[] bufferA = new byte[8192];
        byte[] bufferB = new byte[8192];
        try (InputStream inA = Files.newInputStream(a);
                InputStream inB = Files.newInputStream(b)) {
            while (true) {
                int readA = inA.readNBytes(bufferA, 0, bufferA.length);
                int readB = inB.readNBytes(bufferB, 0, bufferB.length);
                if (readA != readB || !Arrays.equals(bufferA, 0, readA, bufferB, 0, readB)) {
                    return false;
                }
                if (readA == 0) {
                    return true;
                }
            }
        }
    }
}
