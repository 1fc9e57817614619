package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.internal.yaml.YamlDocument;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Reads the layers of settings from an explicit environment: the YAML file named by the plugin
 * argument (else {@value #DEFAULT_RESOURCE} at the classpath root), environment variables and
 * system properties. Names are checked here, values by {@link ConfigLayers#resolve(Map)}. Plain
 * code, since it runs at every start-up; no YAML code is loaded when there is no file.
 */
@API(status = API.Status.INTERNAL)
public final class ConfigurationLoader {

    /** The configuration file read when the plugin has no argument: {@value}. */
    public static final String DEFAULT_RESOURCE = "vcr-delete-on-fail.yaml";

    static final int MAX_FILE_SIZE = 1 << 20;
    static final String CASSETTES = ConfigKey.CASSETTE_DIR.defaultValue;

    private final ClassLoader classLoader;
    private final Path workingDir;
    private final Path home;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;

    /** A loader over stand-ins: {@code home} may be null when unknown. */
    ConfigurationLoader(
            ClassLoader classLoader,
            Path workingDir,
            Path home,
            Map<String, String> systemProperties,
            Map<String, String> environment) {
        this.classLoader = classLoader;
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.home = home;
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
    }

    /**
     * Creates a loader over this JVM's working directory, home, system properties and environment.
     *
     * @param classLoader where resources and namers are looked up
     * @return the loader
     */
    public static ConfigurationLoader ofThisJvm(ClassLoader classLoader) {
        Map<String, String> properties = new HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (keyPart(name) != null) {
                properties.put(name, System.getProperty(name));
            }
        }
        String home = System.getProperty("user.home", "");
        Path homeDir = home.isBlank() ? null : Path.of(home);
        return new ConfigurationLoader(
                classLoader, Path.of(""), homeDir, properties, System.getenv());
    }

    /**
     * Reads the file and the overrides, checking every name.
     *
     * @param location the plugin argument: a file path relative to the working directory or
     *     absolute, or {@code classpath:some/file.yaml}; null for the default file, if present
     * @return the layers, whose {@link ConfigLayers#resolve(Map)} checks the values
     * @throws InvalidConfigurationException when the file is missing, unreadable, too large or not
     *     a YAML mapping, or a key, variable or property name is wrong
     */
    public ConfigLayers read(String location) {
        boolean classpath = location == null || location.startsWith("classpath:");
        // The resource named after classpath: and any slashes; for a file, the location.
        String resource =
                location == null ? DEFAULT_RESOURCE : location.replaceFirst("^classpath:/*", "");
        URL url = null;
        Path local = null;
        try {
            url =
                    classpath
                            ? classLoader.getResource(resource)
                            : workingDir.resolve(location).normalize().toUri().toURL();
            local = url != null && url.getProtocol().equals("file") ? Path.of(url.toURI()) : null;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            url = null; // not a path: reported as not found
        }
        boolean folder =
                url != null && url.getPath().endsWith("/")
                        || local != null && Files.isDirectory(local);
        if (location != null
                && (url == null || folder || local != null && !Files.isRegularFile(local))) {
            throw ConfigError.fail(
                    "the configuration file %s was not found (plugin argument '%s', relative to the"
                            + " working directory %s). %s.",
                    local != null ? local : classpath ? "classpath:" + resource : location,
                    location,
                    workingDir,
                    hint(location, resource, folder));
        }
        if (local != null && !folder && !Files.isRegularFile(local)) {
            // The default resource is read without a look otherwise: a FIFO would block the run.
            throw ConfigError.fail(
                    "the configuration file %s is not a regular file (a FIFO or device put"
                            + " there), so it was not read: replace it with the YAML file, or"
                            + " remove it.",
                    local);
        }
        String source =
                url == null
                        ? "built-in defaults"
                        : classpath ? "classpath resource " + resource : "file " + local;
        Map<ConfigKey, Setting> overrides =
                overrides(environment, ConfigKey.Naming.ENVIRONMENT_VARIABLE);
        overrides.putAll(overrides(systemProperties, ConfigKey.Naming.SYSTEM_PROPERTY));
        Map<ConfigKey, Setting> settings = url == null ? Map.of() : settings(url, local, source);
        return new ConfigLayers(source, settings, overrides, workingDir, home, classLoader);
    }

    /** How to name the file that was not found, from the real classpath; no prefix doubled. */
    private String hint(String location, String resource, boolean folder) {
        String name = resource.replace('\\', '/').replaceFirst("^/+", "");
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        String found = null;
        for (String r : new String[] {name.replaceFirst("^(.*/)?resources/", ""), name, fileName}) {
            if (found == null && !r.isEmpty() && classLoader.getResource(r) != null) {
                found = r;
            }
        }
        if (location.isBlank() || folder || fileName.isEmpty()) {
            return "It names a folder or nothing: name the YAML file, such as classpath:"
                    + DEFAULT_RESOURCE;
        } else if (found != null) {
            return "A resource of that name is on the classpath: use classpath:" + found;
        } else if (location.startsWith("classpath:")
                && Files.isRegularFile(workingDir.resolve(name))) {
            return "It is a file in the working directory: drop the classpath: prefix";
        }
        return "Fix the path; a test resource belongs in src/test/resources, named classpath:<its path there>";
    }

    /** Reads at most {@link #MAX_FILE_SIZE} bytes as UTF-8 YAML: a mapping of keys to values. */
    private static Map<ConfigKey, Setting> settings(URL url, Path local, String source) {
        byte[] bytes;
        // A local file is read as a file: a URL connection costs classes the run needs nowhere
        // else, and a channel (Files.newInputStream) sets up NIO's file dispatcher, a socket pair
        // included, in the constructor.
        try (InputStream in =
                local != null ? new FileInputStream(local.toFile()) : url.openStream()) {
            bytes = in.readNBytes(MAX_FILE_SIZE + 1);
        } catch (IOException e) {
            throw ConfigError.fail("the configuration %s cannot be read: %s.", source, e);
        }
        if (bytes.length > MAX_FILE_SIZE) {
            throw ConfigError.fail(
                    "the configuration %s is larger than 1 MiB, so it was not read. A configuration"
                            + " file holds a few keys: check that the plugin argument names the"
                            + " right file.",
                    source);
        }
        try {
            return names(YamlDocument.read(new String(bytes, StandardCharsets.UTF_8)), source);
        } catch (RuntimeException e) {
            if (!(e instanceof YamlDocument.InvalidYamlException)) {
                throw e; // caught as RuntimeException: start-up then does not load the class
            }
            ConfigError error = ConfigError.of("the configuration %s is not valid YAML: ", source);
            for (String line : e.getMessage().replace(" in 'string', ", " at ").split("\n")) {
                error.then("%s\n", line); // each line escaped, the line breaks kept
            }
            throw error.then(
                            "Write a mapping of keys to values, such as\n  cassette-dir: %s",
                            CASSETTES)
                    .cause(e.getCause())
                    .get();
        }
    }

    /** Checks the names of the document's keys. */
    private static Map<ConfigKey, Setting> names(Object document, String source) {
        Map<?, ?> written = document instanceof Map ? (Map<?, ?>) document : Map.of();
        if (document != null && !(document instanceof Map)) {
            throw ConfigError.fail(
                    "the configuration %s must be a mapping of keys to values, but it is %s. Write"
                            + " for example\n  cassette-dir: %s",
                    source, Setting.describe(document), CASSETTES);
        }
        Map<ConfigKey, Setting> settings = new EnumMap<>(ConfigKey.class);
        for (Map.Entry<?, ?> entry : written.entrySet()) {
            Object name = entry.getKey();
            ConfigKey key = ConfigKey.byName(String.valueOf(name));
            if (key == null || !(name instanceof String)) {
                ConfigKey closest = ConfigKey.closest(String.valueOf(name));
                throw ConfigError.fail(
                        "unknown key %s in the configuration %s.%s Valid keys: %s.",
                        name instanceof String ? "'" + name + "'" : Setting.describe(name),
                        source,
                        closest == null ? "" : " Did you mean '" + closest.key() + "'?",
                        ConfigKey.list(ConfigKey.Naming.KEY));
            }
            settings.put(key, new Setting(key, entry.getValue(), source));
        }
        return settings;
    }

    /**
     * The settings of environment variables or system properties. A name that looks like ours but
     * is not exactly right (a misspelt key, the wrong case or separators) is refused with the right
     * name: a setting is never ignored silently.
     */
    private static Map<ConfigKey, Setting> overrides(
            Map<String, String> names, ConfigKey.Naming naming) {
        String kind =
                naming == ConfigKey.Naming.ENVIRONMENT_VARIABLE
                        ? "environment variable "
                        : "system property ";
        Map<ConfigKey, Setting> settings = new EnumMap<>(ConfigKey.class);
        // Sorted, so that the first wrong name is always the same.
        for (Map.Entry<String, String> entry : new TreeMap<>(names).entrySet()) {
            String name = entry.getKey();
            String written = keyPart(name); // null: not a name like ours
            ConfigKey key = written == null ? null : ConfigKey.byName(written);
            if (written == null) {
                continue;
            } else if (key != null && naming.of(key).equals(name)) {
                settings.put(key, new Setting(key, entry.getValue(), kind + name));
            } else {
                ConfigKey closest = ConfigKey.closest(written);
                throw ConfigError.fail(
                        key == null
                                ? "unknown key '%s' in the %s%s.%s Valid names: %s."
                                : "the %2$s%3$s is not read: %6$s.%4$s",
                        written,
                        kind,
                        name,
                        closest == null ? "" : " Did you mean " + naming.of(closest) + "?",
                        ConfigKey.list(naming),
                        key != null && name.equalsIgnoreCase(naming.of(key))
                                ? "names are case-sensitive"
                                : "names are exact, their case and separators included");
            }
        }
        return settings;
    }

    /**
     * The key part of a name like {@code vcr.delete-on-fail.x}, in any case and separators: the
     * rest after the prefix, lower case, with {@code _} and {@code .} as {@code -}; null for other
     * names. A loop rather than a regular expression: it reads every system property and variable.
     */
    private static String keyPart(String name) {
        String prefix = "vcr_delete_on_fail_";
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() < prefix.length()) {
            return null;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = lower.charAt(i);
            if ((c == '-' || c == '.' ? '_' : c) != prefix.charAt(i)) {
                return null;
            }
        }
        return lower.substring(prefix.length()).replace('_', '-').replace('.', '-');
    }
}
