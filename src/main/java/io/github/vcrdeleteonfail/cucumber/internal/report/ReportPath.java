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

    /**
     * Names a file of this run beside another: {@code vcr-report.json} becomes {@code
     * vcr-report-<run>.json}. The run's id is unique, so nothing is there yet.
     *
     * @param file the file that could not be used
     * @param runId the run's id
     * @return the sibling, with the run's id before the extension
     */
    public static Path distinct(Path file, String runId) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(base + "-" + runId + extension);
    }
}
