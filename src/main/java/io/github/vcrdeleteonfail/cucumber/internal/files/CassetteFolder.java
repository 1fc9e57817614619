package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where cassette files are touched: deletes and quarantines cassettes and opens units of work that
 * snapshot and restore them. Every operation opens {@code cassette-dir} by path once, then goes
 * down through folder handles without following any link (see {@link HandleFolder}); where the
 * platform offers no handles, through checked paths ({@link CheckedFolder}). The handles of the
 * folders on the way are kept and checked at each use ({@link FolderHandles}) rather than opened
 * for every operation. Each cassette is locked while it is worked on, so another JVM or scenario
 * gets {@link FileResult.Kind#BUSY}.
 */
@API(status = API.Status.INTERNAL)
public final class CassetteFolder {

    private final Path cassetteDir;
    private final WorkFolder work;
    private final boolean handles;
    private final boolean crossFileSystem;
    private final FolderHandles kept; // null without handles

    /**
     * Opens a cassette folder with handles where the platform offers them.
     *
     * @param cassetteDir the cassette folder; it may not exist yet
     * @param work the run's work folder
     */
    public CassetteFolder(Path cassetteDir, WorkFolder work) {
        this(cassetteDir, work, true);
    }

    /**
     * Opens a cassette folder, the checked-path fallback forced when asked: the seam through which
     * this package's tests prove the fallback of platforms without folder handles on Linux.
     *
     * @param cassetteDir the cassette folder; it may not exist yet
     * @param work the run's work folder
     * @param useFolderHandles false to use checked paths even where handles are offered
     */
    CassetteFolder(Path cassetteDir, WorkFolder work, boolean useFolderHandles) {
        this(cassetteDir, work, useFolderHandles, false);
    }

    /** For the crash tests: {@code crossFileSystem} takes the copy path of every move. */
    CassetteFolder(
            Path cassetteDir, WorkFolder work, boolean useFolderHandles, boolean crossFileSystem) {
        this.cassetteDir = requireNonNull(cassetteDir, "cassetteDir").toAbsolutePath().normalize();
        this.work = requireNonNull(work, "work");
        this.handles =
                useFolderHandles && Folders.handlesOffered(existingAncestor(this.cassetteDir));
        this.crossFileSystem = crossFileSystem;
        this.kept = handles ? new FolderHandles(this.cassetteDir) : null;
    }

    private static Path existingAncestor(Path path) {
        Path existing = path;
        while (existing.getParent() != null
                && !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        return existing;
    }

    /**
     * Tells whether operations go through folder handles.
     *
     * @return false where the platform offers none, or when the fallback was asked for
     */
    public boolean usesFolderHandles() {
        return handles;
    }

    /**
     * Deletes a cassette: a file or link with one call (a link is removed, its target untouched), a
     * folder by renaming it aside first and then deleting it, so it is never seen half deleted.
     *
     * @param cassette the cassette
     * @return DELETED, ABSENT, REFUSED, BUSY or FAILED
     */
    public FileResult delete(CassettePath cassette) {
        return new Locked(this, cassette, new Object(), "delete").run(new Delete(this, cassette));
    }

    /**
     * The deletion of one cassette in its opened folder: one look at what it is, then one call for
     * a file or link. A named class rather than a lambda: it runs for every failed scenario.
     */
    private static final class Delete implements Locked.Operation {
        private final CassetteFolder folder;
        private final CassettePath cassette;

        Delete(CassetteFolder folder, CassettePath cassette) {
            this.folder = folder;
            this.cassette = cassette;
        }

        @Override
        public FileResult apply(Folder parent, Path name) throws IOException {
            switch (parent.typeOf(name)) {
                case ABSENT:
                    return FileResult.of(FileResult.Kind.ABSENT, "it does not exist").seen(false);
                case LINK:
                    Path target = parent.readLink(name);
                    parent.deleteFile(name);
                    return FileResult.of(
                                    FileResult.Kind.DELETED,
                                    "symbolic link removed (-> "
                                            + target
                                            + "), its target untouched")
                            .seen(false);
                case FOLDER:
                    return new FolderDeletion(folder, cassette).run(parent, name).seen(true);
                default:
                    parent.deleteFile(name);
                    return FileResult.of(FileResult.Kind.DELETED, "file deleted").seen(false);
            }
        }
    }

    /**
     * Moves a cassette into a quarantine folder at the same relative path, with a note beside it
     * ({@code <name>.failure.yaml}); neither overwrites anything ({@code -2}, {@code -3} ... when
     * taken). Across file systems it is copied first and the original removed only afterwards.
     *
     * @param cassette the cassette
     * @param runQuarantineFolder this run's quarantine folder
     * @param noteText the note's content
     * @return MOVED with the destination, ABSENT, REFUSED, BUSY or FAILED
     */
    public FileResult quarantine(CassettePath cassette, Path runQuarantineFolder, String noteText) {
        requireNonNull(runQuarantineFolder, "runQuarantineFolder");
        requireNonNull(noteText, "noteText");
        return new Locked(this, cassette, new Object(), "quarantine")
                .run(
                        (parent, name) -> {
                            Folder.Type type = parent.typeOf(name);
                            if (type == Folder.Type.ABSENT) {
                                return FileResult.of(
                                                FileResult.Kind.ABSENT, "nothing to quarantine")
                                        .seen(false);
                            }
                            return new QuarantineMove(this, cassette, runQuarantineFolder)
                                    .run(parent, name, noteText)
                                    .seen(type == Folder.Type.FOLDER);
                        });
    }

    /**
     * Returns the newest modification time in a cassette: of the file, or of anything in the folder
     * (links not followed).
     *
     * @param cassette the cassette
     * @return the time, or empty when absent or unreadable
     */
    public Optional<Instant> newestModification(CassettePath cassette) {
        try (Folder root = Folders.openRoot(cassetteDir, handles);
                Folder parent = Folders.parentOf(root, cassette.segments(), false)) {
            return Trees.newest(parent, Folder.name(cassette.name())).map(FileTime::toInstant);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether a cassette is a folder, through the folder handles kept for this cassette
     * folder (checked paths where there are none), following no link on the way or at the end. For
     * advice in messages only: nothing is touched or created, and no lock is taken. Through kept
     * handles this costs two system calls (the kept folder checked, the cassette looked at),
     * against about twenty through checked paths, which resolve every real path.
     *
     * @param cassette the cassette
     * @return true for a folder; false for anything else, or when it cannot be read
     */
    public boolean isFolder(CassettePath cassette) {
        try (Folder parent = openParent(cassette, false)) {
            return parent.typeOf(Folder.name(cassette.name())) == Folder.Type.FOLDER;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Tells whether a cassette is a folder, through checked paths that follow no link on the way or
     * at the end, where no cassette folder was opened (nothing may be touched in the run). For
     * advice in messages only: nothing is touched.
     *
     * @param cassetteDir the cassette folder
     * @param cassette the cassette
     * @return true for a folder; false for anything else, or when it cannot be read
     */
    public static boolean isFolder(Path cassetteDir, CassettePath cassette) {
        try (Folder root = Folders.openRoot(cassetteDir.toAbsolutePath().normalize(), false);
                Folder parent = Folders.parentOf(root, cassette.segments(), false)) {
            return parent.typeOf(Folder.name(cassette.name())) == Folder.Type.FOLDER;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Lets go of the folder handles kept for reuse; call it when the run ends. Operations after it
     * open their folders afresh.
     */
    public void close() {
        if (kept != null) {
            kept.close();
        }
    }

    /** Opens the folder holding a cassette: kept handles where there are handles; to be closed. */
    Folder openParent(CassettePath cassette, boolean create) throws IOException {
        if (kept != null) {
            return kept.parentOf(cassette.segments(), create);
        }
        Folder root = Folders.openRoot(cassetteDir, false);
        try {
            return Folders.parentOf(root, cassette.segments(), create);
        } finally {
            if (cassette.segments().size() > 1) {
                root.close(); // else the parent is the root itself, closed by the caller
            }
        }
    }

    /**
     * Opens a journaled unit of work: the snapshots of one scenario or guarded block.
     *
     * @param key names the unit in messages
     * @return the unit; close it when the scenario is settled
     */
    public Undo begin(String key) {
        return new Undo(this, requireNonNull(key, "key"));
    }

    Path cassetteDir() {
        return cassetteDir;
    }

    WorkFolder work() {
        return work;
    }

    boolean handles() {
        return handles;
    }

    boolean crossFileSystem() {
        return crossFileSystem;
    }

    /** The cassette's absolute path, for messages. */
    Path shown(CassettePath cassette) {
        return cassette.resolveAgainst(cassetteDir);
    }

    /** Formats a count with thousands separators, the same everywhere. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
