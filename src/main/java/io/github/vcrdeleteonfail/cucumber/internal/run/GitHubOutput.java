package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.ci.CiEnvironment;
import io.github.vcrdeleteonfail.cucumber.internal.ci.StepSummary;
import io.github.vcrdeleteonfail.cucumber.internal.ci.WorkflowCommands;
import io.github.vcrdeleteonfail.cucumber.internal.ci.WorkspacePath;
import io.github.vcrdeleteonfail.cucumber.internal.config.CiOutput;
import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.files.OwnedFiles;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run tells GitHub Actions ({@code ci-output: auto}, the default): with {@code
 * GITHUB_STEP_SUMMARY} set, a Markdown section appended to the job summary; with {@code
 * GITHUB_ACTIONS=true}, workflow commands on standard output that annotate the scenarios whose
 * cassettes were removed or may be stale. Elsewhere, or with {@code ci-output: off}, nothing.
 */
final class GitHubOutput {

    private final Services services;
    private final CiEnvironment environment;

    GitHubOutput(Services services, CiEnvironment environment) {
        this.services = services;
        this.environment = environment;
    }

    /**
     * Writes the job summary and the annotations, as the environment asks.
     *
     * @param rerunList the re-record list this run wrote to, if any
     * @param report the JSON report this run wrote to, if any
     */
    void write(Optional<Path> rerunList, Optional<Path> report) {
        if (services.config.ciOutput() == CiOutput.OFF) {
            return;
        }
        Optional<String> summaryFile = environment.variable("GITHUB_STEP_SUMMARY");
        boolean actions = environment.variable("GITHUB_ACTIONS").orElse("").equals("true");
        if (summaryFile.isEmpty() && !actions) {
            return; // not on GitHub Actions: nothing to render
        }
        WorkspacePath paths = WorkspacePath.of(environment);
        if (summaryFile.isPresent()) {
            appendSummary(summaryFile.get(), paths, rerunList, report);
        }
        if (actions) {
            printCommands(paths);
        }
    }

    private void appendSummary(
            String file, WorkspacePath paths, Optional<Path> rerunList, Optional<Path> report) {
        String section =
                StepSummary.render(
                        services.summary,
                        new StepSummary.Run(
                                services.runId,
                                services.config.cassetteDir(),
                                services.config.onFailure().key(),
                                rerunList,
                                report),
                        paths);
        if (section.isEmpty()) {
            return;
        }
        FileResult result;
        try {
            result = OwnedFiles.append(Path.of(file), section);
        } catch (InvalidPathException e) {
            result = FileResult.of(FileResult.Kind.FAILED, "it is not a path: " + e.getMessage());
        }
        if (result.kind() != FileResult.Kind.WRITTEN) {
            PluginLog.warn(
                    "vcr-delete-on-fail could not add its section to the job summary "
                            + Printable.of(file)
                            + " (GITHUB_STEP_SUMMARY): "
                            + Printable.of(result.detail())
                            + ". Set ci-output: off to stop trying.");
        }
    }

    private void printCommands(WorkspacePath paths) {
        List<String> commands = WorkflowCommands.render(services.summary, paths);
        if (commands.isEmpty()) {
            return;
        }
        String nl = System.lineSeparator();
        // One print, starting on a line of its own: the runner reads only whole lines.
        PrintStream out = environment.standardOutput();
        out.print(nl + String.join(nl, commands) + nl);
        out.flush();
    }
}
