package io.github.vcrdeleteonfail.cucumber.sampleglue;

import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeStep;
import io.cucumber.java.PendingException;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.github.vcrdeleteonfail.cucumber.CassetteSettings;
import io.github.vcrdeleteonfail.cucumber.Cassettes;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.DeleteOnFail;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * Glue of the sample suites that the specification runs: a fake recorder that writes cassettes
 * where the default namer puts them, steps with every outcome, and hooks that fail on demand.
 */
public class SampleSteps {

    /** The system property naming the cassette folder of the sample run. */
    public static final String CASSETTE_DIR_PROPERTY = "vcr.sample.cassette-dir";

    /** The system property naming the cassette that {@code @observe-in-after} looks at. */
    public static final String OBSERVE_PROPERTY = "vcr.sample.observe";

    private Scenario scenario;

    @Before(order = 0)
    public void remember(Scenario scenario) {
        this.scenario = scenario;
    }

    @Before("@fail-in-before")
    public void failInBefore() {
        throw new IllegalStateException("Before hook failed on purpose");
    }

    @BeforeStep("@fail-in-before-step")
    public void failInBeforeStep() {
        throw new IllegalStateException("BeforeStep hook failed on purpose");
    }

    @AfterStep("@fail-in-after-step")
    public void failInAfterStep() {
        throw new IllegalStateException("AfterStep hook failed on purpose");
    }

    @After(value = "@fail-in-after", order = 20000)
    public void failInAfter() {
        throw new IllegalStateException("After hook failed on purpose");
    }

    /**
     * The hand-written alternative users write today: delete the cassette in an After hook when
     * {@code scenario.isFailed()}. Default order, so it runs before {@code @fail-in-late-after}.
     */
    @After("@hand-written-hook")
    public void handWrittenHook(Scenario scenario) throws java.io.IOException {
        if (scenario.isFailed()) {
            Files.deleteIfExists(defaultCassette());
        }
    }

    /** An After hook that fails after the default-order hooks have run. */
    @After(value = "@fail-in-late-after", order = 5)
    public void failInLateAfter() {
        throw new IllegalStateException("late After hook failed on purpose");
    }

    /** Runs last among After hooks (lowest order), like a recorder that writes on stop. */
    @After(value = "@record-in-after", order = 0)
    public void recordInAfter() {
        write(defaultCassette(), "recorded in an After hook by " + scenario.getName());
    }

    @Given("the recorder records the default cassette")
    public void recordDefault() {
        write(defaultCassette(), "recorded by " + scenario.getName());
    }

    @Given("the recorder records {string}")
    public void record(String path) {
        write(cassetteDir().resolve(path), "recorded by " + scenario.getName());
    }

    @Given("the recorder records the folder cassette {string}")
    public void recordFolder(String path) {
        Path folder = cassetteDir().resolve(path);
        write(folder.resolve("mappings/get-user.json"), "{\"request\":{}}");
        write(folder.resolve("__files/body-user.json"), "{\"name\":\"alice\"}");
    }

    @When("the glue changes the plugin's settings")
    public void changeSettingsTooLate() {
        CassetteSettings.change().enabled(false).apply();
    }

    @Given("the recorder records into Cassettes.defaultCassette")
    public void recordIntoDefaultCassette() {
        write(
                insideTheSampleFolder(Cassettes.defaultCassette(scenario)),
                "recorded by " + scenario.getName());
    }

    @Given("the recorder records into every one of Cassettes.defaultCassettes")
    public void recordIntoDefaultCassettes() {
        for (Path cassette : Cassettes.defaultCassettes(scenario)) {
            write(insideTheSampleFolder(cassette), "recorded by " + scenario.getName());
        }
    }

    @Given("glue registers {string} to delete on failure")
    public void registerForDeletion(String path) {
        Cassettes.deleteOnFail(scenario, Path.of(path));
    }

    @Given("glue keeps the scenario's cassettes")
    public void keepCassettes() {
        Cassettes.keep(scenario);
    }

    @When("a guarded block records {string} and fails")
    public void guardedBlockFails(String path) throws Exception {
        DeleteOnFail.run(
                List.of(Path.of(path)),
                () -> {
                    write(cassetteDir().resolve(path), "partial recording");
                    throw new IllegalStateException("guarded block failed on purpose");
                });
    }

    @When("a guarded block records {string} and returns {string}")
    public void guardedBlockReturns(String path, String value) throws Exception {
        String returned =
                DeleteOnFail.call(
                        List.of(Path.of(path)),
                        () -> {
                            write(cassetteDir().resolve(path), "full recording");
                            return value;
                        });
        if (!returned.equals(value)) {
            throw new AssertionError("DeleteOnFail.call returned " + returned);
        }
    }

    /** Writes, after the scenario, whether a cassette still existed when After hooks ran. */
    @After(value = "@observe-in-after", order = 30000)
    public void observeInAfter() {
        String observed = System.getProperty(OBSERVE_PROPERTY);
        Path cassette = cassetteDir().resolve(observed);
        write(
                cassetteDir().resolveSibling("observed.txt"),
                observed + (Files.exists(cassette) ? " existed" : " was gone") + " in After");
    }

    @Given("the recorder writes {string} into {string}")
    public void recordContent(String content, String path) {
        write(cassetteDir().resolve(path), content);
    }

    @Given("the recorder writes {string} into the default cassette")
    public void recordDefaultContent(String content) {
        write(Cassettes.defaultCassette(scenario), content);
    }

    /** A record-once recorder: it records only when the cassette does not exist. */
    @Given("a record-once recorder records {string} into the default cassette")
    public void recordOnce(String content) {
        Path cassette = Cassettes.defaultCassette(scenario);
        if (!Files.exists(cassette)) {
            write(cassette, content);
        }
    }

    /** A record-once folder recorder, like WireMock: it records only when the folder is missing. */
    @Given("a record-once recorder records {string} into the default folder cassette")
    public void recordFolderOnce(String content) {
        Path folder = Cassettes.defaultCassette(scenario);
        if (!Files.exists(folder)) {
            write(folder.resolve("mappings/get-user.json"), content);
            write(folder.resolve("__files/body-user.json"), content);
        }
    }

    @Given("the recorder removes {string}")
    public void removeCassette(String path) throws java.io.IOException {
        Files.delete(cassetteDir().resolve(path));
    }

    /** Someone else removes the cassette before the plugin acts. */
    @After(value = "@someone-else-removes", order = 0)
    public void someoneElseRemoves() throws java.io.IOException {
        Files.deleteIfExists(defaultCassette());
    }

    @Given("the configuration file {string} disappears")
    public void configurationDisappears(String file) throws java.io.IOException {
        Files.delete(Path.of(file));
    }

    @When("a step passes")
    public void passes() {}

    @When("a step fails")
    public void fails() {
        throw new AssertionError("step failed on purpose");
    }

    @When("a step is pending")
    public void pending() {
        throw new PendingException("not written yet");
    }

    @When("an assumption fails")
    public void assumptionFails() {
        throw new TestAbortedException("assumption failed on purpose");
    }

    @When("an ambiguous step")
    public void ambiguousOne() {}

    @When("an ambiguous {word}")
    public void ambiguousTwo(String word) {}

    private Path defaultCassette() {
        Path relative = new DefaultCassetteNamer().cassettesFor(ScenarioInfo.from(scenario)).get(0);
        return cassetteDir().resolve(relative);
    }

    static Path cassetteDir() {
        String dir = System.getProperty(CASSETTE_DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("set the system property " + CASSETTE_DIR_PROPERTY);
        }
        return Paths.get(dir);
    }

    /**
     * A path the plugin gave, checked to be in the sample run's cassette folder before anything is
     * written there: a plugin bug (or a mutant) must fail the step, never write into the checkout.
     */
    private static Path insideTheSampleFolder(Path cassette) {
        Path folder = cassetteDir().toAbsolutePath().normalize();
        if (!cassette.toAbsolutePath().normalize().startsWith(folder)) {
            throw new IllegalStateException(
                    "the plugin named " + cassette + ", outside the sample cassette folder");
        }
        return cassette;
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
