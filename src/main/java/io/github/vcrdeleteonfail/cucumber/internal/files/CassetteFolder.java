package io.github.vcrdeleteonfail.cucumber.internal.files;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/** TEMPORARY shim of the file-layer contract over the old classes. */
@API(status = API.Status.INTERNAL)
public final class CassetteFolder {

    private final Path cassetteDir;
    private final WorkFolder work;
    private final SafeDeleter deleter;

    /**
     * Creates the folder.
     *
     * @param cassetteDir the cassette folder
     * @param work the work folder
     */
    public CassetteFolder(Path cassetteDir, WorkFolder work) {
        this.cassetteDir = cassetteDir;
        this.work = work;
        this.deleter = new SafeDeleter(cassetteDir);
    }

    /**
     * Deletes a cassette.
     *
     * @param cassette the cassette
     * @return what happened
     */
    public FileResult delete(CassettePath cassette) {
        return convert(deleter.delete(cassette.resolveAgainst(cassetteDir)));
    }

    /**
     * Quarantines a cassette.
     *
     * @param cassette the cassette
     * @param runQuarantineFolder where
     * @param noteText the note
     * @return what happened
     */
    public FileResult quarantine(CassettePath cassette, Path runQuarantineFolder, String noteText) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("note", noteText);
        return convert(
                new Quarantine(cassetteDir, runQuarantineFolder)
                        .move(cassette.resolveAgainst(cassetteDir), info));
    }

    /**
     * Begins a unit of work.
     *
     * @param key the unit's key
     * @return the unit
     */
    public Undo begin(String key) {
        return new Undo(cassetteDir, new Snapshots(cassetteDir, work.runFolder()), key);
    }

    static FileResult convert(SafeDeleter.Result result) {
        return new FileResult(kind(result.outcome()), result.detail(), null);
    }

    private static FileResult.Kind kind(Outcome outcome) {
        switch (outcome) {
            case DELETED:
                return FileResult.Kind.DELETED;
            case QUARANTINED:
                return FileResult.Kind.MOVED;
            case RESTORED:
                return FileResult.Kind.RESTORED;
            case UNCHANGED:
                return FileResult.Kind.UNCHANGED;
            case NOTHING_TO_DELETE:
                return FileResult.Kind.ABSENT;
            case REFUSED_UNSAFE:
                return FileResult.Kind.REFUSED;
            default:
                return FileResult.Kind.FAILED;
        }
    }
}
