package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** TEMPORARY shim of the file-layer contract over the old snapshots. */
@API(status = API.Status.INTERNAL)
public final class Undo implements AutoCloseable {

    private final Path cassetteDir;
    private final Snapshots snapshots;
    private final String key;
    private final Map<CassettePath, Snapshots.Snapshot> taken = new LinkedHashMap<>();

    Undo(Path cassetteDir, Snapshots snapshots, String key) {
        this.cassetteDir = cassetteDir;
        this.snapshots = snapshots;
        this.key = key;
    }

    /**
     * Snapshots a cassette.
     *
     * @param cassette the cassette
     * @return what happened
     */
    public synchronized FileResult snapshot(CassettePath cassette) {
        for (CassettePath earlier : taken.keySet()) {
            if (cassette.isWithin(earlier)) {
                return new FileResult(FileResult.Kind.UNCHANGED, "covered", null);
            }
        }
        try {
            taken.put(cassette, snapshots.take(key, cassette.resolveAgainst(cassetteDir)));
            return new FileResult(FileResult.Kind.MOVED_ASIDE, "snapshot taken", null);
        } catch (IOException | RuntimeException e) {
            return new FileResult(FileResult.Kind.FAILED, e.toString(), null);
        }
    }

    /**
     * Restores everything.
     *
     * @return per cassette
     */
    public synchronized List<Restoration> restoreAll() {
        List<Restoration> done = new ArrayList<>();
        List<Map.Entry<CassettePath, Snapshots.Snapshot>> entries =
                new ArrayList<>(taken.entrySet());
        Collections.reverse(entries);
        for (Map.Entry<CassettePath, Snapshots.Snapshot> entry : entries) {
            FileResult result = CassetteFolder.convert(snapshots.restore(entry.getValue()));
            if (result.kind() == FileResult.Kind.DELETED) {
                result = new FileResult(FileResult.Kind.REMOVED_CREATED, result.detail(), null);
            }
            done.add(new Restoration(entry.getKey(), result));
        }
        return done;
    }

    @Override
    public synchronized void close() {
        if (!taken.isEmpty()) {
            snapshots.discard(key);
            taken.clear();
        }
    }

    /** One restored cassette. */
    public static final class Restoration {
        private final CassettePath cassette;
        private final FileResult result;

        Restoration(CassettePath cassette, FileResult result) {
            this.cassette = cassette;
            this.result = result;
        }

        /**
         * Returns the cassette.
         *
         * @return the cassette
         */
        public CassettePath cassette() {
            return cassette;
        }

        /**
         * Returns the result.
         *
         * @return the result
         */
        public FileResult result() {
            return result;
        }
    }
}
