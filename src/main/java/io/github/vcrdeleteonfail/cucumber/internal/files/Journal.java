package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The journal of one run: a folder with one small file per unfinished multi-step operation. Each
 * write is a complete file under a unique temporary name renamed over the entry, each removal one
 * unlink, so an entry is always whole or absent. Survives {@code kill -9} (the page cache
 * persists); power loss is out of scope, so nothing is synced to disk.
 */
final class Journal {

    private final Path folder;

    Journal(Path folder) {
        this.folder = folder;
    }

    /** Writes or replaces an entry atomically. */
    void write(JournalEntry entry) throws IOException {
        Files.createDirectories(folder);
        Path temporary = folder.resolve(".tmp-" + UUID.randomUUID());
        Files.write(
                temporary,
                entry.format().getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        Files.move(temporary, folder.resolve(entry.fileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes an entry; a missing one is fine. */
    void remove(JournalEntry entry) throws IOException {
        Files.deleteIfExists(folder.resolve(entry.fileName()));
    }

    /** Reads every entry, oldest first; temporary files of interrupted writes are removed. */
    static List<JournalEntry> read(Path folder) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".tmp-")) {
                    Files.deleteIfExists(file);
                } else if (name.endsWith(".entry")
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    entries.add(JournalEntry.parse(Files.readString(file)));
                }
            }
        } catch (NoSuchFileException e) {
            return entries;
        }
        entries.sort(Comparator.comparingLong(JournalEntry::seq));
        return entries;
    }
}
