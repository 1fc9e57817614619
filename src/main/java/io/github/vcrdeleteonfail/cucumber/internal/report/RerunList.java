package io.github.vcrdeleteonfail.cucumber.internal.report;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The re-record list (key {@code rerun-file}): the scenarios whose cassettes were removed, in
 * Cucumber's rerun format, one line per feature file with its scenarios' lines ({@code
 * file:src/test/resources/features/users.feature:12:30}), so that Cucumber runs exactly them again
 * and they record afresh. File URIs under the working directory are written relative to it, as
 * Cucumber's own {@code rerun} plugin does, so a list made on a CI machine works in a checkout. The
 * first line is a comment that marks the file as the plugin's; Cucumber reads only the parts of a
 * line that name a {@code .feature}, so it ignores it. Runs writing one file add up.
 */
@API(status = API.Status.INTERNAL)
public final class RerunList {

    /** The first line, which marks the file as the plugin's; it names no feature: {@value}. */
    public static final String MARKER =
            "# cucumber-vcr-delete-on-fail: the scenarios whose cassettes were removed; run them"
                    + " again to record afresh";

    private RerunList() {}

    /**
     * Tells whether a cassette was removed, so that its scenario must run again to record it:
     * deleted (or, with restore, created by the failure and removed) or quarantined. Cassettes put
     * back, kept, refused or that failed to be removed are not.
     *
     * @param entry what happened to one cassette
     * @return true for a removal
     */
    public static boolean removed(RunSummary.Entry entry) {
        return entry.outcome() == Outcome.DELETED || entry.outcome() == Outcome.QUARANTINED;
    }

    /**
     * Returns the scenarios to run again: those with a removed cassette, by feature.
     *
     * @param entries the run's entries
     * @param workingDir the folder file URIs are written relative to, when they are under it
     * @return the lines by feature, as written in the list; empty when nothing was removed
     */
    public static SortedMap<String, SortedSet<Integer>> scenarios(
            List<RunSummary.Entry> entries, Path workingDir) {
        URI root = folderUri(workingDir);
        SortedMap<String, SortedSet<Integer>> scenarios = new TreeMap<>();
        for (RunSummary.Entry entry : entries) {
            if (removed(entry) && entry.feature() != null && entry.line() > 0) {
                scenarios
                        .computeIfAbsent(relative(root, entry.feature()), k -> new TreeSet<>())
                        .add(entry.line());
            }
        }
        return scenarios;
    }

    /**
     * Adds scenarios to the list.
     *
     * @param existing the list so far, or empty for a new file
     * @param scenarios the scenarios to add, by feature
     * @return the list, sorted by feature and line; lines of the existing list that are not a
     *     feature with lines are kept as they were, after the others
     */
    public static String merge(
            Optional<String> existing, SortedMap<String, SortedSet<Integer>> scenarios) {
        SortedMap<String, SortedSet<Integer>> all = new TreeMap<>();
        Set<String> other = new LinkedHashSet<>();
        for (String line : existing.orElse("").split("\n")) {
            String text = line.strip();
            int start = linesStart(text);
            if (start > 0) {
                SortedSet<Integer> lines =
                        all.computeIfAbsent(text.substring(0, start), k -> new TreeSet<>());
                for (String number : text.substring(start + 1).split(":")) {
                    lines.add(Integer.valueOf(number));
                }
            } else if (!text.isEmpty() && !text.equals(MARKER)) {
                other.add(text);
            }
        }
        scenarios.forEach(
                (feature, lines) ->
                        all.computeIfAbsent(feature, k -> new TreeSet<>()).addAll(lines));
        List<String> out = new ArrayList<>();
        out.add(MARKER);
        all.forEach(
                (feature, lines) -> {
                    StringBuilder line = new StringBuilder(feature);
                    lines.forEach(number -> line.append(':').append(number));
                    out.add(line.toString());
                });
        out.addAll(other);
        return String.join("\n", out) + "\n";
    }

    /**
     * Where the lines of a feature-with-lines line begin: the index of the first {@code :} of the
     * longest run of {@code :<1 to 9 digits>} that ends the text and leaves a feature before it; -1
     * when there is none. The same split as {@code ^(.+?)((?::[0-9]{1,9})+)$}, read from the end
     * without backtracking: that expression overflowed the stack on a line of about 1,200
     * scenarios, which this plugin writes for a large outline, and the next run's merge failed.
     *
     * @param text a line of the list, stripped
     * @return the index, at least 1, or -1
     */
    static int linesStart(String text) {
        int start = text.length();
        while (true) {
            int digits = start;
            while (digits > 0 && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
                digits--;
            }
            int count = start - digits;
            if (count < 1 || count > 9 || digits < 2 || text.charAt(digits - 1) != ':') {
                return start < text.length() ? start : -1;
            }
            start = digits - 1;
        }
    }

    private static URI folderUri(Path folder) {
        String uri =
                requireNonNull(folder, "workingDir")
                        .toAbsolutePath()
                        .normalize()
                        .toUri()
                        .toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    /** The feature as Cucumber's rerun plugin writes it: relative to the working directory. */
    private static String relative(URI root, URI feature) {
        if (!"file".equals(feature.getScheme()) || feature.isOpaque()) {
            return feature.toString();
        }
        URI relative = root.relativize(feature);
        if (relative.isAbsolute()) {
            return feature.toString();
        }
        try {
            return new URI("file", relative.getSchemeSpecificPart(), null).toString();
        } catch (URISyntaxException e) {
            return feature.toString();
        }
    }
}
