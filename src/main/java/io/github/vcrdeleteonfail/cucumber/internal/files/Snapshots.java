package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Copies of cassettes taken when a scenario starts, so that a failed scenario can be undone
 * exactly: a cassette it created is removed, one it modified gets its previous bytes back, one it
 * left alone stays. Copies live under a folder of their own and are removed when the scenario ends.
 * A restore first copies the snapshot beside the cassette under a temporary name and then renames
 * it into place, so a killed JVM never leaves a half-written cassette.
 */
public final class Snapshots {

    private final Path cassetteDir;
    private final Path folder;
    private final SafeDeleter cassettes;
    private final SafeDeleter copies;

    /**
     * Creates the snapshots of one run.
     *
     * @param cassetteDir the absolute cassette folder
     * @param folder the absolute folder that holds this run's copies
     */
    public Snapshots(Path cassetteDir, Path folder) {
        this.cassetteDir = requireNonNull(cassetteDir);
        this.folder = requireNonNull(folder);
        this.cassettes = new SafeDeleter(cassetteDir);
        this.copies = new SafeDeleter(folder);
    }

    /**
     * Records the state of one cassette before the scenario writes it.
     *
     * @param scenarioKey a file-name-safe key of the scenario
     * @param target an absolute path strictly inside the cassette folder
     * @return the snapshot
     * @throws IOException when the copy cannot be made
     */
    public Snapshot take(String scenarioKey, Path target) throws IOException {
        SafeDeleter.Result refused = cassettes.check(target);
        if (refused != null && refused.outcome() != Outcome.NOTHING_TO_DELETE) {
            throw new IOException("cannot snapshot " + target + ": " + refused.detail());
        }
        if (refused != null) {
            return new Snapshot(target, null);
        }
        Path copy = folder.resolve(scenarioKey).resolve(cassetteDir.relativize(target).toString());
        if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
            return new Snapshot(target, copy);
        }
        FileTrees.copy(target, copy);
        return new Snapshot(target, copy);
    }

    /**
     * Undoes what the failed scenario did to one cassette.
     *
     * @param snapshot the state before the scenario
     * @return DELETED (it created the cassette), RESTORED (it changed it), UNCHANGED, or
     *     REFUSED_UNSAFE / FAILED with the reason
     */
    public SafeDeleter.Result restore(Snapshot snapshot) {
        Path target = snapshot.target;
        if (snapshot.copy == null) {
            SafeDeleter.Result deleted = cassettes.delete(target);
            if (deleted.outcome() == Outcome.NOTHING_TO_DELETE) {
                return new SafeDeleter.Result(
                        Outcome.UNCHANGED, "it did not exist before and was not created");
            }
            if (deleted.outcome() == Outcome.DELETED) {
                return new SafeDeleter.Result(
                        Outcome.DELETED, "created by the failed scenario, so removed");
            }
            return deleted;
        }
        try {
            if (FileTrees.same(snapshot.copy, target)) {
                return new SafeDeleter.Result(
                        Outcome.UNCHANGED, "the failed scenario did not change it");
            }
            SafeDeleter.Result refused = cassettes.check(target);
            if (refused != null && refused.outcome() != Outcome.NOTHING_TO_DELETE) {
                return refused;
            }
            Path incoming =
                    target.resolveSibling(
                            "." + target.getFileName() + ".vcr-restore-" + UUID.randomUUID());
            FileTrees.copy(snapshot.copy, incoming);
            if (refused == null
                    && (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                            || Files.isDirectory(incoming, LinkOption.NOFOLLOW_LINKS))) {
                // A folder cannot be replaced in one rename: set the changed one aside first,
                // so that a crash leaves both versions, never neither.
                Path aside =
                        target.resolveSibling(
                                "." + target.getFileName() + ".vcr-replaced-" + UUID.randomUUID());
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                SafeDeleter.Result removed = cassettes.delete(aside);
                if (removed.outcome() == Outcome.FAILED) {
                    return new SafeDeleter.Result(
                            Outcome.FAILED,
                            "restored, but the changed version could not be removed from "
                                    + aside
                                    + ": "
                                    + removed.detail());
                }
            } else {
                Files.move(
                        incoming,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return new SafeDeleter.Result(
                    Outcome.RESTORED,
                    refused == null
                            ? "changed by the failed scenario; previous bytes put back"
                            : "removed by the failed scenario; put back");
        } catch (IOException | SecurityException e) {
            return new SafeDeleter.Result(
                    Outcome.FAILED,
                    "could not restore it from " + snapshot.copy + ": " + SafeDeleter.describe(e));
        }
    }

    /**
     * Removes the copies of one scenario.
     *
     * @param scenarioKey the key given to {@link #take(String, Path)}
     * @return null when done; otherwise why not
     */
    public String discard(String scenarioKey) {
        Path copiesOfScenario = folder.resolve(scenarioKey);
        if (!Files.exists(copiesOfScenario, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        SafeDeleter.Result result = copies.delete(copiesOfScenario);
        if (Files.isDirectory(folder)) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // Other scenarios still have copies there.
            }
        }
        return result.outcome() == Outcome.FAILED ? result.detail() : null;
    }

    /**
     * Returns a marker for a snapshot that could not be taken, for maps that hold no null.
     *
     * @return a snapshot of nothing
     */
    public static Snapshot none() {
        return new Snapshot(null, null);
    }

    /** The state of one cassette when its scenario started. */
    public static final class Snapshot {
        private final Path target;
        private final Path copy;

        Snapshot(Path target, Path copy) {
            this.target = target;
            this.copy = copy;
        }

        /**
         * Returns the cassette.
         *
         * @return its absolute path
         */
        public Path target() {
            return target;
        }
    }
}
