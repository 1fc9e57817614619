package io.github.vcrdeleteonfail.cucumber.internal;

import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What glue code registered through {@code Cassettes}: per scenario in flight (keyed by {@code
 * TestCase.getId()}, equal to {@code Scenario.getId()}, dropped when the scenario finishes), and
 * for the whole run. Its size follows the scenarios in flight, not the suite.
 */
public final class Registrations {

    private final Map<String, ForScenario> inFlight = new ConcurrentHashMap<>();
    private final List<Path> runCassettes = new CopyOnWriteArrayList<>();
    private final Map<Path, Optional<Undo>> runSnapshots = new ConcurrentHashMap<>();

    /** Creates empty registrations for one run. */
    public Registrations() {}

    /**
     * Opens the registrations of a scenario that starts.
     *
     * @param scenarioId the scenario's id
     */
    public void started(String scenarioId) {
        inFlight.put(scenarioId, new ForScenario());
    }

    /**
     * Closes and returns the registrations of a scenario that finished.
     *
     * @param scenarioId the scenario's id
     * @return what was registered; empty registrations if nothing
     */
    public ForScenario finished(String scenarioId) {
        ForScenario registered = inFlight.remove(scenarioId);
        return registered == null ? new ForScenario() : registered;
    }

    /**
     * Returns the registrations of a scenario in flight.
     *
     * @param scenarioId the scenario's id
     * @return the registrations, or null when no such scenario is running
     */
    public ForScenario of(String scenarioId) {
        return inFlight.get(scenarioId);
    }

    /**
     * Adds cassettes that belong to the whole run.
     *
     * @param cassettes paths relative to the cassette folder, or absolute inside it
     */
    public void addRunCassettes(Collection<Path> cassettes) {
        runCassettes.addAll(cassettes);
    }

    /**
     * Keeps snapshots of the run's cassettes.
     *
     * @param snapshots by cassette
     */
    public void addRunSnapshots(Map<Path, Undo> snapshots) {
        snapshots.forEach((k, v) -> runSnapshots.putIfAbsent(k, Optional.ofNullable(v)));
    }

    /**
     * Returns the snapshots of the run's cassettes.
     *
     * @return a copy; a cassette whose snapshot failed maps to null
     */
    public Map<Path, Undo> runSnapshots() {
        return unwrap(runSnapshots);
    }

    /**
     * Returns the cassettes of the whole run.
     *
     * @return a copy
     */
    public List<Path> runCassettes() {
        return List.copyOf(runCassettes);
    }

    /**
     * Returns how many scenarios are in flight.
     *
     * @return the count
     */
    public int inFlight() {
        return inFlight.size();
    }

    // ConcurrentHashMap holds no null: a failed snapshot is kept as an empty Optional.
    private static Map<Path, Undo> unwrap(Map<Path, Optional<Undo>> map) {
        Map<Path, Undo> copy = new java.util.HashMap<>();
        map.forEach((k, v) -> copy.put(k, v.orElse(null)));
        return copy;
    }

    /** The registrations of one scenario; thread-safe. */
    public static final class ForScenario {
        private final List<Path> cassettes = new CopyOnWriteArrayList<>();
        private final Map<Path, Optional<Undo>> snapshots = new ConcurrentHashMap<>();
        private volatile boolean keep;

        /** Creates empty registrations for one scenario. */
        public ForScenario() {}

        /**
         * Keeps snapshots taken for the scenario; the first snapshot of a cassette wins.
         *
         * @param taken by cassette; null for one whose snapshot failed
         */
        public void addSnapshots(Map<Path, Undo> taken) {
            taken.forEach((k, v) -> snapshots.putIfAbsent(k, Optional.ofNullable(v)));
        }

        /**
         * Returns the snapshots of the scenario.
         *
         * @return a copy; a cassette whose snapshot failed maps to null
         */
        public Map<Path, Undo> snapshots() {
            return unwrap(snapshots);
        }

        /**
         * Tells whether any snapshot was taken.
         *
         * @return true when copies must be removed at the end
         */
        public boolean hasSnapshots() {
            return !snapshots.isEmpty();
        }

        /**
         * Adds cassettes to handle if the scenario fails.
         *
         * @param paths paths relative to the cassette folder, or absolute inside it
         */
        public void add(Collection<Path> paths) {
            cassettes.addAll(paths);
        }

        /** Keeps every cassette of the scenario, whatever its tags say. */
        public void keep() {
            keep = true;
        }

        /**
         * Returns the registered cassettes.
         *
         * @return a copy, in registration order
         */
        public List<Path> cassettes() {
            return new ArrayList<>(cassettes);
        }

        /**
         * Tells whether keeping was asked.
         *
         * @return true after {@link #keep()}
         */
        public boolean isKept() {
            return keep;
        }

        /**
         * Tells whether nothing was registered.
         *
         * @return true when there is nothing to do
         */
        public boolean isEmpty() {
            return !keep && cassettes.isEmpty();
        }
    }
}
