package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.ci.CiEnvironment;
import io.github.vcrdeleteonfail.cucumber.internal.report.SummaryText;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The end of a run: the summary at INFO, the JSON report and the re-record list ({@link RunFiles}),
 * the GitHub Actions job summary and annotations ({@link GitHubOutput}), and the run's work folder
 * removed. Each part is attempted even when an earlier one fails.
 */
final class RunEnd {

    private final Services services;
    private final CiEnvironment environment;
    private Optional<Path> report = Optional.empty();
    private Optional<Path> rerunList = Optional.empty();

    RunEnd(Services services, CiEnvironment environment) {
        this.services = services;
        this.environment = environment;
    }

    /** Plain try blocks rather than guarded lambdas: every run ends here. */
    void finish() {
        try {
            try {
                logSummary();
            } catch (Throwable thrown) {
                Guard.failed(thrown, "vcr-delete-on-fail could not log its summary");
            }
            if (!services.config.enabled()) {
                return; // enabled: false does nothing at all: no report, list or CI output
            }
            RunFiles files = new RunFiles(services);
            if (services.config.report().isPresent()) {
                try {
                    report = files.report(services.config.report().get());
                } catch (Throwable thrown) {
                    Guard.failed(thrown, "vcr-delete-on-fail could not write its report");
                }
            }
            if (services.config.rerunFile().isPresent()) {
                try {
                    rerunList = files.rerunList(services.config.rerunFile().get());
                } catch (Throwable thrown) {
                    Guard.failed(thrown, "vcr-delete-on-fail could not write its re-record list");
                }
            }
            try {
                new GitHubOutput(services, environment).write(rerunList, report);
            } catch (Throwable thrown) {
                Guard.failed(
                        thrown, "vcr-delete-on-fail could not write its GitHub Actions output");
            }
        } finally {
            if (services.folder != null) {
                services.folder.close();
            }
            services.work.close();
        }
    }

    private void logSummary() {
        for (String warning : services.misspelledTags.warnings()) {
            services.summary.notice(warning);
        }
        String text =
                SummaryText.format(services.summary, Printable.of(services.config.cassetteDir()));
        if (!text.isEmpty()) {
            PluginLog.info(text);
        }
    }
}
