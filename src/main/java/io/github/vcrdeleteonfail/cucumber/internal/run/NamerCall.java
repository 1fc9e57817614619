package io.github.vcrdeleteonfail.cucumber.internal.run;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that calls the user's namer, with one error policy: whatever it throws ({@code
 * StackOverflowError} included, only {@code OutOfMemoryError} passes), a null list, a null element
 * or an unsafe path becomes a problem naming the namer and the scenario; the names that are fine
 * are still returned. Callers choose what a problem means: the plugin reports it and handles the
 * scenario's other cassettes, glue code gets an exception.
 */
final class NamerCall {

    private final ScenarioCassetteNamer namer;
    private final Path cassetteDir;

    NamerCall(ScenarioCassetteNamer namer, Path cassetteDir) {
        this.namer = requireNonNull(namer, "namer");
        this.cassetteDir = requireNonNull(cassetteDir, "cassetteDir");
    }

    /** The cassettes named for a scenario, the unsafe ones refused, and what went wrong. */
    static final class Named {
        final List<CassettePath> paths;
        final List<Refusal> refusals;
        final List<String> problems;

        Named(List<CassettePath> paths, List<Refusal> refusals, List<String> problems) {
            this.paths = paths;
            this.refusals = refusals;
            this.problems = problems;
        }
    }

    Named name(ScenarioInfo scenario) {
        List<Path> named;
        try {
            named = namer.cassettesFor(scenario);
        } catch (Throwable thrown) {
            Guard.rethrowIfFatal(thrown);
            return new Named(
                    List.of(),
                    List.of(),
                    List.of(
                            "the namer "
                                    + describe()
                                    + " threw "
                                    + Printable.of(thrown)
                                    + "; fix the namer"));
        }
        if (named == null) {
            return new Named(
                    List.of(),
                    List.of(),
                    List.of(
                            "the namer "
                                    + describe()
                                    + " returned null instead of a list; fix the namer"));
        }
        if (namer.getClass() == DefaultCassetteNamer.class && named.size() == 1) {
            CassettePath safe = defaultName(named.get(0));
            if (safe != null) {
                return new Named(List.of(safe), List.of(), List.of());
            }
        }
        List<CassettePath> paths = new ArrayList<>(named.size());
        List<Refusal> refusals = new ArrayList<>(0);
        List<String> problems = new ArrayList<>(0);
        for (Path path : named) {
            if (path == null) {
                problems.add("the namer " + describe() + " named a null path; fix the namer");
                continue;
            }
            CassettePath.Parsed parsed = CassettePath.of(cassetteDir, path);
            if (parsed.path().isPresent()) {
                paths.add(parsed.path().get());
            } else {
                refusals.add(
                        new Refusal(
                                Printable.of(path),
                                "namer " + describe(),
                                Printable.of(parsed.refusal().orElseThrow())));
            }
        }
        return new Named(paths, refusals, problems);
    }

    /**
     * The default namer's {@code <feature>/<name><extension>}, whose names are sanitised (see
     * {@code DefaultCassetteNamer}): they cannot hold what the path checks refuse, so they are
     * split at the separator and not checked again (NamerCallTest compares both ways). Null when
     * the path is not of that shape.
     */
    private static CassettePath defaultName(Path path) {
        if (path == null || path.isAbsolute() || path.getNameCount() > 2) {
            return null;
        }
        String text = path.toString();
        int separator = text.indexOf(path.getFileSystem().getSeparator());
        List<String> segments =
                separator < 0
                        ? List.of(text)
                        : List.of(text.substring(0, separator), text.substring(separator + 1));
        try {
            return CassettePath.ofSafeSegments(segments);
        } catch (IllegalArgumentException e) {
            return null; // checked the long way, with its reason
        }
    }

    String describe() {
        try {
            return Printable.of(namer);
        } catch (Throwable thrown) {
            Guard.rethrowIfFatal(thrown);
            return namer.getClass().getName();
        }
    }
}
