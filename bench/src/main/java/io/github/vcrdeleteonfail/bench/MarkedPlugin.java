package io.github.vcrdeleteonfail.bench;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import java.io.File;

/**
 * A Cucumber plugin that wraps {@link VcrDeleteOnFailPlugin} and brackets its constructor and every
 * call of its event handlers with two marker system calls, so that an {@code strace -f} of a real
 * run shows which system calls the plugin itself made, and for which event. A marker is a {@code
 * stat} (or {@code access}) of a path that never exists:
 *
 * <pre>
 * /vcr-bench-mark/TestCaseFinished-failed/begin
 * ... the plugin's system calls, on the same thread ...
 * /vcr-bench-mark/TestCaseFinished-failed/end
 * </pre>
 *
 * <p>Used by {@code run-suite-benchmark.sh} for the system-call count per deleted cassette; never in
 * the timed rounds. Register as {@code io.github.vcrdeleteonfail.bench.MarkedPlugin:<config>}.
 */
public final class MarkedPlugin implements ConcurrentEventListener {

    private final VcrDeleteOnFailPlugin plugin;

    /** Without an argument, as the plugin without one: the default configuration lookup. */
    public MarkedPlugin() {
        this(null);
    }

    public MarkedPlugin(String configLocation) {
        mark("constructor", "begin");
        try {
            plugin = new VcrDeleteOnFailPlugin(configLocation);
        } finally {
            mark("constructor", "end");
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        plugin.setEventPublisher(
                new EventPublisher() {
                    @Override
                    public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                        publisher.registerHandlerFor(
                                type,
                                event -> {
                                    String kind = kind(type, event);
                                    mark(kind, "begin");
                                    try {
                                        handler.receive(event);
                                    } finally {
                                        mark(kind, "end");
                                    }
                                });
                    }

                    @Override
                    public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                        throw new UnsupportedOperationException();
                    }
                });
    }

    private static String kind(Class<?> type, Object event) {
        if (event instanceof TestCaseFinished) {
            return ((TestCaseFinished) event).getResult().getStatus().isOk()
                    ? "TestCaseFinished-passed"
                    : "TestCaseFinished-failed";
        }
        return type.getSimpleName();
    }

    /** One system call with a recognisable path: java.io.File.exists is a plain stat. */
    private static void mark(String kind, String edge) {
        new File("/vcr-bench-mark/" + kind + "/" + edge).exists();
    }
}
