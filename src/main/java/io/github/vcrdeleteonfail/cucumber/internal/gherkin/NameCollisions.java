package io.github.vcrdeleteonfail.cucumber.internal.gherkin;

import io.cucumber.plugin.event.Node;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds scenarios that would silently share a default cassette: names that differ only in
 * characters the sanitiser replaces, within one feature file, and feature files with the same name
 * in different folders (which share a cassette folder). Its memory follows the number of feature
 * files, not of scenarios. Not part of the API.
 */
public final class NameCollisions {

    private final ScenarioCassetteNamer namer;
    private final Map<Path, URI> featureFolders = new ConcurrentHashMap<>();

    /**
     * Creates the detector for a namer.
     *
     * @param namer the namer whose names are compared
     */
    public NameCollisions(ScenarioCassetteNamer namer) {
        this.namer = namer;
    }

    /**
     * Checks one parsed feature file.
     *
     * @param uri the feature's URI
     * @param nodes its top-level nodes
     * @return one warning per collision, each naming the scenarios and the fix; empty if none
     */
    public List<String> check(URI uri, Collection<? extends Node> nodes) {
        Map<String, List<String>> byCassette = new LinkedHashMap<>();
        Map<String, Path> firstPaths = new LinkedHashMap<>();
        for (Node node : nodes) {
            collect(uri, node, byCassette, firstPaths);
        }
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : byCassette.entrySet()) {
            if (entry.getValue().size() > 1) {
                warnings.add(
                        "The scenarios "
                                + String.join(" and ", entry.getValue())
                                + " of "
                                + uri
                                + " share the default cassette "
                                + firstPaths.get(entry.getKey())
                                + " (compared without letter case): their names differ only in"
                                + " characters that cassette names cannot hold, or in letter case,"
                                + " which macOS and Windows ignore. Rename one of them, or they"
                                + " will overwrite and delete each other's recordings.");
            }
        }
        Path folder = firstFolder(firstPaths.values());
        if (folder != null) {
            URI other = featureFolders.putIfAbsent(folder, uri);
            if (other != null && !other.equals(uri)) {
                warnings.add(
                        "The feature files "
                                + other
                                + " and "
                                + uri
                                + " both keep their default cassettes in "
                                + folder
                                + "/, so scenarios with the same name share a cassette. Rename"
                                + " one of the files, or use a namer that includes the folder.");
            }
        }
        return warnings;
    }

    private void collect(
            URI uri,
            Node node,
            Map<String, List<String>> byCassette,
            Map<String, Path> firstPaths) {
        String name = node.getName().orElse("");
        int line = node.getLocation().getLine();
        if (node instanceof Node.Scenario) {
            add(
                    byCassette,
                    firstPaths,
                    ScenarioInfo.of("", name, uri, line, List.of(), null),
                    name,
                    line);
        } else if (node instanceof Node.ScenarioOutline) {
            // Rows of one outline always differ; two outlines whose names differ only in
            // replaced characters collide row by row. Placeholders make names per row: skip.
            if (!name.contains("<")) {
                add(
                        byCassette,
                        firstPaths,
                        ScenarioInfo.of(
                                "", name, uri, line, List.of(), ScenarioInfo.ExampleRow.of(1, 1)),
                        name + " (outline)",
                        line);
            }
        } else if (node instanceof Node.Container) {
            for (Node child : ((Node.Container<?>) node).elements()) {
                collect(uri, child, byCassette, firstPaths);
            }
        }
    }

    private void add(
            Map<String, List<String>> byCassette,
            Map<String, Path> firstPaths,
            ScenarioInfo info,
            String name,
            int line) {
        List<Path> cassettes;
        try {
            cassettes = namer.cassettesFor(info);
        } catch (RuntimeException e) {
            return; // the namer's failure is reported when a scenario actually fails
        }
        if (cassettes == null) {
            return;
        }
        for (Path cassette : cassettes) {
            // Case-insensitive file systems (macOS and Windows by default) would share these too.
            String key = cassette.toString().toLowerCase(Locale.ROOT);
            firstPaths.putIfAbsent(key, cassette);
            byCassette
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add("\"" + name + "\" (line " + line + ")");
        }
    }

    private static Path firstFolder(Collection<Path> cassettes) {
        for (Path cassette : cassettes) {
            if (cassette.getParent() != null) {
                return cassette.getParent();
            }
        }
        return null;
    }
}
