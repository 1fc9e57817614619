package io.github.vcrdeleteonfail.cucumber.internal.config;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of every layer, lowest first: the file, glue code, environment variables, system
 * properties (built-in defaults lie below them all). Key names are already checked; {@link
 * #resolve(Map)} checks the values.
 */
public final class ConfigLayers {

    private final String source;
    private final Map<String, Setting> file;
    private final Map<String, Setting> environment;
    private final Map<String, Setting> systemProperties;
    private final Path workingDir;
    private final ClassLoader classLoader;

    ConfigLayers(
            String source,
            Map<String, Setting> file,
            Map<String, Setting> environment,
            Map<String, Setting> systemProperties,
            Path workingDir,
            ClassLoader classLoader) {
        this.source = requireNonNull(source);
        this.file = Map.copyOf(file);
        this.environment = Map.copyOf(environment);
        this.systemProperties = Map.copyOf(systemProperties);
        this.workingDir = requireNonNull(workingDir);
        this.classLoader = requireNonNull(classLoader);
    }

    /**
     * Merges the layers with settings from glue code and validates every value.
     *
     * @param glue settings made by glue code, keyed by configuration key; may be empty
     * @return the configuration
     * @throws InvalidConfigurationException naming the key, where it was set, and the fix
     */
    public Configuration resolve(Map<String, Object> glue) {
        Map<String, Setting> merged = new HashMap<>(file);
        glue.forEach((k, v) -> merged.put(k, new Setting(v, "CassetteSettings in glue code")));
        merged.putAll(environment);
        merged.putAll(systemProperties);
        return Configuration.of(new SettingsParser(workingDir, classLoader).parse(merged, source));
    }
}
