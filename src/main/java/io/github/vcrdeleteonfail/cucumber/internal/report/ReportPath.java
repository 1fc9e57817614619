package io.github.vcrdeleteonfail.cucumber.internal.report;

import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Replaces the placeholders of a configured report or list path: {@code {pid}} (this JVM's process
 * id) and {@code {run}} (the run's id), in the file name only, so that parallel JVM forks and
 * several runs of one JVM can each write their own file.
 */
@API(status = API.Status.INTERNAL)
public final class ReportPath {

    private ReportPath() {}

    /**
     * Replaces the placeholders.
     *
     * @param configured the path from the configuration
     * @param pid this JVM's process id
     * @param runId the run's id
     * @return the path with every {@code {pid}} and {@code {run}} of its file name replaced
     */
    public static Path resolve(Path configured, long pid, String runId) {
        String name =
                configured
                        .getFileName()
                        .toString()
                        .replace("{pid}", Long.toString(pid))
                        .replace("{run}", runId);
        return configured.resolveSibling(name);
    }
}
