package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** Thrown when a path would pass through a symbolic link, which is never followed. */
final class LinkOnTheWay extends FileSystemException {

    private static final long serialVersionUID = 1L;

    private final transient Path link;
    private final transient Path target;

    /**
     * Creates the exception.
     *
     * @param link the link's path
     * @param target its target as read, or null when unreadable
     */
    LinkOnTheWay(Path link, Path target) {
        super(link.toString(), null, "a symbolic link on the way, never followed");
        this.link = link;
        this.target = target;
    }

    /**
     * Returns the phrase for a result's detail, the link shown relative to a folder.
     *
     * @param root the cassette folder
     * @return the reason
     */
    String phrase(Path root) {
        Path shown = link.startsWith(root) ? root.relativize(link) : link;
        return "a symbolic link on the way ("
                + shown.toString().replace('\\', '/')
                + " -> "
                + (target == null ? "?" : target)
                + ") — links are never followed";
    }
}
