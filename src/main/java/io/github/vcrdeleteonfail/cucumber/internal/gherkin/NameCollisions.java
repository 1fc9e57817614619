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
 * files, not of scenarios. Not part of the API.
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
        List<ScenarioInfo> scenarios = new ArrayList<>();
        for (Node node : nodes) {
            collect(uri, node, scenarios);
        }
        Map<String, List<String>> byCassette = new LinkedHashMap<>();
        Map<String, Path> firstPaths = new LinkedHashMap<>();
        for (ScenarioInfo scenario : candidates(scenarios)) {
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
        Path folder = scenarios.isEmpty() ? null : folderOf(scenarios.get(0));
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
     * The scenarios worth naming. With the default namer, only those whose sanitised names meet
     * another's: naming every scenario of a large suite at parse time was measurable.
     */
    private List<ScenarioInfo> candidates(List<ScenarioInfo> scenarios) {
        if (!defaultNamer) {
            return scenarios;
        }
        Map<String, List<ScenarioInfo>> bySanitisedName = new HashMap<>();
        for (ScenarioInfo scenario : scenarios) {
            String key =
                    DefaultCassetteNamer.sanitise(scenario.getName()).toLowerCase(Locale.ROOT)
                            + (scenario.getExampleRow().isPresent() ? "\u0000outline" : "");
            bySanitisedName.computeIfAbsent(key, k -> new ArrayList<>()).add(scenario);
        }
        List<ScenarioInfo> candidates = new ArrayList<>();
        for (List<ScenarioInfo> group : bySanitisedName.values()) {
            if (group.size() > 1) {
                candidates.addAll(group);
            }
        }
        candidates.sort(Comparator.comparingInt(ScenarioInfo::getLine));
        return candidates;
    }

    private void collect(URI uri, Node node, List<ScenarioInfo> scenarios) {
        String name = node.getName().orElse("");
        int line = node.getLocation().getLine();
        if (node instanceof Node.Scenario) {
            scenarios.add(ScenarioInfo.of("", name, uri, line, List.of(), null));
        } else if (node instanceof Node.ScenarioOutline) {
            // Rows of one outline always differ; two outlines whose names differ only in
            // replaced characters collide row by row. Placeholders make names per row: skip.
            if (!name.contains("<")) {
                scenarios.add(
                        ScenarioInfo.of(
                                "", name, uri, line, List.of(), ScenarioInfo.ExampleRow.of(1, 1)));
            }
        } else if (node instanceof Node.Container) {
            for (Node child : ((Node.Container<?>) node).elements()) {
                collect(uri, child, scenarios);
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
            byCassette.computeIfAbsent(key, k -> new ArrayList<>()).add(label);
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
