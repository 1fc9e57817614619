package io.github.vcrdeleteonfail.cucumber;

import java.nio.file.Path;
import java.util.List;

/**
 * Names the cassettes that belong to a scenario: the ones the bare {@code @vcr-delete-on-fail} tag
 * selects when the scenario fails.
 *
 * <p>Implementations must be thread-safe (scenarios run in parallel) and should be pure functions
 * of the {@link ScenarioInfo}, so that glue code and the plugin compute the same names.
 */
@FunctionalInterface
public interface ScenarioCassetteNamer {

    /**
     * Returns the scenario's cassettes, each a file or folder path relative to {@code
     * cassette-dir}.
     *
     * @param scenario the scenario whose cassettes are wanted
     * @return the relative cassette paths; empty when the scenario has none
     */
    List<Path> cassettesFor(ScenarioInfo scenario);
}
