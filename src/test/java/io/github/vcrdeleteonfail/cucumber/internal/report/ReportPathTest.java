package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportPathTest {

    @Test
    void replacesThePidAndRunPlaceholdersInTheFileName() {
        Path configured = Path.of("/repo/target/vcr-{pid}-{run}.json");

        assertThat(ReportPath.resolve(configured, 4242, "r-17"))
                .isEqualTo(Path.of("/repo/target/vcr-4242-r-17.json"));
    }

    @Test
    void replacesEveryOccurrenceOfAPlaceholder() {
        Path configured = Path.of("/repo/{pid}.{pid}.{run}.{run}.json");

        assertThat(ReportPath.resolve(configured, 7, "r")).isEqualTo(Path.of("/repo/7.7.r.r.json"));
    }

    @Test
    void leavesANameWithoutPlaceholdersAlone() {
        Path configured = Path.of("/repo/target/vcr-report.json");

        assertThat(ReportPath.resolve(configured, 4242, "r-17")).isEqualTo(configured);
    }

    @Test
    void replacesPlaceholdersOnlyInTheFileName() {
        Path configured = Path.of("/repo/{run}/vcr-{pid}.json");

        assertThat(ReportPath.resolve(configured, 4242, "r-17"))
                .isEqualTo(Path.of("/repo/{run}/vcr-4242.json"));
    }

    @Test
    void resolvesARelativeFileNameWithoutAFolder() {
        assertThat(ReportPath.resolve(Path.of("vcr-{pid}.json"), 12, "r"))
                .isEqualTo(Path.of("vcr-12.json"));
    }

    @Test
    void aDistinctFileHasTheRunIdBeforeTheExtension() {
        assertThat(ReportPath.distinct(Path.of("/repo/target/vcr-report.json"), "run1-pid2-3"))
                .isEqualTo(Path.of("/repo/target/vcr-report-run1-pid2-3.json"));
        assertThat(ReportPath.distinct(Path.of("/repo/rerun"), "r"))
                .isEqualTo(Path.of("/repo/rerun-r"));
        assertThat(ReportPath.distinct(Path.of("/repo/.hidden"), "r"))
                .isEqualTo(Path.of("/repo/.hidden-r"));
    }
}
