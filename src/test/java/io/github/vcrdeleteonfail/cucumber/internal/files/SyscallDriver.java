package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts system calls with strace (docs/performance.md): prepares a cassette folder in a fresh
 * temporary folder, then deletes a file cassette, a folder cassette of N files, or nothing (the
 * baseline to subtract).
 */
public final class SyscallDriver {

    private SyscallDriver() {}

    /**
     * Runs one measurement.
     *
     * @param args "file", "folder" or "none"; the number of files of the folder cassette
     */
    public static void main(String[] args) throws IOException {
        Path temp = Files.createTempDirectory("vcr-syscalls");
        Path cassettes = Files.createDirectories(temp.resolve("cassettes"));
        Files.createDirectories(cassettes.resolve("big"));
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            Files.writeString(cassettes.resolve("big/" + i + ".yaml"), "x");
        }
        Files.writeString(cassettes.resolve("a.yaml"), "a");
        WorkFolder work = WorkFolder.at(temp.resolve(".vcr-delete-on-fail"), cassettes, "m");
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        // Warm up the lock and work folder once, as a run does at its first failure.
        folder.delete(CassettePath.parse("absent.yaml").path().orElseThrow());
        System.out.println("MARK-START");
        FileResult result = FileResult.of(FileResult.Kind.UNCHANGED, "none");
        if (args[0].equals("file")) {
            result = folder.delete(CassettePath.parse("a.yaml").path().orElseThrow());
        } else if (args[0].equals("folder")) {
            result = folder.delete(CassettePath.parse("big").path().orElseThrow());
        }
        System.out.println("MARK-END " + result);
        work.close();
    }
}
