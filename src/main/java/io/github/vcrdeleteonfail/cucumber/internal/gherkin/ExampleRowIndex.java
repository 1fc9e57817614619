package io.github.vcrdeleteonfail.cucumber.internal.gherkin;

import io.cucumber.plugin.event.Node;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo.ExampleRow;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each Scenario Outline row sits (Examples block, row), by feature URI and line.
 *
 * <p>Neither Cucumber's {@code TestCase} nor glue's {@code Scenario} says whether a scenario is an
 * outline row, so the plugin records the Gherkin structure it receives in {@code TestSourceParsed}
 * here, and both sides read it. Only features with outlines take any room. Not part of the API.
 */
public final class ExampleRowIndex {

    private static final Map<URI, Map<Integer, ExampleRow>> ROWS = new ConcurrentHashMap<>();

    private ExampleRowIndex() {}

    /**
     * Records the outline rows of one parsed feature file, replacing what was known of it.
     *
     * @param uri the feature's URI
     * @param nodes the feature's top-level nodes
     */
    public static void register(URI uri, Collection<? extends Node> nodes) {
        Map<Integer, ExampleRow> rows = new HashMap<>();
        for (Node node : nodes) {
            collect(node, rows);
        }
        if (rows.isEmpty()) {
            ROWS.remove(uri);
        } else {
            ROWS.put(uri, Map.copyOf(rows));
        }
    }

    /**
     * Forgets a feature file.
     *
     * @param uri the feature's URI
     */
    public static void forget(URI uri) {
        ROWS.remove(uri);
    }

    /**
     * Returns the example row at a line of a feature file.
     *
     * @param uri the feature's URI
     * @param line the line of the scenario
     * @return the row, or empty for a plain scenario or an unknown file
     */
    public static Optional<ExampleRow> find(URI uri, int line) {
        Map<Integer, ExampleRow> rows = ROWS.get(uri);
        return rows == null ? Optional.empty() : Optional.ofNullable(rows.get(line));
    }

    private static void collect(Node node, Map<Integer, ExampleRow> rows) {
        if (node instanceof Node.ScenarioOutline) {
            int examplesIndex = 0;
            for (Node.Examples examples : ((Node.ScenarioOutline) node).elements()) {
                examplesIndex++;
                int rowIndex = 0;
                for (Node.Example example : examples.elements()) {
                    rowIndex++;
                    rows.put(
                            example.getLocation().getLine(),
                            ExampleRow.of(examplesIndex, rowIndex));
                }
            }
        } else if (node instanceof Node.Container) {
            for (Node child : ((Node.Container<?>) node).elements()) {
                collect(child, rows);
            }
        }
    }
}
