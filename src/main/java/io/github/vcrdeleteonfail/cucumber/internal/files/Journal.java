package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The journal of one run: a folder with one small file per unfinished multi-step operation. Each
 * write is a complete file under a unique temporary name renamed over the entry, each removal one
 * unlink, so an entry is always whole or absent. Survives {@code kill -9} (the page cache
 * persists); power loss is out of scope, so nothing is synced to disk.
 */
final class Journal {

    /**
     * Numbers the temporary files of this JVM. Only the run that owns a journal writes to it (its
     * run folder is locked), so a counter is unique enough, and cheaper than a random UUID, which
     * seeds a secure random generator; a name taken all the same is skipped.
     */
    private static final AtomicLong TEMPORARIES = new AtomicLong();

    /** Temporary names tried for one write before giving up. */
    static final int ATTEMPTS = 100;

    private final Path folder;

    /** Whether this object created or found the folder: a run writes many entries. */
    private volatile boolean created;

    Journal(Path folder) {
        this.folder = folder;
    }

    /** The number of the last temporary name handed out in this JVM: for tests. */
    static long lastTemporary() {
        return TEMPORARIES.get();
    }

    /** Writes or replaces an entry atomically. */
    void write(JournalEntry entry) throws IOException {
        byte[] text = entry.format().getBytes(StandardCharsets.UTF_8);
        if (!created) {
            Files.createDirectories(folder);
            created = true;
        }
        Path temporary;
        try {
            temporary = writeTemporary(text);
        } catch (NoSuchFileException e) {
            Files.createDirectories(folder); // removed since it was created: create it again
            temporary = writeTemporary(text);
        }
        Files.move(temporary, folder.resolve(entry.fileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path writeTemporary(byte[] text) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temporary = folder.resolve(".tmp-" + TEMPORARIES.incrementAndGet());
            try {
                Files.write(
                        temporary,
                        text,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
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
