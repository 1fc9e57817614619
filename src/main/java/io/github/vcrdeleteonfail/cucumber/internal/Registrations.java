package io.github.vcrdeleteonfail.cucumber.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The registrations of one scenario; thread-safe. */
    public static final class ForScenario {
        private final List<Path> cassettes = new CopyOnWriteArrayList<>();
        private volatile boolean keep;

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
