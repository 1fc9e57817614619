package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/** TEMPORARY shim of the file-layer contract: what one operation did. */
@API(status = API.Status.INTERNAL)
public final class FileResult {

    /** The kinds of result. */
    public enum Kind {
        /** Deleted. */
        DELETED,
        /** Moved. */
        MOVED,
        /** Restored. */
        RESTORED,
        /** Removed, created by the scenario. */
        REMOVED_CREATED,
        /** Unchanged. */
        UNCHANGED,
        /** Moved aside. */
        MOVED_ASIDE,
        /** Put back. */
        PUT_BACK,
        /** Refreshed. */
        REFRESHED,
        /** Absent. */
        ABSENT,
        /** Refused. */
        REFUSED,
        /** Busy. */
        BUSY,
        /** Failed. */
        FAILED
    }

    private final Kind kind;
    private final String detail;
    private final Path destination;

    FileResult(Kind kind, String detail, Path destination) {
        this.kind = requireNonNull(kind);
        this.detail = requireNonNull(detail);
        this.destination = destination;
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the detail.
     *
     * @return the detail
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns the destination.
     *
     * @return the destination of a move
     */
    public Optional<Path> destination() {
        return Optional.ofNullable(destination);
    }
}
