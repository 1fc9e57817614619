package io.github.vcrdeleteonfail.cucumber.internal.report;

import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.files.OwnedFiles;
import java.nio.file.Path;

/**
 * Writes the JSON report, whole or not at all, to a name that parallel forks cannot share, and
 * never over a file the plugin did not write: the report carries {@link #MARKER} as its first
 * field, and {@link OwnedFiles} replaces only a file that carries it.
 */
public final class ReportFile {

    /** The field that marks a report as the plugin's own: {@value}. */
    public static final String MARKER = "\"writtenBy\": \"cucumber-vcr-delete-on-fail\"";

    private ReportFile() {}

    /**
     * Replaces the placeholders of the configured report path.
     *
     * @param configured the path from the key {@code report}
     * @param pid this JVM's process id
     * @param runId the run's id
     * @return the path with {@code {pid}} and {@code {run}} replaced
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
     * Writes the report through a temporary file and a rename; adds the marker as the first field
     * of a JSON object that lacks it.
     *
     * @param file where to write
     * @param json the content
     * @return WRITTEN, or REFUSED / FAILED with the reason (the caller warns, the run goes on)
     */
    public static FileResult write(Path file, String json) {
        String marked =
                json.contains(MARKER) || !json.startsWith("{")
                        ? json
                        : "{\n  " + MARKER + "," + json.substring(1);
        if (!marked.contains(MARKER)) {
            marked = marked + "\n" + MARKER + "\n";
        }
        return OwnedFiles.write(file, marked, MARKER);
    }
}
