package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.nio.file.Path;

/**
 * Recovers a work folder in a JVM of its own (started by {@link RecoveryRunsTest} with another
 * locale), printing each repair on a line of its own, then {@code DONE}.
 */
public final class RecoveryDriver {

    private RecoveryDriver() {}

    /**
     * Recovers.
     *
     * @param args the work folder, the cassette folder
     */
    public static void main(String[] args) {
        WorkFolder next = WorkFolder.at(Path.of(args[0]), Path.of(args[1]), "driver");
        try {
            for (Repair repair : next.recover(true)) {
                System.out.println(repair);
            }
        } finally {
            next.close();
        }
        System.out.println("DONE");
    }
}
