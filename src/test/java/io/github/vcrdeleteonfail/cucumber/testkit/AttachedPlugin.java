package io.github.vcrdeleteonfail.cucumber.testkit;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plugin attached to a stand-in event bus, for tests and benchmarks that send it events
 * directly, as Cucumber would, without running Cucumber.
 */
public final class AttachedPlugin {

    private final VcrDeleteOnFailPlugin plugin;
    private final Map<Class<?>, EventHandler<?>> handlers = new ConcurrentHashMap<>();
    private boolean finished;

    private AttachedPlugin(VcrDeleteOnFailPlugin plugin) {
        this.plugin = plugin;
        plugin.setEventPublisher(
                new EventPublisher() {
                    @Override
                    public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                        handlers.put(type, handler);
                    }

                    @Override
                    public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                        handlers.remove(type, handler);
                    }
                });
    }

    /**
     * Attaches the plugin: it registers its handlers here.
     *
     * @param plugin a new plugin
     * @return the attached plugin
     */
    public static AttachedPlugin attach(VcrDeleteOnFailPlugin plugin) {
        return new AttachedPlugin(plugin);
    }

    /**
     * Returns the plugin.
     *
     * @return the plugin
     */
    public VcrDeleteOnFailPlugin plugin() {
        return plugin;
    }

    /**
     * Returns the handler the plugin registered for an event type.
     *
     * @param type the event type
     * @param <T> the event type
     * @return the handler
     * @throws IllegalStateException if the plugin registered none
     */
    @SuppressWarnings("unchecked")
    public <T> EventHandler<T> handler(Class<T> type) {
        EventHandler<T> handler = (EventHandler<T>) handlers.get(type);
        if (handler == null) {
            throw new IllegalStateException("the plugin registered no handler for " + type);
        }
        return handler;
    }

    /**
     * Sends an event to the plugin's handler for its type.
     *
     * @param type the event type
     * @param event the event
     * @param <T> the event type
     */
    public <T> void send(Class<T> type, T event) {
        handler(type).receive(event);
    }

    /** Ends the run as Cucumber does, successfully; once. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        send(
                TestRunFinished.class,
                new TestRunFinished(
                        Instant.now(),
                        new io.cucumber.plugin.event.Result(Status.PASSED, Duration.ZERO, null)));
    }

    /**
     * The event Cucumber sends when a scenario starts.
     *
     * @param testCase the scenario
     * @return the event
     */
    public static TestCaseStarted started(TestCase testCase) {
        return new TestCaseStarted(Instant.now(), testCase);
    }

    /**
     * The event Cucumber sends when a scenario finishes, with an error when it failed.
     *
     * @param testCase the scenario
     * @param status its final status
     * @return the event
     */
    public static TestCaseFinished finished(TestCase testCase, Status status) {
        Throwable error = status == Status.FAILED ? new AssertionError("expected 200") : null;
        return new TestCaseFinished(
                Instant.now(),
                testCase,
                new io.cucumber.plugin.event.Result(status, Duration.ofMillis(3), error));
    }
}
