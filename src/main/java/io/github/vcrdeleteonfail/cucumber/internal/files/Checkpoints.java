package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The fault seam of the crash tests: every step of every multi-step operation reaches a named
 * point, and a JVM started with {@code -Dio.github.vcrdeleteonfail.test.halt-at=<point>} halts
 * there as if killed with {@code kill -9}. Without the property this is a no-op. The property is
 * outside the {@code vcr.delete-on-fail.} prefix on purpose: the configuration refuses every
 * unknown key there, so a halted Cucumber run could not even create the plugin.
 */
@API(status = API.Status.INTERNAL)
public final class Checkpoints {

    /** The system property naming the point to halt at: {@value}. */
    public static final String PROPERTY = "io.github.vcrdeleteonfail.test.halt-at";

    /** The exit status of a JVM halted at a point: {@value}. */
    public static final int HALT_STATUS = 86;

    /** Every point, in the order an operation reaches them. */
    public static final List<String> ALL =
            List.of(
                    "delete.folder.after-journal",
                    "delete.folder.after-aside",
                    "delete.folder.during-delete",
                    "delete.folder.after-delete",
                    "quarantine.copy.after-journal",
                    "quarantine.copy.during-copy",
                    "quarantine.copy.after-copy",
                    "quarantine.copy.after-rename-in",
                    "quarantine.copy.after-aside",
                    "quarantine.copy.after-delete",
                    "snapshot.during-copy",
                    "snapshot.after-copy",
                    "restore.during-incoming",
                    "restore.after-incoming",
                    "restore.after-aside",
                    "restore.after-rename-in",
                    "restore.after-remove",
                    "settle.after-journal-removed",
                    "aside.after-journal",
                    "aside.after-move",
                    "aside.during-copy",
                    "aside.after-copy",
                    "aside.after-aside",
                    "aside.after-remove",
                    "put-back.during-incoming",
                    "put-back.after-incoming",
                    "put-back.after-aside",
                    "put-back.after-rename-in",
                    "put-back.after-remove",
                    "recover.during-incoming",
                    "recover.after-incoming",
                    "recover.after-aside",
                    "recover.after-rename-in",
                    "recover.after-remove");

    // Read once: the property is set on the command line of a test JVM, never changed later.
    private static final String HALT_AT = System.getProperty(PROPERTY);

    private Checkpoints() {}

    /**
     * Marks a step; halts the JVM at once when the property names this point.
     *
     * @param point one of {@link #ALL}
     */
    public static void reach(String point) {
        // Under -ea (every test JVM): a point missing from ALL would never be killed at.
        assert ALL.contains(point) : point + " is not listed in Checkpoints.ALL";
        if (HALT_AT != null && HALT_AT.equals(point)) {
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
