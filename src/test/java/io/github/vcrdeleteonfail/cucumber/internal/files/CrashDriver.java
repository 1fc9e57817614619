package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JVM the crash tests kill: performs one operation on a prepared cassette folder, and halts
 * wherever {@code -D}{@link Checkpoints#PROPERTY} says. Sets nothing up itself.
 */
public final class CrashDriver {

    private CrashDriver() {}

    /**
     * Runs one operation.
     *
     * @param args operation, cassette folder, work folder, quarantine folder, cross file system
     */
    public static void main(String[] args) throws IOException {
        String operation = args[0];
        Path cassettes = Path.of(args[1]);
        // The repairing JVM is a run of its own: a run never repairs its own folder.
        WorkFolder work =
                WorkFolder.at(
                        Path.of(args[2]),
                        cassettes,
                        operation.equals("recover") ? "recovering" : "crash-run");
        Path quarantine = Path.of(args[3]);
        CassetteFolder folder =
                new CassetteFolder(cassettes, work, true, Boolean.parseBoolean(args[4]));
        run(operation, cassettes, folder, quarantine);
        work.close();
        System.exit(0);
    }

    static void run(String operation, Path cassettes, CassetteFolder folder, Path quarantine)
            throws IOException {
        switch (operation) {
            case "delete-folder":
                check(folder.delete(path("rec")), FileResult.Kind.DELETED);
                return;
            case "quarantine-folder":
                check(
                        folder.quarantine(path("rec"), quarantine, "note: x\n"),
                        FileResult.Kind.MOVED);
                return;
            case "restore-file":
                try (Undo undo = folder.begin("scenario")) {
                    undo.snapshot(path("a.yaml"));
                    Files.writeString(cassettes.resolve("a.yaml"), "changed by the scenario");
                    undo.restoreAll();
                }
                return;
            case "restore-folder":
                try (Undo undo = folder.begin("scenario")) {
                    undo.snapshot(path("rec"));
                    Files.writeString(cassettes.resolve("rec/1.yaml"), "changed");
                    Files.delete(cassettes.resolve("rec/2.yaml"));
                    Files.writeString(cassettes.resolve("rec/new.yaml"), "new");
                    undo.restoreAll();
                }
                return;
            case "restore-created":
                try (Undo undo = folder.begin("scenario")) {
                    undo.snapshot(path("made"));
                    Files.createDirectories(cassettes.resolve("made/inner"));
                    Files.writeString(cassettes.resolve("made/inner/x.yaml"), "made");
                    undo.restoreAll();
                }
                return;
            case "refresh-failed":
                try (Undo undo = folder.begin("scenario")) {
                    undo.moveAside(path("rec"));
                    Files.createDirectories(cassettes.resolve("rec"));
                    Files.writeString(cassettes.resolve("rec/fresh.yaml"), "fresh");
                    undo.settleRefresh(path("rec"), false);
                }
                return;
            case "refresh-passed":
                try (Undo undo = folder.begin("scenario")) {
                    undo.moveAside(path("rec"));
                    Files.createDirectories(cassettes.resolve("rec"));
                    Files.writeString(cassettes.resolve("rec/fresh.yaml"), "fresh");
                    undo.settleRefresh(path("rec"), true);
                }
                return;
            case "refresh-created":
                try (Undo undo = folder.begin("scenario")) {
                    undo.moveAside(path("made"));
                    Files.createDirectories(cassettes.resolve("made"));
                    Files.writeString(cassettes.resolve("made/fresh.yaml"), "fresh");
                    undo.settleRefresh(path("made"), false);
                }
                return;
            case "changed-then-killed":
                // Killed mid-scenario, after it changed a snapshotted folder cassette.
                folder.begin("scenario").snapshot(path("rec"));
                Files.writeString(cassettes.resolve("rec/1.yaml"), "changed");
                Files.delete(cassettes.resolve("rec/2.yaml"));
                Files.writeString(cassettes.resolve("rec/new.yaml"), "new");
                Runtime.getRuntime().halt(Checkpoints.HALT_STATUS);
                return;
            case "created-then-killed":
                // Killed mid-scenario, after it created a folder cassette that was absent.
                folder.begin("scenario").snapshot(path("made"));
                Files.createDirectories(cassettes.resolve("made/inner"));
                Files.writeString(cassettes.resolve("made/inner/x.yaml"), "made");
                Runtime.getRuntime().halt(Checkpoints.HALT_STATUS);
                return;
            case "restore-blocked-then-killed":
                // A link put on the cassette's way before the put-back: refused and the saved copy
                // kept for a later run; then killed before the run ends.
                Undo blocked = folder.begin("scenario");
                blocked.snapshot(path("rec/1.yaml"));
                Files.writeString(cassettes.resolve("rec/1.yaml"), "changed");
                Path elsewhere = cassettes.resolveSibling("rec-elsewhere");
                Files.move(cassettes.resolve("rec"), elsewhere);
                Files.createSymbolicLink(cassettes.resolve("rec"), elsewhere);
                blocked.restoreAll();
                Runtime.getRuntime().halt(Checkpoints.HALT_STATUS);
                return;
            case "recover":
                folder.work().recover();
                return;
            default:
                throw new IllegalArgumentException(operation);
        }
    }

    private static void check(FileResult result, FileResult.Kind expected) {
        if (result.kind() != expected) {
            throw new IllegalStateException("expected " + expected + ": " + result);
        }
    }

    private static CassettePath path(String text) {
        return CassettePath.parse(text).path().orElseThrow();
    }
}
