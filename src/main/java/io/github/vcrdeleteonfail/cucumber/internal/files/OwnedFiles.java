package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/** TEMPORARY shim of the file-layer contract: files the plugin writes. */
@API(status = API.Status.INTERNAL)
public final class OwnedFiles {

    private OwnedFiles() {}

    /**
     * Writes a file.
     *
     * @param file where
     * @param content what
     * @param marker ownership marker
     * @return what happened
     */
    public static FileResult write(Path file, String content, String marker) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
            Files.write(partial, content.getBytes(StandardCharsets.UTF_8));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return new FileResult(FileResult.Kind.DELETED, "written", file);
        } catch (IOException | RuntimeException e) {
            return new FileResult(FileResult.Kind.FAILED, e.toString(), null);
        }
    }
}
