package io.github.vcrdeleteonfail.cucumber.internal.gherkin;

import io.cucumber.plugin.event.Node;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Finds scenarios that would silently share a default cassette: names that differ only in
 * characters the sanitiser replaces, within one feature file, and feature files with the same name
 * in different folders (which share a cassette folder). Its memory follows the number of feature
 * files, not of scenarios. Every scenario is compared, tagged or not, since recorders name the
 * cassettes of untagged scenarios the same way; the comparison is by sanitised name first, so a
 * scenario whose name meets no other's costs a map entry for the time of the check. Not part of the
 * API.
 */
@API(status = API.Status.INTERNAL)
public final class NameCollisions {

    /** Names the default cassettes of a scenario; a namer that fails names none. */
    @FunctionalInterface
    public interface Naming {
        /**
         * Names the default cassettes.
         *
         * @param scenario a scenario
         * @return relative paths; empty when the namer failed
         */
        List<Path> cassettesFor(ScenarioInfo scenario);
    }

    private final Naming namer;
    private final boolean defaultNamer;
    private final Map<Path, URI> featureFolders = new ConcurrentHashMap<>();

    /**
     * Creates the detector for a namer.
     *
     * @param namer names the cassettes compared, never throwing
     * @param defaultNamer whether it is the default namer, whose names can be compared cheaply
     *     first by sanitised scenario name
     */
    public NameCollisions(Naming namer, boolean defaultNamer) {
        this.namer = namer;
        this.defaultNamer = defaultNamer;
    }

    /**
     * Checks one parsed feature file.
     *
     * @param uri the feature's URI
     * @param nodes its top-level nodes
     * @return one warning per collision, each naming the scenarios and the fix; empty if none
     */
    public List<String> check(URI uri, Collection<? extends Node> nodes) {
        Scenarios scenarios = new Scenarios(uri, defaultNamer);
        for (Node node : nodes) {
            collect(node, scenarios);
        }
        Map<String, List<String>> byCassette = new LinkedHashMap<>();
        Map<String, Path> firstPaths = new LinkedHashMap<>();
        for (ScenarioInfo scenario : scenarios.candidates()) {
            add(byCassette, firstPaths, scenario);
        }
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : byCassette.entrySet()) {
            if (entry.getValue().size() > 1) {
                warnings.add(
                        "The scenarios "
                                + String.join(" and ", entry.getValue())
                                + " of "
                                + Printable.of(uri)
                                + " share the default cassette "
                                + Printable.of(firstPaths.get(entry.getKey()))
                                + " (compared without letter case): their names differ only in"
                                + " characters that cassette names cannot hold, or in letter case,"
                                + " which macOS and Windows ignore. Rename one of them, or they"
                                + " will overwrite and delete each other's recordings.");
            }
        }
        Path folder = scenarios.first == null ? null : folderOf(scenarios.first);
        if (folder != null) {
            URI other = featureFolders.putIfAbsent(folder, uri);
            if (other != null && !other.equals(uri)) {
                warnings.add(
                        "The feature files "
                                + Printable.of(other)
                                + " and "
                                + Printable.of(uri)
                                + " both keep their default cassettes in "
                                + Printable.of(folder)
                                + "/, so scenarios with the same name share a cassette. Rename"
                                + " one of the files, or use a namer that includes the folder.");
            }
        }
        return warnings;
    }

    /**
     * The scenarios of one feature file, kept only as far as they are worth naming. With the
     * default namer, a scenario is compared by its sanitised name first, and only those whose
     * sanitised names meet another's are named; until then it costs one map entry, no view: naming
     * every scenario of a large suite at parse time was measurable.
     */
    private static final class Scenarios {
        private final URI uri;
        private final boolean byName;

        /** The first scenario, named for the feature file's cassette folder. */
        ScenarioInfo first;

        /** By sanitised name: the line of a scenario seen once, or the list of all of them. */
        private final Map<String, Object> bySanitisedName = new HashMap<>();

        private final List<ScenarioInfo> all = new ArrayList<>();

        Scenarios(URI uri, boolean byName) {
            this.uri = uri;
            this.byName = byName;
        }

        void add(String name, int line, boolean outline) {
            ScenarioInfo.ExampleRow row = outline ? ScenarioInfo.ExampleRow.of(1, 1) : null;
            if (first == null) {
                first = ScenarioInfo.of("", name, uri, line, List.of(), row);
            }
            if (!byName) {
                all.add(ScenarioInfo.of("", name, uri, line, List.of(), row));
                return;
            }
            String key =
                    DefaultCassetteNamer.sanitise(name).toLowerCase(Locale.ROOT)
                            + (outline ? "\u0000outline" : "");
            Object seen = bySanitisedName.get(key);
            if (seen == null) {
                bySanitisedName.put(key, new Seen(name, line, row));
            } else if (seen instanceof Seen) {
                List<ScenarioInfo> group = new ArrayList<>(2);
                group.add(((Seen) seen).view(uri));
                group.add(ScenarioInfo.of("", name, uri, line, List.of(), row));
                bySanitisedName.put(key, group);
            } else {
                @SuppressWarnings("unchecked")
                List<ScenarioInfo> group = (List<ScenarioInfo>) seen;
                group.add(ScenarioInfo.of("", name, uri, line, List.of(), row));
            }
        }

        /** Those worth naming, in the order of their lines. */
        List<ScenarioInfo> candidates() {
            if (!byName) {
                return all;
            }
            List<ScenarioInfo> candidates = new ArrayList<>();
            for (Object seen : bySanitisedName.values()) {
                if (seen instanceof List) {
                    @SuppressWarnings("unchecked")
                    List<ScenarioInfo> group = (List<ScenarioInfo>) seen;
                    candidates.addAll(group);
                }
            }
            candidates.sort(BY_LINE);
            return candidates;
        }
    }

    /** A scenario whose sanitised name was seen once so far. */
    private static final class Seen {
        private final String name;
        private final int line;
        private final ScenarioInfo.ExampleRow row;

        Seen(String name, int line, ScenarioInfo.ExampleRow row) {
            this.name = name;
            this.line = line;
            this.row = row;
        }

        ScenarioInfo view(URI uri) {
            return ScenarioInfo.of("", name, uri, line, List.of(), row);
        }
    }

    private static final Comparator<ScenarioInfo> BY_LINE =
            new Comparator<ScenarioInfo>() {
                @Override
                public int compare(ScenarioInfo a, ScenarioInfo b) {
                    return Integer.compare(a.getLine(), b.getLine());
                }
            };

    private static void collect(Node node, Scenarios scenarios) {
        if (node instanceof Node.Scenario) {
            scenarios.add(node.getName().orElse(""), node.getLocation().getLine(), false);
        } else if (node instanceof Node.ScenarioOutline) {
            String name = node.getName().orElse("");
            // Rows of one outline always differ; two outlines whose names differ only in
            // replaced characters collide row by row. Placeholders make names per row: skip.
            if (!name.contains("<")) {
                scenarios.add(name, node.getLocation().getLine(), true);
            }
        } else if (node instanceof Node.Container) {
            for (Node child : ((Node.Container<?>) node).elements()) {
                collect(child, scenarios);
            }
        }
    }

    private void add(
            Map<String, List<String>> byCassette,
            Map<String, Path> firstPaths,
            ScenarioInfo scenario) {
        List<Path> cassettes = named(scenario);
        String label =
                "\""
                        + Printable.of(scenario.getName())
                        + (scenario.getExampleRow().isPresent() ? " (outline)" : "")
                        + "\" (line "
                        + scenario.getLine()
                        + ")";
        for (Path cassette : cassettes) {
            // Case-insensitive file systems (macOS and Windows by default) would share these too.
            String key = cassette.toString().toLowerCase(Locale.ROOT);
            firstPaths.putIfAbsent(key, cassette);
            List<String> labels = byCassette.get(key);
            if (labels == null) {
                labels = new ArrayList<>(2);
                byCassette.put(key, labels);
            }
            labels.add(label);
        }
    }

    private List<Path> named(ScenarioInfo scenario) {
        return namer.cassettesFor(scenario);
    }

    private Path folderOf(ScenarioInfo scenario) {
        for (Path cassette : named(scenario)) {
            if (cassette.getParent() != null) {
                return cassette.getParent();
            }
        }
        return null;
    }
}
