package io.github.vcrdeleteonfail.cucumber.internal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the JSON report, whole or not at all, to a name that parallel forks cannot share. */
public final class ReportFile {

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
     * Writes the report through a temporary file and a rename.
     *
     * @param file where to write
     * @param json the content
     * @throws IOException when it cannot be written
     */
    public static void write(Path file, String json) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.write(partial, json.getBytes(StandardCharsets.UTF_8));
        try {
            Files.move(
                    partial,
                    file,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
