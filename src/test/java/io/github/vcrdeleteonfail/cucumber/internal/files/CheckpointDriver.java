package io.github.vcrdeleteonfail.cucumber.internal.files;

/**
 * The JVM {@link CheckpointsTest} starts: reaches each point named on its command line in turn,
 * printing each one it got past, so the test sees exactly where it halted.
 */
public final class CheckpointDriver {

    private CheckpointDriver() {}

    /**
     * Reaches points.
     *
     * @param args the points, in order
     */
    public static void main(String[] args) {
        for (String point : args) {
            Checkpoints.reach(point);
            System.out.println("passed " + point);
        }
        System.out.flush();
    }
}
