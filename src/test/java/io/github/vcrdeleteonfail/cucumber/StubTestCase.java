package io.github.vcrdeleteonfail.cucumber;

import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** A test case for tests that send events to the plugin directly, with its own id. */
final class StubTestCase implements TestCase {

    private final UUID id = UUID.randomUUID();
    private final String name;
    private final URI uri;
    private final int line;
    private final Supplier<List<String>> tags;

    StubTestCase(String name, String uri, int line, Supplier<List<String>> tags) {
        this.name = name;
        this.uri = URI.create(uri);
        this.line = line;
        this.tags = tags;
    }

    StubTestCase(String name, String uri, int line, List<String> tags) {
        this(name, uri, line, () -> tags);
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
