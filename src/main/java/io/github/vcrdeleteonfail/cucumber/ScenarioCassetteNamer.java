package io.github.vcrdeleteonfail.cucumber;

import java.nio.file.Path;
import java.util.List;

/**
 * Names the cassettes that belong to a scenario: the ones the bare {@code @vcr-delete-on-fail} tag
 * selects when the scenario fails.
 *
 * <p>Implementations must be thread-safe (scenarios run in parallel) and should be pure functions
 * of the {@link ScenarioInfo}, so that glue code and the plugin compute the same names. Choose one
 * with the configuration key {@code namer} (a class with a public no-argument constructor), by
 * registering it for {@link java.util.ServiceLoader}, or from glue code with {@link
 * CassetteSettings#namer(ScenarioCassetteNamer)}.
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

    /**
     * Returns a namer that names this namer's cassettes and, for each, the same path with each
     * suffix appended: {@code withSuffixes(".enc")} turns {@code a/b.yaml} into {@code a/b.yaml}
     * and {@code a/b.yaml.enc}, for encrypted and clear-text cassettes side by side.
     *
     * @param suffixes the suffixes, such as {@code .enc}; none may be empty or contain a slash
     * @return the composed namer
     * @throws IllegalArgumentException for an empty suffix or one with a path separator
     */
    default ScenarioCassetteNamer withSuffixes(String... suffixes) {
        return new SuffixVariantsNamer(this, List.of(suffixes));
    }

    /**
     * Returns a namer that names this namer's cassettes followed by the other namer's, without
     * duplicates.
     *
     * @param other another namer
     * @return the composed namer
     */
    default ScenarioCassetteNamer and(ScenarioCassetteNamer other) {
        return new CombinedNamer(List.of(this, other));
    }
}
