package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.CassetteCleanup;
import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        List<Path> paths = List.copyOf(requireNonNull(cassettes, "cassettes"));
        requireNonNull(block, "block");
        List<VcrDeleteOnFailPlugin> plugins = ActivePlugins.all();
        VcrDeleteOnFailPlugin plugin = plugins.isEmpty() ? null : plugins.get(0);
        if (plugin == null) {
            try {
                return block.get();
            } catch (Throwable failure) {
                ActivePlugins.warnNotRegistered("DeleteOnFail");
                throw failure;
            }
        }
        CassetteCleanup cleanup = plugin.cleanup();
        cleanup.checkSafe(paths, "DeleteOnFail");
        String key = "block-" + UUID.randomUUID();
        Map<Path, Undo> snapshots = cleanup.snapshotNow(key, paths);
        try {
            return block.get();
        } catch (Throwable failure) {
            deleteAfter(plugin, cleanup, paths, snapshots, failure);
            throw failure;
        } finally {
            if (!snapshots.isEmpty()) {
                cleanup.discardNow(key);
            }
        }
    }

    private static void deleteAfter(
            VcrDeleteOnFailPlugin plugin,
            CassetteCleanup cleanup,
            List<Path> paths,
            Map<Path, Undo> snapshots,
            Throwable failure) {
        String scenario = plugin.currentScenario();
        String who =
                "a DeleteOnFail block"
                        + (scenario == null ? "" : " of scenario " + scenario)
                        + " that threw "
                        + failure;
        try {
            cleanup.handleNow(paths, who, "DeleteOnFail", snapshots, failure);
        } catch (RuntimeException | LinkageError e) {
            // The block's own exception matters more; report ours beside it.
            System.getLogger(VcrDeleteOnFailPlugin.LOGGER_NAME)
                    .log(
                            Level.ERROR,
                            "vcr-delete-on-fail could not delete the cassettes of " + who,
                            e);
        }
    }
}
