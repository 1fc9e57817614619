package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.cucumber.plugin.event.Status;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.OnFailure;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import io.github.vcrdeleteonfail.cucumber.internal.text.Words;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One value of one key as a layer set it, and where it came from (escaped for messages), with the
 * parser of each key: each returns the typed value or refuses it.
 */
final class Setting {

    static final String DEFAULT = "built-in default";
    static final String GLUE = "CassetteSettings in glue code";
    static final String NAMER = ScenarioCassetteNamer.class.getName();
    private static final Set<Status> CHOOSABLE =
            EnumSet.complementOf(EnumSet.of(Status.PASSED, Status.UNUSED));

    final ConfigKey key;
    final Object value;
    final String origin;

    Setting(ConfigKey key, Object value, String origin) {
        this.key = key;
        this.value = value;
        this.origin = Printable.of(origin);
    }

    /** The error for a value that breaks the key's rule: key, origin, rule, value, example. */
    RuntimeException refused(String rule, String detail, Object... detailArgs) {
        return ConfigError.of("the key '%s' from %s must be %s, but it is ", key, origin, rule)
                .then("%s", describe(value))
                .then(detail, detailArgs)
                .endSentence()
                .then("Write for example\n  %s: %s", key, key.example)
                .get();
    }

    /**
     * Parses the value by its key's rule.
     *
     * @param layers the layers, for paths relative to the working directory and class lookups
     * @return the typed value
     * @throws InvalidConfigurationException when the value breaks the rule
     */
    Object parse(ConfigLayers layers) {
        // Not a switch on the key: that compiles to a class of its own, loaded at every start-up.
        if (key == ConfigKey.CASSETTE_DIR
                || key == ConfigKey.QUARANTINE_DIR
                || key == ConfigKey.SNAPSHOT_DIR) {
            return folder(layers);
        } else if (key == ConfigKey.EXTENSION) {
            return extension();
        } else if (key == ConfigKey.NAMER) {
            return namer(layers);
        } else if (key == ConfigKey.FAILING_STATUSES) {
            return statuses();
        } else if (key == ConfigKey.DELETE_TAG || key == ConfigKey.KEEP_TAG) {
            return tag();
        } else if (key == ConfigKey.ENABLED || key == ConfigKey.REPORT_ONLY) {
            return bool();
        } else if (key == ConfigKey.ON_FAILURE) {
            return choice(OnFailure.values(), "one of delete, quarantine, restore");
        } else if (key == ConfigKey.REPORT || key == ConfigKey.RERUN_FILE) {
            return file(layers);
        } else if (key == ConfigKey.REFRESH) {
            return refresh();
        } else if (key == ConfigKey.REFRESH_OLDER_THAN) {
            return duration();
        }
        return ciOutput();
    }

    static String describe(Object value) {
        if (value instanceof String || value instanceof Path || value == null) {
            String kind = value instanceof Path ? "the path '" : "the text '";
            return value == null ? "empty (null)" : kind + value + "'";
        } else if (value instanceof Collection || value instanceof Map) {
            return (value instanceof Map ? "a mapping " : "a list ") + value;
        }
        String type = value instanceof Number ? "number" : value.getClass().getSimpleName();
        return "the " + type.toLowerCase(Locale.ROOT) + " " + value;
    }

    private Path folder(ConfigLayers layers) {
        Path folder = path(layers, "a folder path");
        java.io.File file = folder.toFile();
        if (!file.isDirectory() && file.exists()) { // one look when it is a folder
            throw refused("a folder path", ": %s is a file, not a folder", folder);
        }
        return folder;
    }

    private Path file(ConfigLayers layers) {
        if (value instanceof String && ((String) value).endsWith("/")) {
            // Normalising would drop the slash, and a file would be written at the folder's name.
            throw refused(
                    "a file path",
                    ": it ends with '/', which names a folder. Name the file in it, such as %s%s",
                    value,
                    Path.of(key.example).getFileName());
        }
        Path file = value == null ? null : path(layers, "a file path");
        if (file != null && file.toFile().isDirectory()) {
            throw refused("a file path", ": %s is a folder", file);
        }
        return file; // "report:" without a value: no file
    }

    private Path path(ConfigLayers layers, String rule) {
        Object text = value instanceof Path ? value.toString() : value;
        if (text instanceof String && ((String) text).startsWith("~")) {
            // A shell expands it, Java does not: "~/x" would be a folder named ~ in the project.
            throw refused(
                    rule,
                    ": Java does not expand '~' to a home folder, so it would name a folder '~' in"
                            + " the working directory %s. Write the full path, or one relative to"
                            + " the working directory",
                    layers.workingDir);
        }
        try {
            if (text instanceof String && !((String) text).isBlank()) {
                return layers.workingDir.resolve((String) text).normalize();
            }
        } catch (InvalidPathException e) {
            throw refused(rule, ": %s", e.getReason());
        }
        throw refused(rule, ", relative to the working directory %s", layers.workingDir);
    }

    private String extension() {
        String rule = "a file extension such as .json, or empty for folder cassettes";
        String text = value == null ? "" : String.valueOf(value).strip();
        try {
            // As text.matches("(\\..*)?"), without compiling a pattern in every run.
            boolean dotted = text.isEmpty() || text.startsWith(".") && !Words.hasLineBreak(text);
            if (value == null || value instanceof String && dotted) {
                new DefaultCassetteNamer(text); // "extension:" without a value: folder cassettes
                return text;
            }
        } catch (IllegalArgumentException e) {
            throw refused(rule, ": %s", e.getMessage());
        }
        boolean dotless = value instanceof String && !text.isEmpty();
        throw refused(rule, dotless ? ". Did you mean '.%s'?" : "", text);
    }

    private Set<Status> statuses() {
        String rule = "a list drawn from FAILED, PENDING, UNDEFINED, AMBIGUOUS, SKIPPED";
        List<Object> items = new ArrayList<>();
        if (value instanceof String) {
            items.addAll(Words.of((String) value));
        } else if (value instanceof Collection) {
            items.addAll((Collection<?>) value);
        } else {
            throw refused(rule, "");
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (Object item : items) {
            statuses.add(status(String.valueOf(item).strip(), rule, item));
        }
        if (statuses.isEmpty()) {
            throw refused(rule, ", which is empty (to touch nothing, set enabled: false)");
        }
        return Collections.unmodifiableSet(statuses);
    }

    private Status status(String name, String rule, Object item) {
        for (Status status : CHOOSABLE) {
            if (status.name().equalsIgnoreCase(name)) {
                return status;
            }
        }
        throw refused(rule, ": '%s' is not one", item);
    }

    private String tag() {
        String rule = "a Cucumber tag: '@' followed by a name without spaces, colons or '@'";
        String tag = value instanceof String ? ((String) value).strip() : "";
        if (tag.startsWith("@") && Words.isTagName(tag.substring(1))) {
            return tag;
        }
        throw refused(rule, Words.isTagName(tag) ? ". Did you mean '@%s'?" : "", tag);
    }

    private Boolean bool() {
        String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
        if (value instanceof Boolean || text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw refused("true or false", "");
    }

    private CiOutput ciOutput() {
        // YAML 1.1, which SnakeYAML reads, turns a bare "off" into false.
        return Boolean.FALSE.equals(value)
                ? CiOutput.OFF
                : choice(CiOutput.values(), "auto or off");
    }

    /** The constant named by the value; the constants given, not looked up by reflection. */
    private <E extends Enum<E>> E choice(E[] constants, String rule) {
        for (E constant : constants) {
            if (constant == value
                    || constant.name().equalsIgnoreCase(String.valueOf(value).strip())) {
                return constant;
            }
        }
        throw refused(rule, "");
    }

    private RefreshRule refresh() {
        String rule = "none, all or a Cucumber tag expression";
        try {
            if (value instanceof String && !((String) value).isBlank()) {
                return RefreshRule.parse((String) value);
            }
        } catch (IllegalArgumentException e) {
            throw refused(rule, ", which does not parse: %s", e.getMessage());
        }
        throw refused(rule, "");
    }

    private Duration duration() {
        String text = value instanceof String ? ((String) value).strip() : "";
        String iso = text.toUpperCase(Locale.ROOT).replace(" ", "");
        iso = iso.matches("\\d+D") ? "P" + iso : iso.matches("\\d+[HMS]") ? "PT" + iso : iso;
        Duration duration = value instanceof Duration ? (Duration) value : null;
        try {
            duration = iso.startsWith("P") ? Duration.parse(iso) : duration;
        } catch (DateTimeParseException e) {
            duration = null;
        }
        if (duration != null && !duration.isNegative() && !duration.isZero()) {
            return duration;
        }
        String rule = "a positive duration: a number and d, h, m or s, or ISO-8601 such as PT12H";
        throw refused(rule, value instanceof Number ? ", without a unit" : "");
    }

    private ScenarioCassetteNamer namer(ConfigLayers layers) {
        String rule =
                "the name of a class implementing "
                        + NAMER
                        + " with a public no-argument constructor";
        if (value instanceof ScenarioCassetteNamer) {
            return (ScenarioCassetteNamer) value; // from glue code
        } else if (!(value instanceof String) || ((String) value).isBlank()) {
            throw refused(rule, "");
        }
        String problem = "is abstract";
        Throwable cause = null;
        try {
            Class<?> type = Class.forName(((String) value).strip(), false, layers.classLoader);
            if (!ScenarioCassetteNamer.class.isAssignableFrom(type)) {
                problem = "does not implement ScenarioCassetteNamer";
            } else if (!Modifier.isAbstract(type.getModifiers())) {
                return (ScenarioCassetteNamer) type.getConstructor().newInstance();
            }
        } catch (ClassNotFoundException e) {
            problem = "is not on the test classpath (check the spelling, package included)";
        } catch (NoSuchMethodException e) {
            problem = "has no public no-argument constructor";
        } catch (InvocationTargetException e) {
            cause = e.getCause();
            problem = "threw " + cause + " from its constructor";
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            cause = e;
            problem = "cannot be created: " + e;
        }
        throw (RuntimeException) refused(rule, ", a class that %s", problem).initCause(cause);
    }
}
