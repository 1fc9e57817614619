package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.files.OwnedFiles;
import io.github.vcrdeleteonfail.cucumber.internal.report.JsonReport;
import io.github.vcrdeleteonfail.cucumber.internal.report.JsonReportFile;
import io.github.vcrdeleteonfail.cucumber.internal.report.ReportPath;
import io.github.vcrdeleteonfail.cucumber.internal.report.RerunList;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Writes the files a run leaves for CI: the JSON report (key {@code report}) and the re-record list
 * (key {@code rerun-file}). Runs that share a path add to it under a lock (threads and JVMs alike),
 * so no run's entries are lost. When the file at the path is not one this writer can add to (not
 * the plugin's, or not in its layout), it is left untouched and the run's file is written beside it
 * under a name with the run's id, with a WARNING naming both: never a silent overwrite, never a
 * silent loss.
 */
final class RunFiles {

    private final Services services;
    private final long pid = RunId.processId();

    RunFiles(Services services) {
        this.services = services;
    }

    /**
     * Adds this run to the JSON report.
     *
     * @param configured the configured path, placeholders not replaced
     * @return the file the run was written to, or empty when it could not be written
     */
    Optional<Path> report(Path configured) {
        String run =
                JsonReport.render(
                        services.summary,
                        services.config.cassetteDir().toString(),
                        services.config.onFailure().key(),
                        services.runId);
        return write(
                "report",
                "report",
                configured,
                existing ->
                        existing.isEmpty()
                                ? JsonReportFile.create(run)
                                : JsonReportFile.append(existing.get(), run),
                JsonReportFile.create(run),
                JsonReport.MARKER_FIELD);
    }

    /**
     * Adds the scenarios whose cassettes were removed to the re-record list; writes nothing when
     * there are none, so that the file exists only when it lists a scenario (Cucumber runs every
     * feature for a list that names none).
     *
     * @param configured the configured path, placeholders not replaced
     * @return the file written, or empty when nothing was written
     */
    Optional<Path> rerunList(Path configured) {
        SortedMap<String, SortedSet<Integer>> scenarios =
                RerunList.scenarios(services.summary.entries(), Path.of(""));
        if (scenarios.isEmpty()) {
            if (PluginLog.debugEnabled()) {
                PluginLog.debug("vcr-delete-on-fail: no cassette removed, no re-record list");
            }
            return Optional.empty();
        }
        return write(
                "rerun-file",
                "re-record list",
                configured,
                existing -> RerunList.merge(existing, scenarios),
                RerunList.merge(Optional.empty(), scenarios),
                RerunList.MARKER);
    }

    private Optional<Path> write(
            String key,
            String what,
            Path configured,
            Function<Optional<String>, String> merge,
            String alone,
            String marker) {
        Path file = ReportPath.resolve(configured, pid, services.runId);
        FileResult result = OwnedFiles.update(file, merge, marker);
        if (result.kind() == FileResult.Kind.WRITTEN) {
            if (PluginLog.debugEnabled()) {
                PluginLog.debug("vcr-delete-on-fail " + what + " written to " + Printable.of(file));
            }
            return Optional.of(file);
        }
        if (result.kind() == FileResult.Kind.FAILED) {
            warn(what, file, key, result.detail(), "");
            return Optional.empty();
        }
        String why =
                result.kind() == FileResult.Kind.UNCHANGED
                        ? "its content is not laid out the way this version writes it (an older"
                                + " version's report, or a file edited by hand), so adding to it"
                                + " could break it; it is left untouched"
                        : result.detail();
        Path beside = ReportPath.distinct(file, services.runId);
        FileResult second = OwnedFiles.write(beside, alone, marker);
        if (second.kind() == FileResult.Kind.WRITTEN) {
            warn(what, file, key, why, ". This run's " + what + " is in " + Printable.of(beside));
            return Optional.of(beside);
        }
        warn(what, file, key, why, ", nor beside it: " + Printable.of(second.detail()));
        return Optional.empty();
    }

    private static void warn(String what, Path file, String key, String why, String then) {
        PluginLog.warn(
                "vcr-delete-on-fail did not add this run to its "
                        + what
                        + " "
                        + Printable.of(file)
                        + " (key '"
                        + key
                        + "'): "
                        + Printable.of(why)
                        + then);
    }
}
