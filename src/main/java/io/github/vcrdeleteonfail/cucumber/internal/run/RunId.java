package io.github.vcrdeleteonfail.cucumber.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * Names runs uniquely in this JVM and across JVMs that share a work folder: {@code
 * run<seconds>-pid<pid>-<n>}. Seconds since the epoch rather than a formatted date, and the process
 * id from {@code /proc/self} where there is one: {@code java.time}'s formatters and {@code
 * ProcessHandle}'s first use each cost milliseconds of class loading and set-up at start-up.
 */
@API(status = API.Status.INTERNAL)
public final class RunId {

    private static final AtomicLong RUNS = new AtomicLong();
    private static volatile long processId; // 0 until read

    private RunId() {}

    /**
     * Returns a new run id.
     *
     * @return such as {@code run1764489600-pid4242-1}
     */
    public static String next() {
        return "run"
                + System.currentTimeMillis() / 1000
                + "-pid"
                + processId()
                + "-"
                + RUNS.incrementAndGet();
    }

    /**
     * The id of this process, read once.
     *
     * @return the pid
     */
    static long processId() {
        long pid = processId;
        if (pid == 0) {
            pid = readProcessId();
            processId = pid;
        }
        return pid;
    }

    private static long readProcessId() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self")).toString());
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().pid(); // no /proc (macOS, Windows)
        }
    }
}
