package io.github.vcrdeleteonfail.cucumber.internal.gherkin;

import io.cucumber.plugin.event.Node;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo.ExampleRow;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Where each Scenario Outline row of one run sits (Examples block, row), by feature URI and line.
 *
 * <p>Neither Cucumber's {@code TestCase} nor glue's {@code Scenario} says whether a scenario is an
 * outline row, so the run records the Gherkin structure it receives in {@code TestSourceParsed}
 * here. Each run has its own index; only outline rows still to run take any room.
 */
@API(status = API.Status.INTERNAL)
public final class OutlineIndex {

    private final Map<URI, Map<Integer, ExampleRow>> rows = new ConcurrentHashMap<>();

    /** Creates an empty index. */
    public OutlineIndex() {}

    /**
     * Records the outline rows of one parsed feature file, replacing what was known of it.
     *
     * @param uri the feature's URI
     * @param nodes the feature's top-level nodes
     */
    public void register(URI uri, Collection<? extends Node> nodes) {
        Map<Integer, ExampleRow> found = new HashMap<>();
        for (Node node : nodes) {
            collect(node, found);
        }
        if (found.isEmpty()) {
            rows.remove(uri);
        } else {
            rows.put(uri, new ConcurrentHashMap<>(found));
        }
    }

    /**
     * Forgets the row of a scenario that finished: each row runs once in a run, so the index
     * shrinks as the run goes and holds only the rows still to run.
     *
     * @param uri the feature's URI
     * @param line the line of the scenario
     */
    public void forget(URI uri, int line) {
        Map<Integer, ExampleRow> ofFeature = rows.get(uri);
        if (ofFeature != null) {
            ofFeature.remove(line);
            if (ofFeature.isEmpty()) {
                rows.remove(uri, ofFeature);
            }
        }
    }

    /**
     * Tells whether no outline row is waiting to run, so that finished scenarios have nothing to
     * forget.
     *
     * @return true when the index holds no row
     */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Returns the example row at a line of a feature file.
     *
     * @param uri the feature's URI
     * @param line the line of the scenario
     * @return the row, or null for a plain scenario or an unknown file
     */
    public ExampleRow find(URI uri, int line) {
        Map<Integer, ExampleRow> ofFeature = rows.get(uri);
        return ofFeature == null ? null : ofFeature.get(line);
    }

    private static void collect(Node node, Map<Integer, ExampleRow> found) {
        if (node instanceof Node.ScenarioOutline) {
            int examplesIndex = 0;
            for (Node.Examples examples : ((Node.ScenarioOutline) node).elements()) {
                examplesIndex++;
                int rowIndex = 0;
                for (Node.Example example : examples.elements()) {
                    rowIndex++;
                    found.put(
                            example.getLocation().getLine(),
                            ExampleRow.of(examplesIndex, rowIndex));
                }
            }
        } else if (node instanceof Node.Container) {
            for (Node child : ((Node.Container<?>) node).elements()) {
                collect(child, found);
            }
        }
    }
}
