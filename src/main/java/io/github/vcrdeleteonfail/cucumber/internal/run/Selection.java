package io.github.vcrdeleteonfail.cucumber.internal.run;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cassettes a scenario selects: the namer's for the bare tag, each path tag's, and what glue
 * code registered, normalised to the top-most distinct targets before anything is touched (a file
 * inside a selected folder, a folder inside a selected folder, one path spelt two ways all become
 * one target), so that no snapshot, move or delete ever overlaps another.
 */
final class Selection {

    private final CassetteTags.Names names;
    private final NamerCall namer;
    private final Path cassetteDir;
    private String defaultOrigin; // the same for every scenario: written once

    Selection(CassetteTags.Names names, NamerCall namer, Path cassetteDir) {
        this.names = requireNonNull(names, "names");
        this.namer = requireNonNull(namer, "namer");
        this.cassetteDir = requireNonNull(cassetteDir, "cassetteDir");
    }

    private String defaultOrigin() {
        String origin = defaultOrigin;
        if (origin == null) {
            origin = "tag " + names.deleteTag() + " via namer " + namer.describe();
            defaultOrigin = origin;
        }
        return origin;
    }

    /**
     * The selected targets, the refused paths, what went wrong with the namer, and the namer's
     * default cassettes (for the folder-cassette advice).
     */
    static final class Selected {
        final List<Target> targets;
        final List<Refusal> refusals;
        final List<String> namerProblems;
        final List<CassettePath> defaults;

        Selected(
                List<Target> targets,
                List<Refusal> refusals,
                List<String> namerProblems,
                List<CassettePath> defaults) {
            this.targets = targets;
            this.refusals = refusals;
            this.namerProblems = namerProblems;
            this.defaults = defaults;
        }
    }

    Selected select(ScenarioInfo scenario, CassetteTags tags, List<CassettePath> registered) {
        NamerCall.Named named = tags.deleteDefault() ? namer.name(scenario) : null;
        if (named != null
                && named.paths.size() == 1
                && tags.pathTags().isEmpty()
                && registered.isEmpty()) {
            // The common case, a bare tag and nothing else: one target, nothing to merge.
            return new Selected(
                    List.of(new Target(named.paths.get(0), defaultOrigin())),
                    named.refusals,
                    named.problems,
                    named.paths);
        }
        Map<CassettePath, String> wanted = new LinkedHashMap<>();
        List<Refusal> refusals = new ArrayList<>(0);
        List<String> problems = List.of();
        List<CassettePath> defaults = List.of();
        if (named != null) {
            defaults = named.paths;
            String origin = defaultOrigin();
            for (CassettePath path : named.paths) {
                wanted.putIfAbsent(path, origin);
            }
            refusals.addAll(named.refusals);
            problems = named.problems;
        }
        for (String tag : tags.pathTags()) {
            String text = names.pathOf(tag);
            CassettePath.Parsed parsed = CassettePath.parse(cassetteDir, text);
            if (parsed.path().isPresent()) {
                wanted.putIfAbsent(parsed.path().get(), "tag " + Printable.of(tag));
            } else {
                refusals.add(
                        new Refusal(
                                text.isEmpty() ? "(empty path)" : Printable.of(text),
                                "tag " + Printable.of(tag),
                                Printable.of(parsed.refusal().orElseThrow())));
            }
        }
        for (CassettePath path : registered) {
            wanted.putIfAbsent(path, "Cassettes.deleteOnFail");
        }
        return new Selected(topMost(wanted), refusals, problems, defaults);
    }

    static List<Target> topMost(Map<CassettePath, String> wanted) {
        if (wanted.size() == 1) { // the common case: one cassette, nothing to normalise
            Map.Entry<CassettePath, String> only = wanted.entrySet().iterator().next();
            return List.of(new Target(only.getKey(), only.getValue()));
        }
        List<Target> targets = new ArrayList<>(wanted.size());
        for (CassettePath path : CassettePath.topMost(wanted.keySet())) {
            targets.add(new Target(path, wanted.get(path)));
        }
        return targets;
    }
}
