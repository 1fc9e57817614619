package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    @TempDir Path temp;

    @Test
    void replacesThePidAndRunPlaceholdersInTheFileName() {
        Path configured = Path.of("/repo/target/vcr-{pid}-{run}.json");

        assertThat(ReportFile.resolve(configured, 4242, "r-17"))
                .isEqualTo(Path.of("/repo/target/vcr-4242-r-17.json"));
    }

    @Test
    void replacesEveryOccurrenceOfAPlaceholder() {
        Path configured = Path.of("/repo/{pid}.{pid}.{run}.{run}.json");

        assertThat(ReportFile.resolve(configured, 7, "r")).isEqualTo(Path.of("/repo/7.7.r.r.json"));
    }

    @Test
    void leavesANameWithoutPlaceholdersAlone() {
        Path configured = Path.of("/repo/target/vcr-report.json");

        assertThat(ReportFile.resolve(configured, 4242, "r-17")).isEqualTo(configured);
    }

    @Test
    void replacesPlaceholdersOnlyInTheFileName() {
        Path configured = Path.of("/repo/{run}/vcr-{pid}.json");

        assertThat(ReportFile.resolve(configured, 4242, "r-17"))
                .isEqualTo(Path.of("/repo/{run}/vcr-4242.json"));
    }

    @Test
    void resolvesARelativeFileNameWithoutAFolder() {
        assertThat(ReportFile.resolve(Path.of("vcr-{pid}.json"), 12, "r"))
                .isEqualTo(Path.of("vcr-12.json"));
    }

    @Test
    void createsTheMissingParentFolders() throws IOException {
        Path file = temp.resolve("target/reports/deep/vcr.json");

        FileResult result = ReportFile.write(file, "{\"run\": \"r-1\"}\n");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.WRITTEN);
        assertThat(file)
                .isRegularFile()
                .hasContent("{\n  " + ReportFile.MARKER + ",\"run\": \"r-1\"}\n");
    }

    @Test
    void writesTheJsonInUtf8() throws IOException {
        Path file = temp.resolve("vcr.json");
        String json = "{\"for\": \"Connexion réussie 🚀\"}";

        ReportFile.write(file, json);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("Connexion réussie 🚀")
                .contains(ReportFile.MARKER);
    }

    @Test
    void replacesAReportItWroteEarlier() throws IOException {
        Path file = temp.resolve("vcr.json");
        ReportFile.write(file, "{\"old\": \"and much longer\"}");

        ReportFile.write(file, "{}");

        assertThat(file).hasContent("{\n  " + ReportFile.MARKER + ",}");
    }

    @Test
    void refusesToReplaceAHandWrittenFile() throws IOException {
        Path file = Files.writeString(temp.resolve("vcr.json"), "{\"mine\": true}");

        FileResult result = ReportFile.write(file, "{}");

        assertThat(result.kind()).isEqualTo(FileResult.Kind.REFUSED);
        assertThat(file).hasContent("{\"mine\": true}");
    }

    @Test
    void leavesNoPartialFileBehind() throws IOException {
        Path folder = temp.resolve("reports");
        Path file = folder.resolve("vcr.json");

        ReportFile.write(file, "{\"first\": 1}");
        ReportFile.write(file, "{\"second\": 2}");

        assertThat(file).content().contains("\"second\": 2");
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void failsWhenTheFolderCannotBeCreated() throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "a regular file");
        Path file = blocker.resolve("reports/vcr.json");

        assertThat(ReportFile.write(file, "{}").kind()).isEqualTo(FileResult.Kind.FAILED);

        assertThat(blocker).isRegularFile().hasContent("a regular file");
    }
}
