package io.github.vcrdeleteonfail.cucumber.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of this JVM for one run, put back afterwards: the run's system properties, a context
 * class loader that also sees the classpath root, and a capture of the plugin's log.
 */
final class InThisJvm implements AutoCloseable {

    private final Map<String, String> previousProperties = new HashMap<>();
    private final Thread thread = Thread.currentThread();
    private final ClassLoader previousLoader = thread.getContextClassLoader();
    private final URLClassLoader loader;
    private final LogCapture capture;

    private InThisJvm(CucumberRun run) throws IOException {
        run.systemProperties.forEach((k, v) -> previousProperties.put(k, System.setProperty(k, v)));
        loader =
                new URLClassLoader(
                        run.classpathRoot == null
                                ? new URL[0]
                                : new URL[] {run.classpathRoot.toUri().toURL()},
                        previousLoader);
        thread.setContextClassLoader(loader);
        capture = LogCapture.start(run.logLevel);
    }

    static InThisJvm enter(CucumberRun run) {
        try {
            return new InThisJvm(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ClassLoader loader() {
        return loader;
    }

    List<String> log() {
        return capture.lines();
    }

    @Override
    public void close() {
        capture.close();
        thread.setContextClassLoader(previousLoader);
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        previousProperties.forEach(
                (k, v) -> {
                    if (v == null) {
                        System.clearProperty(k);
                    } else {
                        System.setProperty(k, v);
                    }
                });
    }

    /** A file's text, or the empty string when it is not there (or not asked for). */
    static String read(Path file) {
        try {
            return file != null && Files.exists(file)
                    ? Files.readString(file, StandardCharsets.UTF_8)
                    : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
