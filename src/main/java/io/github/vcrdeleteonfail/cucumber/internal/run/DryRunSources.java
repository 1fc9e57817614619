package io.github.vcrdeleteonfail.cucumber.internal.run;

import io.cucumber.plugin.event.TestCase;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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
 *
 * <p>For a run ({@link #forRun}), it also tells whether the run is a dry run, erring on the safe
 * side: it is one when any configuration source the plugin can read says so, or when Cucumber runs
 * its scenarios as a dry run (read from each test case, which sees every way of asking,
 * {@code @CucumberOptions} and JUnit Platform configuration parameters included). When a readable
 * source says "dry run" but Cucumber runs for real, the run stays passive and a WARNING says which
 * source to remove. One class for both: each class loaded costs start-up time.
 */
@API(status = API.Status.INTERNAL)
public final class DryRunSources {

    /** Cucumber's property: {@value}. */
    public static final String KEY = "cucumber.execution.dry-run";

    /** The JVM's main class and arguments. */
    private static final String COMMAND = "sun.java.command";

    private static final String CUCUMBER =
            "Cucumber's own options (its scenarios run as a dry run)";

    private final boolean requested;
    private final String source;
    private final String conflict;

    // The state of a run: guarded by this, and written by the scenarios' threads.
    private boolean warned;
    private volatile boolean cucumberDryRun;

    private DryRunSources(boolean requested, String source, String conflict) {
        this.requested = requested;
        this.source = source;
        this.conflict = conflict;
    }

    private static DryRunSources of(boolean requested, String source, String conflict) {
        return new DryRunSources(
                requested, Printable.of(source), conflict == null ? null : Printable.of(conflict));
    }

    /**
     * The dry-run state of one run.
     *
     * @param configSource the first readable source that asks for a dry run (as {@link #source()}
     *     gave it), or null
     * @return the state
     */
    static DryRunSources forRun(String configSource) {
        return new DryRunSources(configSource != null, configSource, null);
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
                ? of(false, no == null ? "no source" : no, null)
                : of(
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
        if (url == null) {
            return null;
        }
        if (url.getProtocol().equals("file") && !isRegularFile(url)) {
            return null; // a FIFO would block the read, a folder has no settings
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return null; // Cucumber or JUnit report an unreadable file; it asks for no dry run
        }
        return properties.getProperty(KEY);
    }

    private static boolean isRegularFile(URL url) {
        try {
            return new File(url.toURI()).isFile();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
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

    /**
     * Reads how Cucumber runs a scenario that starts.
     *
     * @param testCase the scenario
     * @return true when nothing may be touched for it
     */
    boolean observe(TestCase testCase) {
        Boolean mode = CucumberExecutionMode.isDryRun(testCase);
        if (Boolean.TRUE.equals(mode)) {
            cucumberDryRun = true;
            return true;
        }
        if (Boolean.FALSE.equals(mode) && requested && firstWarning()) {
            PluginLog.warn(
                    "vcr-delete-on-fail: "
                            + source
                            + " asks for a dry run, but Cucumber runs the scenarios for real (the"
                            + " runner you use ignores that source). To be safe, no cassette is"
                            + " deleted, moved or restored in this run; remove that setting to let"
                            + " the plugin work.");
        }
        return requested;
    }

    private synchronized boolean firstWarning() {
        boolean first = !warned;
        warned = true;
        return first;
    }

    /**
     * Returns what asked for a dry run in this run.
     *
     * @return the source, or null for a real run
     */
    String runSource() {
        return requested ? source : cucumberDryRun ? CUCUMBER : null;
    }
}
