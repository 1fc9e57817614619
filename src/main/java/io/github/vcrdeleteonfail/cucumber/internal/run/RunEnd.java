package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.files.OwnedFiles;
import io.github.vcrdeleteonfail.cucumber.internal.report.JsonReport;
import io.github.vcrdeleteonfail.cucumber.internal.report.ReportPath;
import io.github.vcrdeleteonfail.cucumber.internal.report.SummaryText;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;

/**
 * The end of a run: the summary at INFO, the JSON report, and the run's work folder removed. Each
 * part is attempted even when an earlier one fails.
 */
final class RunEnd {

    private final Services services;

    RunEnd(Services services) {
        this.services = services;
    }

    void finish() {
        try {
            for (String warning : services.misspelledTags.warnings()) {
                services.summary.notice(warning);
            }
            String text =
                    SummaryText.format(
                            services.summary, Printable.of(services.config.cassetteDir()));
            if (!text.isEmpty()) {
                PluginLog.info(text);
            }
            services.config.report().ifPresent(this::writeReport);
        } finally {
            services.work.close();
        }
    }

    private void writeReport(Path configured) {
        Path file = ReportPath.resolve(configured, ProcessHandle.current().pid(), services.runId);
        FileResult result =
                OwnedFiles.write(
                        file,
                        JsonReport.render(
                                services.summary,
                                services.config.cassetteDir().toString(),
                                services.config.onFailure().key(),
                                services.runId),
                        JsonReport.MARKER_FIELD);
        if (result.kind() == FileResult.Kind.FAILED || result.kind() == FileResult.Kind.REFUSED) {
            PluginLog.warn(
                    "vcr-delete-on-fail did not write its report to "
                            + Printable.of(file)
                            + " (key 'report'): "
                            + Printable.of(result.detail()));
        } else {
            PluginLog.debug(() -> "vcr-delete-on-fail report written to " + file);
        }
    }
}
