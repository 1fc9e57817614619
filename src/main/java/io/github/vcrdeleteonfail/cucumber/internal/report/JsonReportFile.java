package io.github.vcrdeleteonfail.cucumber.internal.report;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * The JSON report file, which holds every run that wrote to it: several Cucumber runs of one JVM
 * (several suites, re-runs) and several JVMs sharing one path each add their run, none replaces
 * another's. Main code has no JSON parser, so the writer keeps the file's layout fixed and appends
 * only to a file in exactly that layout: the marker, then {@code "runs": [}, then each run as
 * {@link JsonReport} writes it, then the closing lines. Anything else (an older version's one-run
 * report, a file reformatted by hand) is left alone.
 *
 * <pre>
 * {
 *   "generator": "cucumber-vcr-delete-on-fail",
 *   "runs": [
 *     {
 *       "run": "run1767225600-pid4242-1",
 *       ...
 *     },
 *     {
 *       ...
 *     }
 *   ]
 * }
 * </pre>
 */
@API(status = API.Status.INTERNAL)
public final class JsonReportFile {

    private static final String HEADER = "{\n  " + JsonReport.MARKER_FIELD + ",\n  \"runs\": [\n";
    private static final String TRAILER = "\n  ]\n}\n";
    private static final String RUN_START = "    {";
    private static final String RUN_END = "    }";
    private static final String RUN_LINE = "      ";

    private JsonReportFile() {}

    /**
     * Writes a new file holding one run.
     *
     * @param run the run, as {@link JsonReport#render} writes it
     * @return the file's content
     */
    public static String create(String run) {
        return HEADER + requireNonNull(run, "run") + TRAILER;
    }

    /**
     * Adds a run to a file the writer laid out.
     *
     * @param existing the file's content
     * @param run the run, as {@link JsonReport#render} writes it
     * @return the file's new content, or null when the file is not in the writer's layout (so
     *     appending could make it invalid JSON)
     */
    public static String append(String existing, String run) {
        requireNonNull(run, "run");
        if (!isWritersLayout(existing)) {
            return null;
        }
        String runs = existing.substring(HEADER.length(), existing.length() - TRAILER.length());
        return HEADER + runs + ",\n" + run + TRAILER;
    }

    /**
     * Tells whether a file is laid out exactly as this writer lays it out: at least one run, each
     * opening and closing on a line of its own, every line between them indented by six spaces.
     *
     * @param content the file's content
     * @return true when a run can be appended safely
     */
    public static boolean isWritersLayout(String content) {
        if (!content.startsWith(HEADER)
                || !content.endsWith(TRAILER)
                || content.length() < HEADER.length() + TRAILER.length()) {
            return false;
        }
        String runs = content.substring(HEADER.length(), content.length() - TRAILER.length());
        int count = 0;
        boolean inRun = false;
        boolean comma = false;
        for (String line : runs.split("\n", -1)) {
            if (!inRun && line.equals(RUN_START) && (count == 0 || comma)) {
                inRun = true;
                count++;
            } else if (inRun && line.startsWith(RUN_LINE)) {
                continue;
            } else if (inRun && (line.equals(RUN_END) || line.equals(RUN_END + ","))) {
                inRun = false;
                comma = line.endsWith(",");
            } else {
                return false;
            }
        }
        // Every run but the last is followed by a comma, the last by none.
        return count > 0 && !inRun && !comma;
    }
}
