package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Guards a block of glue code: if it throws, its cassettes are deleted at once (before any After
 * hook) and the original exception is rethrown unchanged. The counterpart of the Python plugin's
 * {@code delete_on_fail} context manager.
 *
 * <pre>{@code
 * DeleteOnFail.run(List.of(Path.of("users/alice.json")), () -> {
 *     recorder.start(cassette);
 *     client.fetchUser("alice");
 * });
 * }</pre>
 */
public final class DeleteOnFail {

    private DeleteOnFail() {}

    /** A block of glue code that may throw. */
    @FunctionalInterface
    public interface Block {
        /**
         * Runs the block.
         *
         * @throws Exception anything; it is rethrown unchanged
         */
        void run() throws Exception;
    }

    /**
     * A block of glue code that returns a value and may throw.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    public interface ValueBlock<T> {
        /**
         * Runs the block.
         *
         * @return the value
         * @throws Exception anything; it is rethrown unchanged
         */
        T get() throws Exception;
    }

    /**
     * Runs the block; if it throws, deletes the cassettes at once and rethrows.
     *
     * @param cassettes paths relative to {@code cassette-dir}, or absolute inside it
     * @param block the block
     * @throws Exception whatever the block threw, unchanged
     * @throws IllegalArgumentException before running the block, when a path could leave {@code
     *     cassette-dir}
     */
    public static void run(Collection<Path> cassettes, Block block) throws Exception {
        requireNonNull(block, "block");
        call(
                cassettes,
                () -> {
                    block.run();
                    return null;
                });
    }

    /**
     * Runs the block and returns its value; if it throws, deletes the cassettes at once and
     * rethrows.
     *
     * @param <T> the value's type
     * @param cassettes paths relative to {@code cassette-dir}, or absolute inside it
     * @param block the block
     * @return the block's value
     * @throws Exception whatever the block threw, unchanged
     * @throws IllegalArgumentException before running the block, when a path could leave {@code
     *     cassette-dir}
     */
    public static <T> T call(Collection<Path> cassettes, ValueBlock<T> block) throws Exception {
        List<Path> paths = Cassettes.paths(requireNonNull(cassettes, "cassettes"));
        requireNonNull(block, "block");
        PluginRun run = ActiveRuns.acting(null, "DeleteOnFail");
        if (run == null) {
            try {
                return block.get();
            } catch (Throwable failure) {
                ActiveRuns.warnNotRegistered("DeleteOnFail");
                throw failure;
            }
        }
        return run.glue().guard(paths, block::get);
    }
}
