package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The other JVM of {@link AnotherJvmTest}: snapshots one cassette for restore, says so on stdout,
 * and holds it until a line arrives on stdin (or stdin closes); then settles and ends its run.
 */
public final class HoldingDriver {

    private HoldingDriver() {}

    /**
     * Holds a cassette.
     *
     * @param args cassette folder, work folder, cassette
     */
    public static void main(String[] args) throws IOException {
        Path cassettes = Path.of(args[0]);
        WorkFolder work = WorkFolder.at(Path.of(args[1]), cassettes, "holder");
        CassetteFolder folder = new CassetteFolder(cassettes, work);
        CassettePath cassette = CassettePath.parse(args[2]).path().orElseThrow();
        try (Undo undo = folder.begin("held")) {
            System.out.println("HOLDING " + undo.snapshot(cassette).kind());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        work.close();
        System.out.println("DONE");
        System.out.flush();
    }
}
