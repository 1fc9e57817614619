package io.github.vcrdeleteonfail.cucumber.testkit;

import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The smallest {@link TestCase} the plugin can be driven with, for tests and benchmarks that send
 * it events directly: name, URI, line and tags are given, the id is new, there are no steps (the
 * plugin never reads them).
 */
public final class StubTestCase implements TestCase {

    private final UUID id = UUID.randomUUID();
    private final String name;
    private final URI uri;
    private final int line;
    private final Supplier<List<String>> tags;

    /**
     * Creates a test case whose tags are read anew each time the plugin asks for them.
     *
     * @param name the scenario name
     * @param uri the feature file's URI
     * @param line the scenario's line
     * @param tags gives the tags
     */
    public StubTestCase(String name, URI uri, int line, Supplier<List<String>> tags) {
        this.name = name;
        this.uri = uri;
        this.line = line;
        this.tags = tags;
    }

    /**
     * Creates a test case with fixed tags.
     *
     * @param name the scenario name
     * @param uri the feature file's URI
     * @param line the scenario's line
     * @param tags the tags
     */
    public StubTestCase(String name, URI uri, int line, List<String> tags) {
        this(name, uri, line, supplierOf(List.copyOf(tags)));
    }

    /**
     * Creates a test case with fixed tags.
     *
     * @param name the scenario name
     * @param uri the feature file's URI, as text
     * @param line the scenario's line
     * @param tags the tags
     */
    public StubTestCase(String name, String uri, int line, List<String> tags) {
        this(name, URI.create(uri), line, tags);
    }

    /**
     * Creates a test case whose tags are read anew each time the plugin asks for them.
     *
     * @param name the scenario name
     * @param uri the feature file's URI, as text
     * @param line the scenario's line
     * @param tags gives the tags
     */
    public StubTestCase(String name, String uri, int line, Supplier<List<String>> tags) {
        this(name, URI.create(uri), line, tags);
    }

    private static Supplier<List<String>> supplierOf(List<String> tags) {
        return () -> tags;
    }

    @Override
    @Deprecated
    public Integer getLine() {
        return line;
    }

    @Override
    public Location getLocation() {
        return new Location(line, 3);
    }

    @Override
    public String getKeyword() {
        return "Scenario";
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getScenarioDesignation() {
        return uri + ":" + line + " # " + name;
    }

    @Override
    public List<String> getTags() {
        return tags.get();
    }

    @Override
    public List<TestStep> getTestSteps() {
        return List.of();
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
