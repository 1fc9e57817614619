package io.github.vcrdeleteonfail.bench;

import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The smallest {@link TestCase} that the plugin can be driven with: tags, URI, line and name are
 * fixed by the benchmark; there are no steps (the plugin never reads them).
 */
final class BenchTestCase implements TestCase {

    private final UUID id = UUID.randomUUID();
    private final String name;
    private final URI uri;
    private final int line;
    private final List<String> tags;

    BenchTestCase(String name, URI uri, int line, List<String> tags) {
        this.name = name;
        this.uri = uri;
        this.line = line;
        this.tags = List.copyOf(tags);
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
        return tags;
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
