package io.github.vcrdeleteonfail.bench;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Cucumber plugin that wraps {@link VcrDeleteOnFailPlugin} and measures, inside a real run, the
 * time spent in its constructor and in each of its event handlers. At the end of the run it prints
 * one line to standard error:
 *
 * <pre>
 * vcr-bench-timing: constructor 131.4 ms; TestSourceParsed 10 calls 180.3 ms (slowest 95.0 ms); ...; total 870.3 ms
 * </pre>
 *
 * <p>Used by {@code run-suite-benchmark.sh} (variant {@code timed}): the plugin's own share of a
 * run, measured in the same JVM as the run, is immune to the drift of a noisy machine between runs.
 * Register as {@code io.github.vcrdeleteonfail.bench.TimedPlugin:<config>}.
 */
public final class TimedPlugin implements ConcurrentEventListener {

    private final VcrDeleteOnFailPlugin plugin;
    private final long constructorNanos;
    private final Map<String, LongAdder[]> byEvent = new ConcurrentHashMap<>();
    private final Map<String, LongAccumulator> slowest = new ConcurrentHashMap<>();

    /** Without an argument, as the plugin without one: the default configuration lookup. */
    public TimedPlugin() {
        this(null);
    }

    public TimedPlugin(String configLocation) {
        long t0 = System.nanoTime();
        plugin = new VcrDeleteOnFailPlugin(configLocation);
        constructorNanos = System.nanoTime() - t0;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        plugin.setEventPublisher(
                new EventPublisher() {
                    @Override
                    public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                        boolean last = type == TestRunFinished.class;
                        publisher.registerHandlerFor(
                                type,
                                event -> {
                                    long t0 = System.nanoTime();
                                    try {
                                        handler.receive(event);
                                    } finally {
                                        long t1 = System.nanoTime();
                                        LongAdder[] counters = counters(key(type, event));
                                        counters[0].increment();
                                        counters[1].add(t1 - t0);
                                        slowest.computeIfAbsent(
                                                        key(type, event),
                                                        k -> new LongAccumulator(Math::max, 0))
                                                .accumulate(t1 - t0);
                                        if (last) {
                                            report();
                                        }
                                    }
                                });
                    }

                    @Override
                    public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                        throw new UnsupportedOperationException();
                    }
                });
    }

    private LongAdder[] counters(String key) {
        return byEvent.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
    }

    /** The event's type, and for TestCaseFinished whether the scenario passed or failed. */
    private static String key(Class<?> type, Object event) {
        if (event instanceof TestCaseFinished) {
            return ((TestCaseFinished) event).getResult().getStatus().isOk()
                    ? "TestCaseFinished(ok)"
                    : "TestCaseFinished(not ok)";
        }
        return type.getSimpleName();
    }

    private void report() {
        StringBuilder line = new StringBuilder("vcr-bench-timing: constructor ");
        line.append(ms(constructorNanos)).append(" ms");
        long total = constructorNanos;
        for (String event :
                new String[] {
                    "TestSourceParsed",
                    "TestCaseStarted",
                    "TestCaseFinished(ok)",
                    "TestCaseFinished(not ok)",
                    "TestRunFinished"
                }) {
            LongAdder[] counters = byEvent.get(event);
            if (counters != null) {
                line.append("; ")
                        .append(event)
                        .append(' ')
                        .append(counters[0].sum())
                        .append(" calls ")
                        .append(ms(counters[1].sum()))
                        .append(" ms (slowest ")
                        .append(ms(slowest.get(event).get()))
                        .append(" ms)");
                total += counters[1].sum();
            }
        }
        line.append("; total ").append(ms(total)).append(" ms");
        System.err.println(line);
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
