package io.github.vcrdeleteonfail.cucumber.testkit;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin;
import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * One run of the real Cucumber runtime on real feature files, started the way users start it, with
 * everything that happened returned in one {@link Result}. Pick the way with a factory ({@link
 * #cli()}, {@link #forkedCli()}, {@link #junitPlatform()}, {@link #junit4(Class)}, {@link
 * #testng(Class)}), describe the run with the builder methods, then {@link #run()}:
 *
 * <pre>{@code
 * Result result = CucumberRun.cli().scratch(tmp).sampleGlue(cassettes).plugin(config.toString())
 *         .features(features).run();
 * assertThat(result.exitStatus()).as(result.describe()).isEqualTo(1);
 * }</pre>
 *
 * <p>A setting a way cannot honour (environment variables in this JVM, a plugin registration for a
 * runner whose class registers it) is refused with an {@link IllegalStateException} when the run
 * starts, never silently ignored.
 */
public final class CucumberRun {

    /** The plugin's class name, as users type it. */
    public static final String PLUGIN = VcrDeleteOnFailPlugin.class.getName();

    /** The glue package of the sample suites: a fake recorder, every outcome, failing hooks. */
    public static final String SAMPLE_GLUE = SampleSteps.class.getPackageName();

    /** How Cucumber is started. */
    enum Way {
        CLI,
        FORKED_CLI,
        JUNIT_PLATFORM,
        JUNIT4,
        TESTNG
    }

    final Way way;
    final Class<?> runnerClass;
    Path scratch;
    final List<Path> features = new ArrayList<>();
    final List<String> glue = new ArrayList<>();
    final List<String> pluginRegistrations = new ArrayList<>();
    final List<String> arguments = new ArrayList<>();
    final List<String> jvmOptions = new ArrayList<>();
    final Map<String, String> systemProperties = new LinkedHashMap<>();
    final Map<String, String> environment = new LinkedHashMap<>();
    final Map<String, String> configurationParameters = new LinkedHashMap<>();
    Path classpathRoot;
    Path workingDirectory;
    int threads = 1;
    Level logLevel = Level.ALL;
    boolean prettyOutput = true;

    private CucumberRun(Way way, Class<?> runnerClass) {
        this.way = way;
        this.runnerClass = runnerClass;
    }

    /**
     * The command line in this JVM: {@code io.cucumber.core.cli.Main.run(args, classLoader)}.
     *
     * @return a run to describe
     */
    public static CucumberRun cli() {
        return new CucumberRun(Way.CLI, null);
    }

    /**
     * The command line in a new JVM ({@code java -cp ... io.cucumber.core.cli.Main}), with this
     * JVM's class path; its plugin log is read from its output.
     *
     * @return a run to describe
     */
    public static CucumberRun forkedCli() {
        return new CucumberRun(Way.FORKED_CLI, null);
    }

    /**
     * The Cucumber JUnit Platform engine through a launcher: the features selected as directories
     * or files, or a {@code @Suite} class given with {@link #suite(Class)}.
     *
     * @return a run to describe
     */
    public static CucumberRun junitPlatform() {
        return new CucumberRun(Way.JUNIT_PLATFORM, null);
    }

    /**
     * A JUnit 4 {@code @RunWith(Cucumber.class)} class, run with {@code JUnitCore}; the features
     * are passed as {@code cucumber.features}; the class registers the plugin.
     *
     * @param runner the runner class
     * @return a run to describe
     */
    public static CucumberRun junit4(Class<?> runner) {
        return new CucumberRun(Way.JUNIT4, requireNonNull(runner, "runner"));
    }

    /**
     * A TestNG {@code AbstractTestNGCucumberTests} class; the features are passed as {@code
     * cucumber.features}; the class registers the plugin.
     *
     * @param runner the runner class
     * @return a run to describe
     */
    public static CucumberRun testng(Class<?> runner) {
        return new CucumberRun(Way.TESTNG, requireNonNull(runner, "runner"));
    }

    /**
     * Sets the temporary folder where the run's output and logs are written. Required.
     *
     * @param folder a test's temporary folder
     * @return this run
     */
    public CucumberRun scratch(Path folder) {
        this.scratch = requireNonNull(folder, "folder");
        return this;
    }

    /**
     * Adds feature files or folders.
     *
     * @param paths files or folders
     * @return this run
     */
    public CucumberRun features(Path... paths) {
        features.addAll(Arrays.asList(paths));
        return this;
    }

    /**
     * Adds glue packages.
     *
     * @param packages package names
     * @return this run
     */
    public CucumberRun glue(String... packages) {
        glue.addAll(Arrays.asList(packages));
        return this;
    }

    /**
     * Adds the sample glue ({@link #SAMPLE_GLUE}) and tells it where its recorder writes.
     *
     * @param cassetteDir the cassette folder the sample recorder writes into
     * @return this run
     */
    public CucumberRun sampleGlue(Path cassetteDir) {
        glue(SAMPLE_GLUE);
        return systemProperty(SampleSteps.CASSETTE_DIR_PROPERTY, cassetteDir.toString());
    }

    /**
     * Registers the plugin without an argument ({@code --plugin} or {@code cucumber.plugin}).
     *
     * @return this run
     */
    public CucumberRun plugin() {
        return plugin(null);
    }

    /**
     * Registers the plugin, with its argument (the configuration file) unless null. Call again to
     * register it a second time.
     *
     * @param argument the plugin argument, or null
     * @return this run
     */
    public CucumberRun plugin(String argument) {
        return plugin(PLUGIN, argument);
    }

    /**
     * Registers a plugin class standing in for the plugin (a subclass in a stand-in environment),
     * with its argument unless null.
     *
     * @param className the plugin class's name
     * @param argument the plugin argument, or null
     * @return this run
     */
    public CucumberRun plugin(String className, String argument) {
        requireNonNull(className, "className");
        pluginRegistrations.add(argument == null ? className : className + ":" + argument);
        return this;
    }

    /**
     * Sets Cucumber's threads: {@code --threads} on the command line, fixed parallelism on the
     * JUnit Platform.
     *
     * @param count threads
     * @return this run
     */
    public CucumberRun threads(int count) {
        this.threads = count;
        return this;
    }

    /**
     * Adds command-line arguments, given before the features.
     *
     * @param args arguments
     * @return this run
     */
    public CucumberRun arguments(String... args) {
        arguments.addAll(Arrays.asList(args));
        return this;
    }

    /**
     * Adds command-line arguments, given before the features.
     *
     * @param args arguments
     * @return this run
     */
    public CucumberRun arguments(List<String> args) {
        arguments.addAll(args);
        return this;
    }

    /**
     * Sets a system property for the run: in this JVM for the run only, or {@code -D} in a new one.
     *
     * @param key the key
     * @param value the value
     * @return this run
     */
    public CucumberRun systemProperty(String key, String value) {
        systemProperties.put(key, value);
        return this;
    }

    /**
     * Sets system properties for the run.
     *
     * @param properties keys and values
     * @return this run
     */
    public CucumberRun systemProperties(Map<String, String> properties) {
        systemProperties.putAll(properties);
        return this;
    }

    /**
     * Sets an environment variable of the new JVM (forked runs only).
     *
     * @param name the name
     * @param value the value
     * @return this run
     */
    public CucumberRun environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /**
     * Sets environment variables of the new JVM (forked runs only).
     *
     * @param variables names and values
     * @return this run
     */
    public CucumberRun environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /**
     * Adds a folder at the front of the class path: the context class loader of a run in this JVM
     * sees it, a new JVM has it first on {@code -cp}. Where {@code cucumber.properties}, {@code
     * junit-platform.properties} and {@code vcr-delete-on-fail.yaml} go.
     *
     * @param folder the classpath root
     * @return this run
     */
    public CucumberRun classpathRoot(Path folder) {
        this.classpathRoot = folder;
        return this;
    }

    /**
     * Sets the working directory of the new JVM (forked runs only).
     *
     * @param folder the working directory
     * @return this run
     */
    public CucumberRun workingDirectory(Path folder) {
        this.workingDirectory = folder;
        return this;
    }

    /**
     * Adds options of the new JVM, before the class path (forked runs only).
     *
     * @param options JVM options
     * @return this run
     */
    public CucumberRun jvmOptions(String... options) {
        jvmOptions.addAll(Arrays.asList(options));
        return this;
    }

    /**
     * Adds a configuration parameter of the launcher request (JUnit Platform runs only).
     *
     * @param key the key
     * @param value the value
     * @return this run
     */
    public CucumberRun configurationParameter(String key, String value) {
        configurationParameters.put(key, value);
        return this;
    }

    /**
     * Runs a {@code @Suite} class on the JUnit Platform (only the suite engine, as users' builds
     * do), instead of selecting the features; the features are given as {@code cucumber.features}.
     *
     * @param suite the suite class
     * @return this run
     */
    public CucumberRun suite(Class<?> suite) {
        if (way != Way.JUNIT_PLATFORM) {
            throw new IllegalStateException("a @Suite class runs on the JUnit Platform only");
        }
        return new CucumberRun(Way.JUNIT_PLATFORM, suite).copyFrom(this);
    }

    /**
     * Sets the level at which the plugin's log is captured (default: everything). A run of
     * thousands of scenarios captures only warnings, as a quiet build would.
     *
     * @param level the lowest level captured
     * @return this run
     */
    public CucumberRun logLevel(Level level) {
        this.logLevel = requireNonNull(level, "level");
        return this;
    }

    /**
     * Leaves out the {@code pretty} output file of command-line runs (for runs of thousands of
     * scenarios, where only the files left matter).
     *
     * @return this run
     */
    public CucumberRun withoutOutput() {
        this.prettyOutput = false;
        return this;
    }

    /**
     * Runs Cucumber and waits for the end.
     *
     * @return what happened
     */
    public Result run() {
        check();
        switch (way) {
            case CLI:
                return CliInProcess.run(this);
            case FORKED_CLI:
                return start().await();
            case JUNIT_PLATFORM:
                return PlatformLauncher.run(this);
            default:
                return AnnotatedRunner.run(this);
        }
    }

    /**
     * Starts Cucumber in a new JVM without waiting, for tests that stop it half way.
     *
     * @return the running JVM
     */
    public ForkedRun start() {
        check();
        if (way != Way.FORKED_CLI) {
            throw new IllegalStateException("only a forked run can be started without waiting");
        }
        return ForkedRun.start(this);
    }

    private CucumberRun copyFrom(CucumberRun other) {
        scratch = other.scratch;
        features.addAll(other.features);
        glue.addAll(other.glue);
        pluginRegistrations.addAll(other.pluginRegistrations);
        arguments.addAll(other.arguments);
        jvmOptions.addAll(other.jvmOptions);
        systemProperties.putAll(other.systemProperties);
        environment.putAll(other.environment);
        configurationParameters.putAll(other.configurationParameters);
        classpathRoot = other.classpathRoot;
        workingDirectory = other.workingDirectory;
        threads = other.threads;
        logLevel = other.logLevel;
        prettyOutput = other.prettyOutput;
        return this;
    }

    private void check() {
        requireNonNull(scratch, "scratch: every run needs a temporary folder for its output");
        boolean forked = way == Way.FORKED_CLI;
        boolean cli = way == Way.CLI || forked;
        refuseUnless(forked || environment.isEmpty(), "environment variables need a forked run");
        refuseUnless(forked || workingDirectory == null, "a working directory needs a forked run");
        refuseUnless(forked || jvmOptions.isEmpty(), "JVM options need a forked run");
        refuseUnless(cli || arguments.isEmpty(), "command-line arguments need a CLI run");
        refuseUnless(
                way == Way.JUNIT_PLATFORM || configurationParameters.isEmpty(),
                "configuration parameters need a JUnit Platform run");
        refuseUnless(
                runnerClass == null || way == Way.JUNIT_PLATFORM || pluginRegistrations.isEmpty(),
                "the runner class registers the plugin with @CucumberOptions");
        refuseUnless(
                runnerClass == null || glue.isEmpty() || way == Way.JUNIT_PLATFORM,
                "the runner class names its glue with @CucumberOptions");
        refuseUnless(
                threads == 1 || runnerClass == null,
                "the JUnit 4 and TestNG runners here run on one thread");
    }

    private static void refuseUnless(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
