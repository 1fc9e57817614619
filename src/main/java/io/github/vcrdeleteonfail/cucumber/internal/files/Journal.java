package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The journal of one run: a folder with one small file per unfinished multi-step operation. Each
 * write is a complete file under a unique temporary name renamed over the entry, each removal one
 * unlink, so an entry is always whole or absent. Survives {@code kill -9} (the page cache
 * persists); power loss is out of scope, so nothing is synced to disk.
 *
 * <p>The journal folder is reached from the run folder's handle and never through a link: a link
 * put at {@code journal} is refused ({@link LinkOnTheWay}), so no entry is written, read or removed
 * in the folder it leads to.
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

    private static final Path FOLDER = Folder.name(WorkFolder.JOURNAL);

    /**
     * The most an entry may hold, in bytes: entries are a few hundred bytes, and a larger file (put
     * there by someone else) is refused rather than read whole into memory.
     */
    static final int MAX_ENTRY = 64 * 1024;

    private final WorkFolder work;

    /** The journal of a live run, in its run folder, which is created when first written to. */
    Journal(WorkFolder work) {
        this.work = work;
    }

    /** The number of the last temporary name handed out in this JVM: for tests. */
    static long lastTemporary() {
        return TEMPORARIES.get();
    }

    /** Writes or replaces an entry atomically. */
    void write(JournalEntry entry) throws IOException {
        byte[] text = entry.format().getBytes(StandardCharsets.UTF_8);
        try (Folder folder = work.runSubFolder(WorkFolder.JOURNAL, true)) {
            Path temporary = writeTemporary(folder, text);
            try {
                folder.move(temporary, folder, Folder.name(entry.fileName()));
            } catch (IOException | RuntimeException e) {
                deleteQuietly(folder, temporary);
                throw e;
            }
        }
    }

    private static Path writeTemporary(Folder folder, byte[] text) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temporary = Folder.name(".tmp-" + TEMPORARIES.incrementAndGet());
            SeekableByteChannel out;
            try {
                out = folder.createNew(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            try (out) {
                ByteBuffer bytes = ByteBuffer.wrap(text);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            } catch (IOException | RuntimeException e) {
                deleteQuietly(folder, temporary);
                throw e;
            }
            return temporary;
        }
    }

    private static void deleteQuietly(Folder folder, Path name) {
        try {
            folder.deleteFile(name);
        } catch (IOException e) {
            // A temporary file left is removed by the next read of the journal.
        }
    }

    /** Removes an entry; a missing one is fine. */
    void remove(JournalEntry entry) throws IOException {
        try (Folder folder = work.runSubFolder(WorkFolder.JOURNAL, true)) {
            folder.deleteFile(Folder.name(entry.fileName()));
        } catch (NoSuchFileException e) {
            // Already gone.
        }
    }

    /**
     * Removes an entry from the journal of a run folder opened by the caller (a dead run's, for its
     * recovery); a missing one is fine.
     */
    static void remove(Folder run, JournalEntry entry) throws IOException {
        try (Folder folder = Folders.step(run, FOLDER, false)) {
            folder.deleteFile(Folder.name(entry.fileName()));
        } catch (NoSuchFileException e) {
            // Already gone, or no journal at all.
        }
    }

    /**
     * Reads every entry of the journal in an opened run folder, oldest first; temporary files of
     * interrupted writes are removed. No journal folder: no entry.
     *
     * @throws LinkOnTheWay when a link stands at the journal's name: nothing is read through it
     */
    static List<JournalEntry> read(Folder run) throws IOException {
        Folder folder;
        try {
            folder = Folders.step(run, FOLDER, false);
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        }
        try (folder) {
            return entries(folder);
        }
    }

    /** Reads every entry of an opened journal folder, oldest first; see {@link #read(Folder)}. */
    static List<JournalEntry> entries(Folder folder) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        for (Path name : folder.names()) {
            String text = name.toString();
            if (text.startsWith(".tmp-")) {
                try {
                    folder.deleteFile(name);
                } catch (NoSuchFileException e) {
                    // Gone meanwhile.
                }
            } else if (text.endsWith(".entry") && folder.typeOf(name) == Folder.Type.FILE) {
                byte[] bytes;
                try (SeekableByteChannel in = folder.read(name)) {
                    bytes = Channels.newInputStream(in).readNBytes(MAX_ENTRY + 1);
                }
                if (bytes.length > MAX_ENTRY) {
                    throw new IOException(
                            folder.path().resolve(name)
                                    + " is larger than a journal entry can be ("
                                    + MAX_ENTRY / 1024
                                    + " KiB); it is not read");
                }
                JournalEntry entry;
                try {
                    entry = JournalEntry.parse(new String(bytes, StandardCharsets.UTF_8));
                } catch (IOException | IllegalArgumentException e) {
                    // Properties.load throws IllegalArgumentException on a malformed escape.
                    throw new IOException(
                            folder.path().resolve(name)
                                    + " cannot be read as a journal entry: "
                                    + e.getMessage(),
                            e);
                }
                // An entry is removed by the name its number gives: one read from another name
                // would have another file removed, and itself replayed at every run.
                if (!entry.fileName().equals(text)) {
                    throw new IOException(
                            folder.path().resolve(name)
                                    + " holds the entry numbered "
                                    + entry.seq()
                                    + ", whose name is "
                                    + entry.fileName());
                }
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparingLong(JournalEntry::seq));
        return entries;
    }
}
