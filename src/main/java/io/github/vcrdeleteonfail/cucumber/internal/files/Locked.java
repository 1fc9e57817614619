package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Runs an operation on one cassette under the cassette's lock, in its opened parent folder, mapping
 * what can go wrong (a link on the way, a missing folder, an I/O error) to a result.
 */
final class Locked {

    /** An operation on a cassette's folder and name. */
    @FunctionalInterface
    interface Operation {
        FileResult apply(Folder parent, Path name) throws IOException;
    }

    private final CassetteFolder folder;
    private final CassettePath cassette;
    private final Object owner;
    private final String verb;

    Locked(CassetteFolder folder, CassettePath cassette, Object owner, String verb) {
        this.folder = folder;
        this.cassette = requireNonNull(cassette, "cassette");
        this.owner = owner;
        this.verb = verb;
    }

    FileResult run(Operation operation) {
        CassetteLocks.Held held = null;
        try {
            String[] busy = new String[1];
            folder.work().ensureRun();
            held = folder.work().locks().tryLock(owner, cassette, busy);
            if (held == null) {
                return FileResult.of(FileResult.Kind.BUSY, busy[0]);
            }
            return inside(operation, false);
        } catch (IOException e) {
            return FileResult.of(
                    FileResult.Kind.FAILED,
                    "could not " + verb + " " + folder.shown(cassette) + ": " + Trees.describe(e));
        } finally {
            if (held != null) {
                CassetteLocks.release(held);
            }
        }
    }

    /** Runs without taking the lock (the caller holds it). */
    FileResult inside(Operation operation, boolean createFolders) {
        try (Folder parent = folder.openParent(cassette, createFolders)) {
            return operation.apply(parent, Folder.name(cassette.name()));
        } catch (LinkOnTheWay e) {
            return FileResult.of(FileResult.Kind.REFUSED, e.phrase(folder.cassetteDir()));
        } catch (NoSuchFileException e) {
            return FileResult.of(FileResult.Kind.ABSENT, "it does not exist");
        } catch (NotDirectoryException e) {
            return FileResult.of(
                    FileResult.Kind.ABSENT,
                    "it does not exist (" + e.getFile() + " on its way is not a folder)");
        } catch (IOException e) {
            return FileResult.of(
                    FileResult.Kind.FAILED,
                    "could not " + verb + " " + folder.shown(cassette) + ": " + Trees.describe(e));
        }
    }
}
