package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/** TEMPORARY shim of the file-layer contract: the recovery folder. */
@API(status = API.Status.INTERNAL)
public final class WorkFolder {

    private final Path runFolder;

    private WorkFolder(Path runFolder) {
        this.runFolder = runFolder;
    }

    /**
     * Creates the work folder of a run.
     *
     * @param folder the recovery folder
     * @param cassetteDir the cassette folder
     * @param runId the run's id
     * @return the work folder
     */
    public static WorkFolder at(Path folder, Path cassetteDir, String runId) {
        return new WorkFolder(folder.resolve(runId));
    }

    /**
     * Repairs dead runs.
     *
     * @return what was repaired
     */
    public List<Object> recover() {
        return List.of();
    }

    Path runFolder() {
        return runFolder;
    }

    /** Removes this run's folder. */
    public void close() {}
}
