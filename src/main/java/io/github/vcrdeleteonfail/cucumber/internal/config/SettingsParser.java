package io.github.vcrdeleteonfail.cucumber.internal.config;

import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.CASSETTE_DIR;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.DELETE_TAG;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.ENABLED;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.EXTENSION;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.FAILING_STATUSES;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.KEEP_TAG;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.NAMER;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.ON_FAILURE;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.QUARANTINE_DIR;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.REPORT;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.REPORT_ONLY;
import static io.github.vcrdeleteonfail.cucumber.internal.config.ConfigKeys.SNAPSHOT_DIR;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.decision.Verdict;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks and converts each setting; every problem names the key, where it was set, the fix. */
final class SettingsParser {

    private static final String DEFAULTS = "built-in defaults";
    private static final List<Status> CHOOSABLE_STATUSES =
            List.of(
                    Status.FAILED,
                    Status.PENDING,
                    Status.UNDEFINED,
                    Status.AMBIGUOUS,
                    Status.SKIPPED);

    private final Path workingDir;
    private final ClassLoader classLoader;

    SettingsParser(Path workingDir, ClassLoader classLoader) {
        this.workingDir = workingDir;
        this.classLoader = classLoader;
    }

    PluginConfiguration parse(Map<String, Setting> settings, String source) {
        String extension = extension(settings.get(EXTENSION));
        Setting namer = settings.get(NAMER);
        String deleteTag = tag(DELETE_TAG, settings.get(DELETE_TAG), CassetteTags.DELETE_TAG);
        String keepTag = tag(KEEP_TAG, settings.get(KEEP_TAG), CassetteTags.KEEP_TAG);
        if (deleteTag.equals(keepTag)) {
            throw new InvalidConfigurationException(
                    "vcr-delete-on-fail: the keys '"
                            + DELETE_TAG
                            + "' and '"
                            + KEEP_TAG
                            + "' are both "
                            + deleteTag
                            + " (from "
                            + originOf(settings.get(DELETE_TAG))
                            + " and "
                            + originOf(settings.get(KEEP_TAG))
                            + "). Give them different tags.");
        }
        Path cassetteDir = cassetteDir(settings.get(CASSETTE_DIR));
        StringBuilder namerOrigin = new StringBuilder();
        ScenarioCassetteNamer chosen;
        if (namer == null) {
            chosen = discoveredNamer(extension, namerOrigin);
        } else {
            chosen = namer(namer);
            namerOrigin.append("key '").append(NAMER).append("' from ").append(namer.origin());
        }
        return new PluginConfiguration(
                cassetteDir,
                extension,
                chosen,
                namerOrigin.toString(),
                failingStatuses(settings.get(FAILING_STATUSES)),
                deleteTag,
                keepTag,
                bool(ENABLED, settings.get(ENABLED), true),
                bool(REPORT_ONLY, settings.get(REPORT_ONLY), false),
                strategy(settings.get(ON_FAILURE)),
                outsideFolder(
                        QUARANTINE_DIR,
                        settings.get(QUARANTINE_DIR),
                        ConfigKeys.DEFAULT_QUARANTINE_DIR,
                        cassetteDir),
                report(settings.get(REPORT)),
                outsideFolder(
                        SNAPSHOT_DIR,
                        settings.get(SNAPSHOT_DIR),
                        ConfigKeys.DEFAULT_SNAPSHOT_DIR,
                        cassetteDir),
                source);
    }

    private Path cassetteDir(Setting setting) {
        if (setting == null) {
            return workingDir.resolve(ConfigKeys.DEFAULT_CASSETTE_DIR).normalize();
        }
        Path dir = path(CASSETTE_DIR, setting, "folder", ConfigKeys.DEFAULT_CASSETTE_DIR);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidConfigurationException(
                    "vcr-delete-on-fail: the key '"
                            + CASSETTE_DIR
                            + "' from "
                            + setting.origin()
                            + " names "
                            + dir
                            + ", which is not a folder. Name the folder that holds the"
                            + " cassettes.");
        }
        return dir;
    }

    private static OnFailure strategy(Setting setting) {
        if (setting == null) {
            return OnFailure.DELETE;
        }
        Object value = setting.value();
        if (value instanceof String) {
            for (OnFailure strategy : OnFailure.values()) {
                if (strategy.key().equalsIgnoreCase(((String) value).strip())) {
                    return strategy;
                }
            }
        }
        throw invalid(
                ON_FAILURE,
                setting,
                "one of delete, quarantine, restore",
                "Write for example\n  " + ON_FAILURE + ": quarantine");
    }

    private Path outsideFolder(String key, Setting setting, String defaultDir, Path cassetteDir) {
        Path dir =
                setting == null
                        ? workingDir.resolve(defaultDir).normalize()
                        : path(key, setting, "folder", defaultDir);
        if (dir.startsWith(cassetteDir) || cassetteDir.startsWith(dir)) {
            throw new InvalidConfigurationException(
                    "vcr-delete-on-fail: the key '"
                            + key
                            + "' from "
                            + originOf(setting)
                            + " names "
                            + dir
                            + ", which overlaps the cassette folder "
                            + cassetteDir
                            + ": its copies would be replayed or deleted as cassettes. Name a"
                            + " folder outside it, such as "
                            + defaultDir
                            + ".");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidConfigurationException(
                    "vcr-delete-on-fail: the key '"
                            + key
                            + "' from "
                            + originOf(setting)
                            + " names "
                            + dir
                            + ", which is not a folder.");
        }
        return dir;
    }

    private Path report(Setting setting) {
        if (setting == null || setting.value() == null) {
            return null;
        }
        Path file = path(REPORT, setting, "file", "target/vcr-report-{pid}.json");
        if (Files.isDirectory(file)) {
            throw invalid(
                    REPORT,
                    setting,
                    "a file path, not a folder",
                    "Write for example\n  " + REPORT + ": target/vcr-report-{pid}.json");
        }
        return file;
    }

    /** Reads a file or folder path, relative to the working directory or absolute. */
    private Path path(String key, Setting setting, String kind, String example) {
        Object value = setting.value();
        if (value instanceof Path) {
            value = value.toString();
        }
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw invalid(
                    key,
                    setting,
                    "a " + kind + " path (text)",
                    "Write for example\n  "
                            + key
                            + ": "
                            + example
                            + "\n(relative to the working directory "
                            + workingDir
                            + ", or absolute), or remove the key for that default.");
        }
        try {
            return workingDir.resolve((String) value).normalize();
        } catch (InvalidPathException e) {
            throw invalid(
                    key,
                    setting,
                    "a valid " + kind + " path (" + e.getReason() + ")",
                    "Name it relative to the working directory or absolute.");
        }
    }

    private static String extension(Setting setting) {
        if (setting == null) {
            return DefaultCassetteNamer.DEFAULT_EXTENSION;
        }
        Object value = setting.value();
        if (value == null) {
            return "";
        }
        if (!(value instanceof String)) {
            throw invalid(
                    EXTENSION,
                    setting,
                    "a file extension such as .yaml or .json, or empty for folder cassettes",
                    "Write for example\n  " + EXTENSION + ": .json");
        }
        String extension = ((String) value).strip();
        if (!extension.isEmpty() && !extension.startsWith(".")) {
            throw invalid(
                    EXTENSION,
                    setting,
                    "a file extension starting with a dot",
                    "Did you mean '." + extension + "'?");
        }
        try {
            new DefaultCassetteNamer(extension);
        } catch (IllegalArgumentException e) {
            throw invalid(EXTENSION, setting, "a valid file extension", e.getMessage() + ".");
        }
        return extension;
    }

    private Set<Status> failingStatuses(Setting setting) {
        if (setting == null) {
            return Verdict.DEFAULT_FAILING;
        }
        List<String> names = new ArrayList<>();
        Object value = setting.value();
        if (value instanceof String) {
            for (String name : ((String) value).split("[,\\s]+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } else if (value instanceof Collection) {
            for (Object element : (Collection<?>) value) {
                if (!(element instanceof String)) {
                    throw invalid(
                            FAILING_STATUSES,
                            setting,
                            "a list of status names",
                            "Write for example\n  " + FAILING_STATUSES + ": [FAILED, PENDING]");
                }
                names.add((String) element);
            }
        } else {
            throw invalid(
                    FAILING_STATUSES,
                    setting,
                    "a list drawn from " + choosableStatuses(),
                    "Write for example\n  " + FAILING_STATUSES + ": [FAILED, PENDING]");
        }
        if (names.isEmpty()) {
            throw invalid(
                    FAILING_STATUSES,
                    setting,
                    "a list of at least one status drawn from " + choosableStatuses(),
                    "To stop the plugin from deleting anything, set "
                            + ENABLED
                            + ": false or "
                            + REPORT_ONLY
                            + ": true instead.");
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (String name : names) {
            Status status;
            try {
                status = Status.valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                status = null;
            }
            if (status == null || !CHOOSABLE_STATUSES.contains(status)) {
                throw new InvalidConfigurationException(
                        "vcr-delete-on-fail: invalid status '"
                                + name
                                + "' in the key '"
                                + FAILING_STATUSES
                                + "' from "
                                + setting.origin()
                                + ". Valid statuses: "
                                + choosableStatuses()
                                + ".");
            }
            statuses.add(status);
        }
        return statuses;
    }

    private static String choosableStatuses() {
        return CHOOSABLE_STATUSES.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String tag(String key, Setting setting, String defaultTag) {
        if (setting == null) {
            return defaultTag;
        }
        Object value = setting.value();
        String tag = value instanceof String ? ((String) value).strip() : null;
        if (tag == null || !tag.matches("@[^\\s:@]+")) {
            String hint =
                    tag != null && tag.matches("[^\\s:@]+")
                            ? "Did you mean '@" + tag + "'?"
                            : "Write for example\n  " + key + ": '" + defaultTag + "'";
            throw invalid(
                    key,
                    setting,
                    "a Cucumber tag: '@' followed by a name without spaces, colons or '@'",
                    hint + " (quote it in YAML: a bare @ cannot start a value)");
        }
        return tag;
    }

    private static Setting bool(String key, Setting setting, boolean defaultValue) {
        if (setting == null) {
            return new Setting(defaultValue, DEFAULTS);
        }
        Object value = setting.value();
        if (value instanceof Boolean) {
            return setting;
        }
        if (value instanceof String) {
            String text = ((String) value).strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return new Setting(Boolean.valueOf(text), setting.origin());
            }
        }
        throw invalid(key, setting, "true or false", "Write for example\n  " + key + ": false");
    }

    private ScenarioCassetteNamer namer(Setting setting) {
        Object value = setting.value();
        if (value instanceof ScenarioCassetteNamer) {
            return (ScenarioCassetteNamer) value;
        }
        if (value instanceof Class) {
            return instantiate((Class<?>) value, setting);
        }
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw invalid(
                    NAMER,
                    setting,
                    "the fully qualified name of a class implementing "
                            + ScenarioCassetteNamer.class.getName(),
                    "Write for example\n  " + NAMER + ": com.example.MyCassetteNamer");
        }
        String name = ((String) value).strip();
        Class<?> type;
        try {
            type = Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new InvalidConfigurationException(
                    "vcr-delete-on-fail: the class '"
                            + name
                            + "' named by the key '"
                            + NAMER
                            + "' from "
                            + setting.origin()
                            + " was not found. Check the spelling (package included) and that the"
                            + " class is on the test classpath.",
                    e);
        } catch (LinkageError e) {
            throw new InvalidConfigurationException(
                    "vcr-delete-on-fail: the class '"
                            + name
                            + "' named by the key '"
                            + NAMER
                            + "' from "
                            + setting.origin()
                            + " could not be loaded: "
                            + e
                            + ". Check that its dependencies are on the test classpath.",
                    e);
        }
        return instantiate(type, setting);
    }

    private static ScenarioCassetteNamer instantiate(Class<?> type, Setting setting) {
        String problem = null;
        if (!ScenarioCassetteNamer.class.isAssignableFrom(type)) {
            problem = "does not implement " + ScenarioCassetteNamer.class.getName();
        } else if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problem = "is abstract; name a concrete class";
        }
        if (problem == null) {
            try {
                Constructor<?> constructor = type.getConstructor();
                return (ScenarioCassetteNamer) constructor.newInstance();
            } catch (NoSuchMethodException e) {
                problem = "has no public no-argument constructor; add one";
            } catch (InvocationTargetException e) {
                problem = "threw " + e.getTargetException() + " from its constructor";
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                problem = "cannot be instantiated: " + e;
            }
        }
        throw new InvalidConfigurationException(
                "vcr-delete-on-fail: the class '"
                        + type.getName()
                        + "' named by the key '"
                        + NAMER
                        + "' from "
                        + setting.origin()
                        + " "
                        + problem
                        + ".");
    }

    private ScenarioCassetteNamer discoveredNamer(String extension, StringBuilder origin) {
        List<ServiceLoader.Provider<ScenarioCassetteNamer>> providers;
        try {
            providers =
                    ServiceLoader.load(ScenarioCassetteNamer.class, classLoader).stream()
                            .collect(Collectors.toList());
            if (providers.isEmpty()) {
                origin.append(DEFAULTS);
                return new DefaultCassetteNamer(extension);
            }
            if (providers.size() > 1) {
                throw new InvalidConfigurationException(
                        "vcr-delete-on-fail: several ScenarioCassetteNamer classes are registered"
                                + " in META-INF/services/"
                                + ScenarioCassetteNamer.class.getName()
                                + ": "
                                + providers.stream()
                                        .map(p -> p.type().getName())
                                        .collect(Collectors.joining(", "))
                                + ". Choose one with the key '"
                                + NAMER
                                + "'.");
            }
            origin.append("ServiceLoader registration of ")
                    .append(providers.get(0).type().getName());
            return providers.get(0).get();
        } catch (ServiceConfigurationError e) {
            throw new InvalidConfigurationException(
                    "vcr-delete-on-fail: a ScenarioCassetteNamer registered in META-INF/services/"
                            + ScenarioCassetteNamer.class.getName()
                            + " cannot be loaded: "
                            + e.getMessage()
                            + (e.getCause() == null ? "" : " (" + e.getCause() + ")")
                            + ". Fix or remove that registration, or name a namer with the key '"
                            + NAMER
                            + "'.",
                    e);
        }
    }

    private static String originOf(Setting setting) {
        return setting == null ? DEFAULTS : setting.origin();
    }

    private static InvalidConfigurationException invalid(
            String key, Setting setting, String requirement, String fix) {
        return new InvalidConfigurationException(
                "vcr-delete-on-fail: the key '"
                        + key
                        + "' from "
                        + setting.origin()
                        + " must be "
                        + requirement
                        + ", but it is "
                        + ConfigurationLoader.describe(setting.value())
                        + ". "
                        + fix);
    }
}
