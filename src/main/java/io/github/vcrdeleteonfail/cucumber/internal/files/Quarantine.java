package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Moves cassettes of failed scenarios into a quarantine folder, keeping their path relative to the
 * cassette folder, with a {@code .failure.yaml} file beside each that says which scenario failed,
 * how, and when. A cassette is never both lost and unquarantined: across file systems it is copied
 * under a temporary name, renamed into place, and only then deleted.
 */
public final class Quarantine {

    /** Suffix of the file written beside each quarantined cassette: {@value}. */
    public static final String INFO_SUFFIX = ".failure.yaml";

    private final Path cassetteDir;
    private final Path runFolder;
    private final SafeDeleter deleter;

    /**
     * Creates the quarantine of one run.
     *
     * @param cassetteDir the absolute cassette folder
     * @param runFolder the absolute folder of this run inside the quarantine folder
     */
    public Quarantine(Path cassetteDir, Path runFolder) {
        this.cassetteDir = requireNonNull(cassetteDir);
        this.runFolder = requireNonNull(runFolder);
        this.deleter = new SafeDeleter(cassetteDir);
    }

    /**
     * Moves one cassette into quarantine.
     *
     * @param target an absolute path strictly inside the cassette folder
     * @param info what to write beside it (scenario, status, error, time)
     * @return QUARANTINED, NOTHING_TO_DELETE, REFUSED_UNSAFE or FAILED, with a detail
     */
    public SafeDeleter.Result move(Path target, Map<String, Object> info) {
        SafeDeleter.Result refused = deleter.check(target);
        if (refused != null) {
            return refused.outcome() == Outcome.NOTHING_TO_DELETE
                    ? new SafeDeleter.Result(Outcome.NOTHING_TO_DELETE, "nothing to quarantine")
                    : refused;
        }
        Path destination = freeName(runFolder.resolve(cassetteDir.relativize(target).toString()));
        try {
            Files.createDirectories(destination.getParent());
            try {
                Files.move(target, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Path partial =
                        destination.resolveSibling(
                                "." + destination.getFileName() + ".partial-" + UUID.randomUUID());
                FileTrees.copy(target, partial);
                Files.move(partial, destination, StandardCopyOption.ATOMIC_MOVE);
                SafeDeleter.Result removed = deleter.delete(target);
                if (removed.outcome() == Outcome.FAILED) {
                    return new SafeDeleter.Result(
                            Outcome.FAILED,
                            "copied to "
                                    + destination
                                    + " but the original could not be removed: "
                                    + removed.detail());
                }
            }
        } catch (IOException | SecurityException e) {
            return new SafeDeleter.Result(
                    Outcome.FAILED,
                    "could not move it to " + destination + ": " + SafeDeleter.describe(e));
        }
        try {
            writeInfo(destination, info);
            return new SafeDeleter.Result(Outcome.QUARANTINED, "moved to " + destination);
        } catch (IOException | SecurityException e) {
            return new SafeDeleter.Result(
                    Outcome.QUARANTINED,
                    "moved to "
                            + destination
                            + ", but its note could not be written: "
                            + SafeDeleter.describe(e));
        }
    }

    /** A name free for the cassette and for its note, so neither overwrites anything. */
    private static Path freeName(Path wanted) {
        Path candidate = wanted;
        for (int i = 2;
                Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                        || Files.exists(note(candidate), LinkOption.NOFOLLOW_LINKS);
                i++) {
            candidate = wanted.resolveSibling(wanted.getFileName() + "-" + i);
        }
        return candidate;
    }

    private static Path note(Path destination) {
        return destination.resolveSibling(destination.getFileName() + INFO_SUFFIX);
    }

    private static void writeInfo(Path destination, Map<String, Object> info) throws IOException {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String yaml = new Yaml(options).dump(info);
        Path file = note(destination);
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.write(partial, yaml.getBytes(StandardCharsets.UTF_8));
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
