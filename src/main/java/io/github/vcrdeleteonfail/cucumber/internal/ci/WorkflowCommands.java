package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.report.RerunList;
import io.github.vcrdeleteonfail.cucumber.internal.report.RunSummary;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * GitHub Actions workflow commands that annotate the scenarios of a run: a {@code ::warning} for
 * each cassette that may be stale (failed to be removed, refused, in use, namer failed), then a
 * {@code ::notice} for each removed cassette, at its scenario's line; at most {@value #MAX} per run
 * (GitHub shows only ten of a kind per step), then one notice counting the rest.
 *
 * <pre>
 * ::notice file=src/test/resources/features/users.feature,line=12,title=vcr-delete-on-fail%3A deleted::Cassette users/Fetch_a_user.yaml deleted after scenario "Fetch a user" FAILED: run it again to record afresh
 * </pre>
 */
@API(status = API.Status.INTERNAL)
public final class WorkflowCommands {

    /** The most annotations one run prints: {@value}. */
    public static final int MAX = 10;

    private static final int MAX_MESSAGE = 1000;

    private WorkflowCommands() {}

    /**
     * Writes the commands of one run.
     *
     * @param summary the run's decisions
     * @param paths names feature files relative to the workspace
     * @return the command lines, without line breaks; empty when there is nothing to annotate
     */
    public static List<String> render(RunSummary summary, WorkspacePath paths) {
        requireNonNull(paths, "paths");
        List<RunSummary.Entry> annotated = new ArrayList<>();
        for (RunSummary.Entry entry : summary.entries()) {
            if (entry.outcome().isProblem()) {
                annotated.add(entry);
            }
        }
        for (RunSummary.Entry entry : summary.entries()) {
            if (RerunList.removed(entry)) {
                annotated.add(entry);
            }
        }
        List<String> commands = new ArrayList<>();
        for (RunSummary.Entry entry : annotated.subList(0, Math.min(MAX, annotated.size()))) {
            commands.add(command(entry, paths));
        }
        if (annotated.size() > MAX) {
            commands.add(
                    "::notice title=vcr-delete-on-fail::"
                            + (annotated.size() - MAX)
                            + " more cassettes removed or left stale, not annotated; the job"
                            + " summary and the JSON report (key 'report') list them");
        }
        return commands;
    }

    private static String command(RunSummary.Entry entry, WorkspacePath paths) {
        boolean problem = entry.outcome().isProblem();
        StringBuilder line = new StringBuilder(problem ? "::warning " : "::notice ");
        if (entry.feature() != null) {
            line.append("file=").append(property(paths.of(entry.feature())));
            if (entry.line() > 0) {
                line.append(",line=").append(entry.line());
            }
            line.append(',');
        }
        line.append("title=").append(property("vcr-delete-on-fail: " + entry.outcome().label()));
        // The annotation sits at the scenario already: its name and status say the rest.
        String who =
                entry.scenario() != null && entry.status() != null
                        ? "scenario \"" + entry.scenario() + "\" " + entry.status()
                        : entry.failure();
        String message =
                "Cassette "
                        + entry.cassette()
                        + " "
                        + entry.outcome().label()
                        + (problem ? " for " + who + ": " + entry.detail() : " after " + who)
                        + (problem ? "" : ": run it again to record afresh");
        if (message.length() > MAX_MESSAGE) {
            int end =
                    MAX_MESSAGE
                            - (Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 1)) ? 1 : 0);
            message = message.substring(0, end) + "...";
        }
        return line.append("::").append(data(message)).toString();
    }

    /**
     * Escapes a command's message as GitHub's runner reads it.
     *
     * @param text any text
     * @return the text on one line, with {@code %}, CR and LF percent-encoded, and invisible
     *     characters shown as {@link Printable} shows them
     */
    public static String data(String text) {
        return Printable.of(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * Escapes a command's property value as GitHub's runner reads it.
     *
     * @param text any text
     * @return as {@link #data}, and {@code :} and {@code ,} percent-encoded too
     */
    public static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
