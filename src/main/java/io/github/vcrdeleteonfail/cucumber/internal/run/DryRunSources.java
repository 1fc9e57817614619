package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Whether Cucumber was asked for a dry run, read from every place a plugin can see: the command
 * line of {@code io.cucumber.core.cli.Main}, the system property {@value #KEY} and its environment
 * variable, {@code cucumber.properties} and {@code junit-platform.properties}. Any source that says
 * true wins: the plugin cannot know which source the runner obeys (the JUnit engine ignores the
 * environment), and a dry run touches nothing. {@code @ConfigurationParameter},
 * {@code @CucumberOptions} and arguments to an in-process {@code Main.run} are out of these
 * sources' sight: {@link CucumberExecutionMode} reads them from each scenario.
 */
@API(status = API.Status.INTERNAL)
public final class DryRunSources {

    /** Cucumber's property: {@value}. */
    public static final String KEY = "cucumber.execution.dry-run";

    private final boolean requested;
    private final String source;
    private final String conflict;

    private DryRunSources(boolean requested, String source, String conflict) {
        this.requested = requested;
        this.source = Printable.of(source);
        this.conflict = conflict == null ? null : Printable.of(conflict);
    }

    /**
     * Reads this JVM's command line, system properties, environment and properties files.
     *
     * @param classLoader where the properties files are looked up
     * @return the request
     */
    public static DryRunSources ofThisJvm(ClassLoader classLoader) {
        return detect(System::getProperty, System.getenv(), classLoader);
    }

    static DryRunSources detect(
            Function<String, String> properties, Map<String, String> env, ClassLoader loader) {
        Map<String, String> said = new LinkedHashMap<>(); // in Cucumber's order of precedence
        String[] words = String.valueOf(properties.apply("sun.java.command")).split("\\s+");
        for (int i = 1; i < words.length && words[0].equals("io.cucumber.core.cli.Main"); i++) {
            if (words[i].matches("--dry-run|-d|--no-dry-run")) {
                said.clear(); // the last option wins
                said.put("the command line option " + words[i], "" + !words[i].startsWith("--no"));
            }
        }
        said.put("system property " + KEY, properties.apply(KEY));
        said.put(
                "environment variable CUCUMBER_EXECUTION_DRY_RUN",
                env.get("CUCUMBER_EXECUTION_DRY_RUN"));
        for (String file : new String[] {"cucumber.properties", "junit-platform.properties"}) {
            said.put(KEY + " in " + file, fromFile(loader.getResource(file)));
        }
        String yes = null;
        String no = null;
        for (Map.Entry<String, String> source : said.entrySet()) {
            // Cucumber's rule: "true" in any case is true, any other text is false.
            String value = source.getValue() == null ? "" : source.getValue().strip();
            String saying =
                    source.getKey()
                            + (source.getKey().startsWith("the command") ? "" : " says " + value);
            if (value.equalsIgnoreCase("true") && yes == null) {
                yes = saying;
            } else if (!value.isEmpty() && !value.equalsIgnoreCase("true") && no == null) {
                no = saying;
            }
        }
        String conflict =
                "vcr-delete-on-fail: the dry-run settings disagree: %s, but %s. The plugin treats"
                        + " the run as a dry run and touches no cassette, though Cucumber may run"
                        + " the steps. Remove the setting you do not mean.";
        return yes == null
                ? new DryRunSources(false, no == null ? "no source" : no, null)
                : new DryRunSources(
                        true,
                        yes.replaceFirst(" says .*", ""),
                        no == null ? null : String.format(conflict, yes, no));
    }

    private static String fromFile(URL url) {
        Properties properties = new Properties();
        try (InputStream in = url == null ? InputStream.nullInputStream() : url.openStream()) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null; // Cucumber or JUnit report an unreadable file; it asks for no dry run
        }
        return properties.getProperty(KEY);
    }

    /** {@return true when any source asks for a dry run} */
    public boolean requested() {
        return requested;
    }

    /** {@return the first source that asks for a dry run; otherwise one that says no, if any} */
    public String source() {
        return source;
    }

    /** {@return a warning naming two sources that disagree and their values, to be logged} */
    public Optional<String> conflict() {
        return Optional.ofNullable(conflict);
    }
}
