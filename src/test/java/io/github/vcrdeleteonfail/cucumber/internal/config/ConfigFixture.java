package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * Stand-ins for everything the configuration reads, all inside one temporary folder: a home folder,
 * a working directory two levels below it, a classpath root seen through a class loader whose
 * parent sees the test classes (the sample namers), and maps of system properties and environment
 * variables. Nothing of the real JVM's environment is read.
 */
final class ConfigFixture implements AutoCloseable {

    final Path root;
    final Path home;
    final Path workingDir;
    final Path classpath;
    final Map<String, String> properties = new HashMap<>();
    final Map<String, String> environment = new HashMap<>();
    final URLClassLoader classLoader;

    ConfigFixture(Path temp) {
        try {
            root = temp.toRealPath();
            home = Files.createDirectories(root.resolve("home"));
            workingDir = Files.createDirectories(home.resolve("work/project"));
            classpath = Files.createDirectories(root.resolve("classes"));
            classLoader =
                    new URLClassLoader(
                            new URL[] {classpath.toUri().toURL()}, getClass().getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file relative to the working directory (or absolute) and returns its path. */
    Path file(String path, String content) {
        return write(workingDir.resolve(path), content);
    }

    /** Writes a resource at the classpath root. */
    Path resource(String name, String content) {
        return write(classpath.resolve(name), content);
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConfigurationLoader loader() {
        return new ConfigurationLoader(classLoader, workingDir, home, properties, environment);
    }

    Configuration load(String location) {
        return loader().read(location).resolve(Map.of());
    }

    /** Writes vcr.yaml in the working directory and loads it. */
    Configuration yaml(String content) {
        file("vcr.yaml", content);
        return load("vcr.yaml");
    }

    String origin() {
        return "file " + workingDir.resolve("vcr.yaml");
    }

    AbstractThrowableAssert<?, ? extends Throwable> fails(Function<ConfigFixture, ?> action) {
        return assertThatThrownBy(() -> action.apply(this))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    AbstractThrowableAssert<?, ? extends Throwable> yamlFails(String content) {
        file("vcr.yaml", content);
        return fails(f -> f.load("vcr.yaml"));
    }

    @Override
    public void close() throws IOException {
        classLoader.close();
    }
}
