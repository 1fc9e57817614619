package io.github.vcrdeleteonfail.cucumber.runners;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Cucumber plugin that notes the name of every scenario that starts, whatever runner started it,
 * for tests that check which scenarios a run selected.
 */
public final class StartedScenarios implements ConcurrentEventListener {

    private static final List<String> STARTED = Collections.synchronizedList(new ArrayList<>());

    /** Creates the plugin; Cucumber does. */
    public StartedScenarios() {}

    /** Forgets the scenarios noted so far. */
    static void clear() {
        STARTED.clear();
    }

    /** The scenarios noted since the last {@link #clear}. */
    static List<String> names() {
        synchronized (STARTED) {
            return List.copyOf(STARTED);
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(
                TestCaseStarted.class, event -> STARTED.add(event.getTestCase().getName()));
    }
}
