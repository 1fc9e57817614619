package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.ServiceLoader.Provider;
import org.apiguardian.api.API;

/**
 * The layers of settings, names checked: the file, then glue code (given to {@link #resolve(Map)}),
 * environment variables and system properties, above the built-in defaults. Resolved at start-up,
 * so written with plain loops: no stream or lambda, each of which costs a generated class there.
 */
@API(status = API.Status.INTERNAL)
public final class ConfigLayers {

    /**
     * Files whose presence makes a folder a project folder, never a cassette folder; a link counts
     * when its target exists. Checked with {@code java.io.File}, which throws no exception for a
     * missing file at every start-up as {@code Files.exists} does on JDK 17.
     */
    private static final String[] PROJECT_FILES = {
        ".git",
        "pom.xml",
        "build.gradle",
        "build.gradle.kts",
        "settings.gradle",
        "settings.gradle.kts"
    };

    private final String source;
    private final Map<ConfigKey, Setting> file;
    private final Map<ConfigKey, Setting> overrides;
    final Path workingDir;
    final ClassLoader classLoader;
    private final Path home;

    ConfigLayers(
            String source,
            Map<ConfigKey, Setting> file,
            Map<ConfigKey, Setting> overrides,
            Path workingDir,
            Path home,
            ClassLoader classLoader) {
        this.source = source;
        this.file = Map.copyOf(file);
        this.overrides = Map.copyOf(overrides);
        this.workingDir = workingDir;
        this.home = home;
        this.classLoader = classLoader;
    }

    /**
     * Merges the layers with glue code's settings, and checks every value in table order ({@code
     * cassette-dir} first) and the rules between keys.
     *
     * @param glueSettings values set by glue code by key name, typed as {@code CassetteSettings}
     *     passes them: a namer, {@code Set<Status>}, {@code OnFailure}, {@code Boolean}, {@code
     *     Path}, {@code Duration} or {@code String}
     * @return the configuration
     * @throws InvalidConfigurationException naming the key, where it was set, the value and the fix
     */
    public Configuration resolve(Map<String, Object> glueSettings) {
        Map<ConfigKey, Setting> merged = new EnumMap<>(ConfigKey.class);
        merged.putAll(file);
        for (Map.Entry<String, Object> glue : glueSettings.entrySet()) {
            ConfigKey key = ConfigKey.byName(glue.getKey());
            if (key == null) {
                throw new IllegalArgumentException(glue.getKey());
            }
            merged.put(key, new Setting(key, glue.getValue(), Setting.GLUE));
        }
        merged.putAll(overrides);
        Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, String> origins = new EnumMap<>(ConfigKey.class);
        Path realCassettes = null; // resolved once: each resolution reads every link on the way
        for (ConfigKey key : ConfigKey.values()) {
            Setting setting = merged.containsKey(key) ? merged.get(key) : defaultOf(key, values);
            boolean unset = setting.value == null && !merged.containsKey(key); // default: none
            values.put(key, unset ? null : setting.parse(this));
            origins.put(key, setting.origin);
            if (key == ConfigKey.CASSETTE_DIR) {
                realCassettes = real((Path) values.get(key));
            }
            check(setting, values, origins, realCassettes);
        }
        return new Configuration(values, origins, source);
    }

    private Setting defaultOf(ConfigKey key, Map<ConfigKey, Object> values) {
        if (key == ConfigKey.NAMER) {
            return discoveredNamer((String) values.get(ConfigKey.EXTENSION));
        }
        // The recovery folder is beside the cassettes: on their file system, safe from mvn clean.
        Path cassettes = (Path) values.get(ConfigKey.CASSETTE_DIR);
        return new Setting(
                key,
                key == ConfigKey.SNAPSHOT_DIR
                        ? cassettes.resolveSibling(".vcr-delete-on-fail").toString()
                        : key.defaultValue,
                Setting.DEFAULT);
    }

    /** The rules between keys: two tags, a cassette folder of its own, folders kept apart. */
    private void check(
            Setting setting,
            Map<ConfigKey, Object> values,
            Map<ConfigKey, String> origins,
            Path cassettes) {
        if (setting.key == ConfigKey.KEEP_TAG
                && values.get(ConfigKey.KEEP_TAG).equals(values.get(ConfigKey.DELETE_TAG))) {
            throw ConfigError.fail(
                    "the keys 'delete-tag' and 'keep-tag' are both %s (from %s and %s). Give them"
                            + " different tags.",
                    setting.value, origins.get(ConfigKey.DELETE_TAG), setting.origin);
        }
        String danger = setting.key == ConfigKey.CASSETTE_DIR ? danger(cassettes) : null;
        if (danger != null) {
            throw ConfigError.fail(
                    "the key 'cassette-dir' from %s is '%s', which is %s. Everything in cassette-dir"
                            + " may be deleted: name a folder of cassettes only, such as %s.",
                    setting.origin, setting.value, danger, ConfigKey.CASSETTE_DIR.defaultValue);
        } else if (setting.key != ConfigKey.QUARANTINE_DIR
                && setting.key != ConfigKey.SNAPSHOT_DIR) {
            return;
        }
        Path folder = real((Path) values.get(setting.key));
        if (setting.key == ConfigKey.SNAPSHOT_DIR
                && folder.equals(real((Path) values.get(ConfigKey.QUARANTINE_DIR)))) {
            // Both put a run's folder at <folder>/<run id>: one folder for two uses.
            throw ConfigError.fail(
                    "the keys 'quarantine-dir' (from %s) and 'snapshot-dir' (from %s) both name the"
                            + " folder %s (real paths compared, links followed): a run's"
                            + " quarantine folder would be its work folder too, and the end of the"
                            + " run deletes what is left in its work folder, quarantined cassettes"
                            + " included. Give them different folders, such as %s and %s.",
                    origins.get(ConfigKey.QUARANTINE_DIR),
                    setting.origin,
                    folder,
                    ConfigKey.QUARANTINE_DIR.defaultValue,
                    defaultOf(ConfigKey.SNAPSHOT_DIR, values).value);
        }
        if (folder.startsWith(cassettes) || cassettes.startsWith(folder)) {
            throw ConfigError.fail(
                    "the key '%s' from %s is '%s', which %s the cassette folder %s (real paths"
                            + " compared, links followed): its files would be replayed or deleted"
                            + " as cassettes. Name a folder outside it, such as %s.",
                    setting.key,
                    setting.origin,
                    setting.value,
                    folder.startsWith(cassettes) ? "is or leads into" : "contains",
                    values.get(ConfigKey.CASSETTE_DIR),
                    defaultOf(setting.key, values).value);
        }
    }

    /** Why a folder must not be the cassette folder, or null. */
    private String danger(Path folder) {
        Path workingDirectory = real(workingDir);
        if (folder.getParent() == null || folder.equals(home == null ? null : real(home))) {
            return folder.getParent() == null ? "the file-system root" : "the user's home folder";
        } else if (workingDirectory.startsWith(folder)) {
            return (folder.equals(workingDirectory) ? "" : "a parent of ")
                    + "the working directory "
                    + workingDirectory;
        }
        for (String name : PROJECT_FILES) {
            if (folder.resolve(name).toFile().exists()) {
                return "a project folder: it holds " + name;
            }
        }
        return null;
    }

    /** Without the key: the single namer registered for ServiceLoader, or the default namer. */
    private Setting discoveredNamer(String extension) {
        String services = "META-INF/services/" + Setting.NAMER;
        try {
            // Providers, not instances: no namer is created unless it is the only one.
            Iterator<Provider<ScenarioCassetteNamer>> providers =
                    ServiceLoader.load(ScenarioCassetteNamer.class, classLoader).stream()
                            .iterator();
            Provider<ScenarioCassetteNamer> first = providers.hasNext() ? providers.next() : null;
            if (first == null) {
                return new Setting(
                        ConfigKey.NAMER, new DefaultCassetteNamer(extension), Setting.DEFAULT);
            }
            List<String> names = new ArrayList<>(List.of(first.type().getName()));
            while (providers.hasNext()) {
                names.add(providers.next().type().getName());
            }
            if (names.size() > 1) {
                throw ConfigError.fail(
                        "several namers are registered in %s: %s. Choose one with the key 'namer'.",
                        services, names);
            }
            return new Setting(
                    ConfigKey.NAMER, first.get(), "ServiceLoader registration of " + names.get(0));
        } catch (ServiceConfigurationError e) {
            throw ConfigError.of(
                            "a namer registered in %s cannot be loaded: %s (%s). Fix or remove the"
                                    + " registration, or choose a namer with the key 'namer'.",
                            services, e.getMessage(), e.getCause())
                    .cause(e)
                    .get();
        }
    }

    /** The real path of the nearest existing ancestor, followed by the rest of the path. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !existing.toFile().exists()) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
