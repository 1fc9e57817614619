package io.github.vcrdeleteonfail.cucumber.internal.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Tells whether Cucumber was asked for a dry run, from the places a plugin can read: the system
 * property {@value #KEY}, the environment variable {@value #ENV}, {@code cucumber.properties} and
 * {@code junit-platform.properties} at the classpath root, and the command line of a JVM started
 * with {@code io.cucumber.core.cli.Main}. Cucumber does not tell plugins its options, so a dry run
 * requested only by {@code @ConfigurationParameter}, {@code @CucumberOptions(dryRun = true)} or by
 * arguments to an in-process {@code Main.run} cannot be seen here.
 */
public final class DryRunDetection {

    /** Cucumber's property: {@value}. */
    public static final String KEY = "cucumber.execution.dry-run";

    /** Cucumber's environment variable for {@link #KEY}: {@value}. */
    public static final String ENV = "CUCUMBER_EXECUTION_DRY_RUN";

    private static final String CLI_MAIN = "io.cucumber.core.cli.Main";

    private final Function<String, String> systemProperties;
    private final Map<String, String> environment;
    private final ClassLoader classLoader;

    /**
     * Creates a detector over explicit sources, for tests.
     *
     * @param systemProperties system property lookup
     * @param environment the environment variables
     * @param classLoader where the properties files are looked up
     */
    public DryRunDetection(
            Function<String, String> systemProperties,
            Map<String, String> environment,
            ClassLoader classLoader) {
        this.systemProperties = requireNonNull(systemProperties);
        this.environment = requireNonNull(environment);
        this.classLoader = requireNonNull(classLoader);
    }

    /**
     * Creates a detector over this JVM's system properties and environment.
     *
     * @param classLoader where the properties files are looked up
     * @return the detector
     */
    public static DryRunDetection ofThisJvm(ClassLoader classLoader) {
        return new DryRunDetection(System::getProperty, System.getenv(), classLoader);
    }

    /**
     * Finds the first source, in Cucumber's order of precedence, that sets the dry-run option.
     *
     * @return where a dry run was requested, or empty when nothing requests one
     */
    public Optional<String> dryRunSource() {
        // The CLI's own arguments beat every property, as in io.cucumber.core.cli.Main; the last
        // of --dry-run, -d and --no-dry-run wins.
        String option = lastDryRunOption();
        if (option != null) {
            return option.equals("--no-dry-run")
                    ? Optional.empty()
                    : Optional.of("the command line option " + option);
        }
        Optional<Boolean> fromProperty = parse(systemProperties.apply(KEY));
        if (fromProperty.isPresent()) {
            return fromProperty.get() ? Optional.of("system property " + KEY) : Optional.empty();
        }
        Optional<Boolean> fromEnvironment = parse(environment.get(ENV));
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get()
                    ? Optional.of("environment variable " + ENV)
                    : Optional.empty();
        }
        for (String file : new String[] {"cucumber.properties", "junit-platform.properties"}) {
            if (parse(readProperty(file)).orElse(false)) {
                return Optional.of(KEY + " in " + file);
            }
        }
        return Optional.empty();
    }

    private String lastDryRunOption() {
        String command = systemProperties.apply("sun.java.command");
        if (command == null) {
            return null;
        }
        String[] words = command.trim().split("\\s+");
        if (words.length == 0 || !words[0].equals(CLI_MAIN)) {
            return null;
        }
        String last = null;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("--dry-run")
                    || words[i].equals("-d")
                    || words[i].equals("--no-dry-run")) {
                last = words[i];
            }
        }
        return last;
    }

    private String readProperty(String resource) {
        URL url = classLoader.getResource(resource);
        if (url == null) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // Cucumber or JUnit report an unreadable file themselves; it cannot ask for a dry run.
            return null;
        }
        return properties.getProperty(KEY);
    }

    private static Optional<Boolean> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // Cucumber's own rule (BooleanString): "true", any case, is true; anything else false.
        return Optional.of(value.strip().toLowerCase(Locale.ROOT).equals("true"));
    }
}
