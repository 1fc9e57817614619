package io.github.vcrdeleteonfail.cucumber.internal.config;

import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.CASSETTE_DIR;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.CLASSPATH_PREFIX;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.DEFAULT_CONFIG_RESOURCE;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
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

    /**
     * Creates a loader.
     *
     * @param classLoader where {@code classpath:} locations and the default file are looked up
     * @param workingDir what relative paths are relative to
     */
    public ConfigurationLoader(ClassLoader classLoader, Path workingDir) {
        this.classLoader = requireNonNull(classLoader, "classLoader");
        this.workingDir = requireNonNull(workingDir, "workingDir").toAbsolutePath().normalize();
    }

    /**
     * Loads the configuration.
     *
     * @param location the plugin argument: a file path relative to the working directory, or {@code
     *     classpath:some/file.yaml}; null for the default {@value
     *     ConfigKeys#DEFAULT_CONFIG_RESOURCE} on the classpath, or built-in defaults without it
     * @return the validated configuration
     * @throws InvalidConfigurationException when the file is missing, unreadable or invalid
     */
    public PluginConfiguration load(String location) {
        if (location == null) {
            URL url = classLoader.getResource(DEFAULT_CONFIG_RESOURCE);
            if (url == null) {
                return fromMap(Map.of(), "built-in defaults");
            }
            return fromMap(
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
            return fromMap(parse(url, source + " (" + url + ")"), source);
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
            return fromMap(parse(file.toUri().toURL(), "file " + file), "file " + file);
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

    private PluginConfiguration fromMap(Map<String, Object> values, String source) {
        for (String key : values.keySet()) {
            if (!ConfigKeys.ALL.contains(key)) {
                throw new InvalidConfigurationException(
                        "Unknown key '"
                                + key
                                + "' in the vcr-delete-on-fail configuration "
                                + source
                                + "."
                                + suggestion(key)
                                + " Valid keys: "
                                + String.join(", ", ConfigKeys.ALL)
                                + ".");
            }
        }
        Path cassetteDir = cassetteDir(values, source);
        if (Files.exists(cassetteDir) && !Files.isDirectory(cassetteDir)) {
            throw new InvalidConfigurationException(
                    "The key '"
                            + CASSETTE_DIR
                            + "' in the vcr-delete-on-fail configuration "
                            + source
                            + " names "
                            + cassetteDir
                            + ", which is not a folder. Name the folder that holds the"
                            + " cassettes.");
        }
        return new PluginConfiguration(cassetteDir, source);
    }

    private Path cassetteDir(Map<String, Object> values, String source) {
        if (!values.containsKey(CASSETTE_DIR)) {
            return workingDir.resolve(ConfigKeys.DEFAULT_CASSETTE_DIR).normalize();
        }
        Object value = values.get(CASSETTE_DIR);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new InvalidConfigurationException(
                    "The key '"
                            + CASSETTE_DIR
                            + "' in the vcr-delete-on-fail configuration "
                            + source
                            + " must be a folder path (text), but it is "
                            + describe(value)
                            + ". Write for example:\n  "
                            + CASSETTE_DIR
                            + ": src/test/resources/cassettes\n(relative to the working directory "
                            + workingDir
                            + ", or absolute), or remove the key for that default.");
        }
        try {
            return workingDir.resolve((String) value).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidConfigurationException(
                    "The key '"
                            + CASSETTE_DIR
                            + "' in the vcr-delete-on-fail configuration "
                            + source
                            + " is not a valid path: '"
                            + value
                            + "' ("
                            + e.getReason()
                            + "). Name a folder relative to the working directory or absolute.",
                    e);
        }
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

    private static String describe(Object value) {
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

    private static String suggestion(String key) {
        return ConfigKeys.ALL.stream()
                .min(Comparator.comparingInt(known -> editDistance(normalise(key), known)))
                .filter(known -> editDistance(normalise(key), known) <= 3)
                .map(known -> " Did you mean '" + known + "'?")
                .orElse("");
    }

    private static String normalise(String key) {
        return key.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
