package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * Whether Cucumber was asked for a dry run, read from every place a plugin can see: the command
 * line of {@code io.cucumber.core.cli.Main}, the system property {@value #KEY} and its environment
 * variable, {@code cucumber.properties} and {@code junit-platform.properties}. Any source that says
 * true wins: the plugin cannot know which source the runner obeys (the JUnit engine ignores the
 * environment), and a dry run touches nothing. {@code @ConfigurationParameter},
 * {@code @CucumberOptions} and arguments to an in-process {@code Main.run} are out of these
 * sources' sight: {@link CucumberExecutionMode} reads them from each scenario. Read at every
 * start-up, so written without regular expressions or lambdas.
 */
@API(status = API.Status.INTERNAL)
public final class DryRunSources {

    /** Cucumber's property: {@value}. */
    public static final String KEY = "cucumber.execution.dry-run";

    /** The JVM's main class and arguments. */
    private static final String COMMAND = "sun.java.command";

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
        Map<String, String> properties = new HashMap<>();
        properties.put(COMMAND, System.getProperty(COMMAND));
        properties.put(KEY, System.getProperty(KEY));
        return detect(properties, System.getenv(), classLoader);
    }

    static DryRunSources detect(
            Map<String, String> properties, Map<String, String> env, ClassLoader loader) {
        Map<String, String> said = new LinkedHashMap<>(); // in Cucumber's order of precedence
        List<String> words = words(String.valueOf(properties.get(COMMAND)));
        for (int i = 1; i < words.size() && words.get(0).equals("io.cucumber.core.cli.Main"); i++) {
            String word = words.get(i);
            if (word.equals("--dry-run") || word.equals("-d") || word.equals("--no-dry-run")) {
                said.clear(); // the last option wins
                said.put("the command line option " + word, "" + !word.startsWith("--no"));
            }
        }
        said.put("system property " + KEY, properties.get(KEY));
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
                        yes.contains(" says ") ? yes.substring(0, yes.indexOf(" says ")) : yes,
                        no == null ? null : String.format(conflict, yes, no));
    }

    /**
     * Splits a command line at runs of white space, as {@code split("\\s+")} does where it matters
     * here: a leading run gives an empty first word, which is never Cucumber's main class.
     */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        int n = line.length();
        if (n > 0 && isSpace(line.charAt(0))) {
            words.add("");
        }
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(line.substring(start, i));
            }
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
