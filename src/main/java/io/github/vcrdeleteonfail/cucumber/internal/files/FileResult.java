package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/** What one file operation did to one cassette or file, with a short phrase naming the cause. */
@API(status = API.Status.INTERNAL)
public final class FileResult {

    /** The kinds of outcome; the caller maps them to its own vocabulary. */
    @API(status = API.Status.INTERNAL)
    public enum Kind {
        /** The cassette existed and was deleted. */
        DELETED,
        /** The cassette was moved (into quarantine); see {@link #destination()}. */
        MOVED,
        /** The cassette got back the state it had when it was snapshotted. */
        RESTORED,
        /** The cassette did not exist when snapshotted and was created since, so it was removed. */
        REMOVED_CREATED,
        /** Nothing had changed, so nothing was done. */
        UNCHANGED,
        /** The cassette was moved into the work folder (safe refresh). */
        MOVED_ASIDE,
        /** A cassette moved aside was put back where it was. */
        PUT_BACK,
        /** A new recording replaced the cassette moved aside, which was discarded. */
        REFRESHED,
        /** A file the plugin owns was written (created, or replaced whole). */
        WRITTEN,
        /** There was nothing at the path. */
        ABSENT,
        /** The path may not be touched (a link on the way, not a file or folder, ...). */
        REFUSED,
        /** Someone else (another JVM or scenario) is working on the cassette; nothing touched. */
        BUSY,
        /** The operation was attempted and failed; the detail says how far it went. */
        FAILED
    }

    private final Kind kind;
    private final String detail;
    private final Path destination;
    private final Boolean folder;

    private FileResult(Kind kind, String detail, Path destination, Boolean folder) {
        this.kind = requireNonNull(kind, "kind");
        this.detail = requireNonNull(detail, "detail");
        this.destination = destination;
        this.folder = folder;
    }

    /**
     * Creates a result.
     *
     * @param kind what happened
     * @param detail why, a short phrase for the log
     * @return the result
     */
    public static FileResult of(Kind kind, String detail) {
        return new FileResult(kind, detail, null, null);
    }

    /**
     * Creates a result of an operation that put something somewhere.
     *
     * @param kind what happened
     * @param detail why, a short phrase for the log
     * @param destination where it went
     * @return the result
     */
    public static FileResult at(Kind kind, String detail, Path destination) {
        return new FileResult(kind, detail, requireNonNull(destination, "destination"), null);
    }

    /**
     * Records what the operation saw at the cassette's name before it acted.
     *
     * @param wasFolder whether the cassette was a folder
     * @return the same result, saying so
     */
    FileResult seen(boolean wasFolder) {
        return new FileResult(kind, detail, destination, wasFolder);
    }

    /**
     * Returns what happened.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns a short human phrase naming the cause.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns where the cassette or file went, for a move.
     *
     * @return the destination, or empty
     */
    public Optional<Path> destination() {
        return Optional.ofNullable(destination);
    }

    /**
     * Tells whether the cassette was a folder, as the operation saw it: for advice in messages,
     * without another look at the file system.
     *
     * @return TRUE or FALSE when the operation looked, null when it did not get that far
     */
    public Boolean wasFolder() {
        return folder;
    }

    @Override
    public String toString() {
        return kind + ": " + detail + (destination == null ? "" : " (" + destination + ")");
    }
}
