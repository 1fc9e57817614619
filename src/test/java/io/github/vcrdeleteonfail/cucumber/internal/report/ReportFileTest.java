package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        ReportFile.write(file, "{\"run\": \"r-1\"}\n");

        assertThat(file).isRegularFile().hasContent("{\"run\": \"r-1\"}\n");
    }

    @Test
    void writesTheJsonInUtf8() throws IOException {
        Path file = temp.resolve("vcr.json");
        String json = "{\"for\": \"Connexion réussie 🚀\"}";

        ReportFile.write(file, json);

        assertThat(file).hasBinaryContent(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesAnExistingReport() throws IOException {
        Path file = Files.writeString(temp.resolve("vcr.json"), "{\"old\": \"and much longer\"}");

        ReportFile.write(file, "{}");

        assertThat(file).hasContent("{}");
    }

    @Test
    void leavesNoPartialFileBehind() throws IOException {
        Path folder = temp.resolve("reports");
        Path file = folder.resolve("vcr.json");

        ReportFile.write(file, "{\"first\": 1}");
        ReportFile.write(file, "{\"second\": 2}");

        assertThat(file).hasContent("{\"second\": 2}");
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void failsWhenTheFolderCannotBeCreated() throws IOException {
        Path blocker = Files.writeString(temp.resolve("blocker"), "a regular file");
        Path file = blocker.resolve("reports/vcr.json");

        assertThatThrownBy(() -> ReportFile.write(file, "{}")).isInstanceOf(IOException.class);

        assertThat(blocker).isRegularFile().hasContent("a regular file");
    }
}
