package io.github.vcrdeleteonfail.cucumber.internal.config;

import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.CASSETTE_DIR;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.CLASSPATH_PREFIX;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.DEFAULT_CONFIG_RESOURCE;
import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Finds, reads and validates the YAML configuration file. Every problem becomes an {@link
 * InvalidConfigurationException} that names the file, the key and the fix.
 */
public final class ConfigurationLoader {

    private final ClassLoader classLoader;
    private final Path workingDir;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;

    /**
     * Creates a loader that reads the file only, without overrides.
     *
     * @param classLoader where {@code classpath:} locations, the default file and namers are looked
     *     up
     * @param workingDir what relative paths are relative to
     */
    public ConfigurationLoader(ClassLoader classLoader, Path workingDir) {
        this(classLoader, workingDir, Map.of(), Map.of());
    }

    /**
     * Creates a loader with overrides.
     *
     * @param classLoader where {@code classpath:} locations, the default file and namers are looked
     *     up
     * @param workingDir what relative paths are relative to
     * @param systemProperties the system properties (only {@code vcr.delete-on-fail.*} are read)
     * @param environment the environment variables (only {@code VCR_DELETE_ON_FAIL_*} are read)
     */
    public ConfigurationLoader(
            ClassLoader classLoader,
            Path workingDir,
            Map<String, String> systemProperties,
            Map<String, String> environment) {
        this.classLoader = requireNonNull(classLoader, "classLoader");
        this.workingDir = requireNonNull(workingDir, "workingDir").toAbsolutePath().normalize();
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
    }

    /**
     * Creates a loader over this JVM's system properties and environment.
     *
     * @param classLoader where resources and namers are looked up
     * @return the loader, relative to the current working directory
     */
    public static ConfigurationLoader ofThisJvm(ClassLoader classLoader) {
        Map<String, String> properties = new java.util.HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(ConfigKeys.SYSTEM_PROPERTY_PREFIX)) {
                properties.put(name, System.getProperty(name));
            }
        }
        return new ConfigurationLoader(
                classLoader, Path.of("").toAbsolutePath(), properties, System.getenv());
    }

    /**
     * Loads the configuration: defaults, the file, then the environment and system property
     * overrides.
     *
     * @param location see {@link #read(String)}
     * @return the validated configuration
     * @throws InvalidConfigurationException when anything is missing, unreadable or invalid
     */
    public Configuration load(String location) {
        return read(location).resolve(Map.of());
    }

    /**
     * Reads the file and the overrides, checking every key name; values are checked by {@link
     * ConfigLayers#resolve(Map)}.
     *
     * @param location the plugin argument: a file path relative to the working directory, or {@code
     *     classpath:some/file.yaml}; null for the default {@value
     *     ConfigKeys#DEFAULT_CONFIG_RESOURCE} on the classpath, or built-in defaults without it
     * @return the layers of settings
     * @throws InvalidConfigurationException when the file is missing, unreadable or invalid, or a
     *     key is unknown
     */
    public ConfigLayers read(String location) {
        if (location == null) {
            URL url = classLoader.getResource(DEFAULT_CONFIG_RESOURCE);
            if (url == null) {
                return layers(Map.of(), "built-in defaults");
            }
            return layers(
                    parse(url, "classpath resource " + DEFAULT_CONFIG_RESOURCE + " (" + url + ")"),
                    "classpath resource " + DEFAULT_CONFIG_RESOURCE);
        }
        if (location.isBlank()) {
            throw new InvalidConfigurationException(
                    "The argument of the vcr-delete-on-fail plugin is empty. Name the YAML"
                            + " configuration file after the colon, as a path relative to the"
                            + " working directory ("
                            + workingDir
                            + ") or as classpath:some/file.yaml, or drop the colon to use "
                            + DEFAULT_CONFIG_RESOURCE
                            + " from the classpath root.");
        }
        if (location.startsWith(CLASSPATH_PREFIX)) {
            String resource = location.substring(CLASSPATH_PREFIX.length());
            while (resource.startsWith("/")) {
                resource = resource.substring(1);
            }
            if (resource.isBlank() || resource.endsWith("/")) {
                throw new InvalidConfigurationException(
                        "The vcr-delete-on-fail plugin argument '"
                                + location
                                + "' names no file after 'classpath:'. Name a YAML resource, such"
                                + " as classpath:vcr-delete-on-fail.yaml.");
            }
            URL url = classLoader.getResource(resource);
            if (url != null && isFolder(url)) {
                throw new InvalidConfigurationException(
                        "The vcr-delete-on-fail plugin argument '"
                                + location
                                + "' names a folder on the classpath ("
                                + url
                                + "), not a file. Name a YAML resource, such as "
                                + location
                                + "/vcr-delete-on-fail.yaml.");
            }
            if (url == null) {
                throw new InvalidConfigurationException(
                        "The vcr-delete-on-fail configuration file '"
                                + location
                                + "' was not found on the classpath. Check the name, and that the"
                                + " file is in a resources folder (such as src/test/resources/"
                                + resource
                                + "), or name a file path relative to the working directory ("
                                + workingDir
                                + ") without the classpath: prefix.");
            }
            String source = "classpath resource " + resource;
            return layers(parse(url, source + " (" + url + ")"), source);
        }
        Path file;
        try {
            file = workingDir.resolve(location).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidConfigurationException(
                    "The vcr-delete-on-fail configuration location '"
                            + location
                            + "' is not a valid file path: "
                            + e.getReason()
                            + ". Name an existing YAML file relative to the working directory ("
                            + workingDir
                            + "), or use classpath:some/file.yaml.",
                    e);
        }
        if (!Files.exists(file)) {
            throw new InvalidConfigurationException(
                    "The vcr-delete-on-fail configuration file "
                            + file
                            + " does not exist (plugin argument '"
                            + location
                            + "', relative to the working directory "
                            + workingDir
                            + "). Fix the path, or use classpath:"
                            + location
                            + " if the file is a test resource.");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidConfigurationException(
                    "The vcr-delete-on-fail configuration location "
                            + file
                            + " is not a regular file. Name a YAML file, such as "
                            + file.resolve(DEFAULT_CONFIG_RESOURCE)
                            + ".");
        }
        try {
            return layers(parse(file.toUri().toURL(), "file " + file), "file " + file);
        } catch (IOException e) {
            throw unreadable("file " + file, e);
        }
    }

    private static boolean isFolder(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return url.getPath().endsWith("/");
        }
        try {
            return Files.isDirectory(Path.of(url.toURI()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private Map<String, Object> parse(URL url, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Object document;
        try (InputStream in = url.openStream();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            document = yaml.load(reader);
        } catch (IOException e) {
            throw unreadable(source, e);
        } catch (YAMLException e) {
            throw new InvalidConfigurationException(
                    "The vcr-delete-on-fail configuration "
                            + source
                            + " is not valid YAML: "
                            + e.getMessage().replace(" in 'reader', ", " at ").strip()
                            + "\nWrite a mapping of keys to values, such as:\n  "
                            + CASSETTE_DIR
                            + ": src/test/resources/cassettes",
                    e);
        }
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map)) {
            throw new InvalidConfigurationException(
                    "The vcr-delete-on-fail configuration "
                            + source
                            + " must be a mapping of keys to values, but it is "
                            + describe(document)
                            + ". Write for example:\n  "
                            + CASSETTE_DIR
                            + ": src/test/resources/cassettes");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) document).entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new InvalidConfigurationException(
                        "The vcr-delete-on-fail configuration "
                                + source
                                + " has the key "
                                + describe(entry.getKey())
                                + ", which is not a text. Valid keys: "
                                + String.join(", ", ConfigKeys.ALL)
                                + ".");
            }
            result.put((String) entry.getKey(), entry.getValue());
        }
        return result;
    }

    private ConfigLayers layers(Map<String, Object> values, String source) {
        Map<String, Setting> file = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String key = entry.getKey();
            if (!ConfigKeys.ALL.contains(key)) {
                throw new InvalidConfigurationException(
                        "Unknown key '"
                                + key
                                + "' in the vcr-delete-on-fail configuration "
                                + source
                                + "."
                                + ConfigKeys.suggestion(key)
                                + " Valid keys: "
                                + String.join(", ", ConfigKeys.ALL)
                                + ".");
            }
            file.put(key, new Setting(entry.getValue(), source));
        }
        return new ConfigLayers(
                source,
                file,
                overrides(environment, ConfigKeys.ENVIRONMENT_PREFIX, true),
                overrides(systemProperties, ConfigKeys.SYSTEM_PROPERTY_PREFIX, false),
                workingDir,
                classLoader);
    }

    private static Map<String, Setting> overrides(
            Map<String, String> variables, String prefix, boolean environment) {
        Map<String, Setting> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> variable : new java.util.TreeMap<>(variables).entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith(prefix)) {
                continue;
            }
            String kind = environment ? "environment variable " : "system property ";
            String written = name.substring(prefix.length());
            String key =
                    environment
                            ? written.toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                            : written;
            if (!ConfigKeys.ALL.contains(key)) {
                String valid =
                        ConfigKeys.ALL.stream()
                                .map(
                                        k ->
                                                environment
                                                        ? ConfigKeys.environmentVariable(k)
                                                        : ConfigKeys.systemProperty(k))
                                .collect(java.util.stream.Collectors.joining(", "));
                String suggestion =
                        ConfigKeys.closest(key)
                                .map(
                                        k ->
                                                " Did you mean "
                                                        + (environment
                                                                ? ConfigKeys.environmentVariable(k)
                                                                : ConfigKeys.systemProperty(k))
                                                        + "?")
                                .orElse("");
                throw new InvalidConfigurationException(
                        "Unknown vcr-delete-on-fail key '"
                                + key
                                + "' in the "
                                + kind
                                + name
                                + "."
                                + suggestion
                                + " Valid "
                                + (environment ? "variables: " : "properties: ")
                                + valid
                                + ".");
            }
            Setting earlier = result.put(key, new Setting(variable.getValue(), kind + name));
            if (earlier != null) {
                throw new InvalidConfigurationException(
                        "vcr-delete-on-fail: both the "
                                + earlier.origin()
                                + " and the "
                                + kind
                                + name
                                + " set the key '"
                                + key
                                + "'. Keep only "
                                + ConfigKeys.environmentVariable(key)
                                + ".");
            }
        }
        return result;
    }

    private static InvalidConfigurationException unreadable(String source, IOException e) {
        return new InvalidConfigurationException(
                "The vcr-delete-on-fail configuration "
                        + source
                        + " cannot be read: "
                        + e
                        + ". Check that it exists and is readable.",
                e);
    }

    static String describe(Object value) {
        if (value == null) {
            return "empty (null)";
        }
        if (value instanceof String) {
            return "the text '" + value + "'";
        }
        if (value instanceof Map) {
            return "a mapping " + value;
        }
        if (value instanceof List) {
            return "a list " + value;
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        return "a " + value.getClass().getSimpleName() + " " + value;
    }
}
