package io.github.vcrdeleteonfail.cucumber.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Steps of the CI specification ({@code features/ci.feature}): the GitHub Actions variables of a
 * sample run, the re-record list, the job summary, the workflow commands, reports of several runs.
 * They work on the scenario's {@link SpecificationSteps}.
 */
public class CiSteps {

    private static final ObjectMapper STRICT =
            JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    /** A scenario as Cucumber's pretty plugin prints it when it runs it. */
    private static final Pattern SCENARIO_RAN =
            Pattern.compile("^\\s*Scenario(?: Outline)?: (.*?)\\s+#", Pattern.MULTILINE);

    private final SpecificationSteps spec = SpecificationSteps.current();

    private Path file(String relative) {
        String name = relative.replace("{pid}", Long.toString(ProcessHandle.current().pid()));
        return spec.tmp().resolve(name);
    }

    private Path stepSummary() {
        return spec.tmp().resolve("step-summary.md");
    }

    // ---- the environment ---------------------------------------------------------------------

    @Given("the GitHub Actions variables are set")
    public void gitHubActions() throws IOException {
        gitHubStepSummaryOnly();
        spec.options().environment.put("GITHUB_ACTIONS", "true");
    }

    @Given("only GITHUB_STEP_SUMMARY is set")
    public void gitHubStepSummaryOnly() throws IOException {
        // The runner creates the file empty before the step starts.
        Files.write(stepSummary(), new byte[0]);
        spec.options().environment.put("GITHUB_STEP_SUMMARY", stepSummary().toString());
        spec.options().environment.put("GITHUB_WORKSPACE", spec.tmp().toString());
    }

    @Given("the file {string} holds:")
    public void fileHolds(String relative, String content) throws IOException {
        Path file = file(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, spec.expanded(content) + "\n", StandardCharsets.UTF_8);
    }

    // ---- running -----------------------------------------------------------------------------

    @When("Cucumber runs the feature file {string} in this JVM")
    public void runOneFeature(String name) throws IOException {
        runWith(spec.tmp().resolve("features").resolve(name).toString());
    }

    @When("Cucumber runs the scenarios listed in {string}")
    public void runTheList(String relative) throws IOException {
        runWith("@" + file(relative));
    }

    private void runWith(String featureArgument) throws IOException {
        spec.options().featureArgument = featureArgument;
        try {
            spec.runFeatures();
        } finally {
            spec.options().featureArgument = null;
        }
    }

    @Then("exactly these scenarios ran:")
    public void scenariosRan(List<String> names) {
        List<String> ran = new ArrayList<>();
        Matcher matcher = SCENARIO_RAN.matcher(spec.lastRun().output);
        while (matcher.find()) {
            ran.add(matcher.group(1));
        }
        assertThat(ran).as(spec.lastRun().describe()).containsExactlyInAnyOrderElementsOf(names);
    }

    // ---- files ------------------------------------------------------------------------------

    @Then("the re-record list {string} is:")
    public void rerunListIs(String relative, String content) throws IOException {
        assertThat(file(relative)).as(spec.lastRun().describe()).exists();
        assertThat(Files.readString(file(relative)))
                .as(spec.lastRun().describe())
                .isEqualTo(spec.expanded(content) + "\n");
    }

    @Then("there is no re-record list {string}")
    public void noRerunList(String relative) {
        noFile(relative);
    }

    @Then("there is no file {string}")
    public void noFile(String relative) {
        assertThat(Files.exists(file(relative), LinkOption.NOFOLLOW_LINKS))
                .as(spec.lastRun().describe())
                .isFalse();
    }

    @Then("the file {string} still holds:")
    public void fileStillHolds(String relative, String content) throws IOException {
        assertThat(Files.readString(file(relative)))
                .as(spec.lastRun().describe())
                .isEqualTo(spec.expanded(content) + "\n");
    }

    @Then("the report file {string} holds {int} run(s), listing:")
    public void reportHoldsRuns(String relative, int count, DataTable expected) throws IOException {
        JsonNode report = STRICT.readTree(Files.readString(file(relative)));
        assertThat(report.get("generator").asText()).isEqualTo("cucumber-vcr-delete-on-fail");
        JsonNode runs = report.get("runs");
        assertThat(runs).as(report.toPrettyString()).hasSize(count);
        List<String> listed = new ArrayList<>();
        for (JsonNode run : runs) {
            assertThat(run.get("run").asText()).startsWith("run");
            for (JsonNode cassette : run.get("cassettes")) {
                listed.add(
                        cassette.get("outcome").asText() + " " + cassette.get("cassette").asText());
            }
        }
        List<String> wanted =
                expected.asMaps().stream()
                        .map(row -> row.get("outcome") + " " + row.get("cassette"))
                        .collect(Collectors.toList());
        assertThat(listed).as(report.toPrettyString()).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Then("the run ids of the report file {string} are all different")
    public void runIdsDiffer(String relative) throws IOException {
        List<String> ids = new ArrayList<>();
        STRICT.readTree(Files.readString(file(relative)))
                .get("runs")
                .forEach(run -> ids.add(run.get("run").asText()));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Then("the folder {string} holds exactly one file named like {string}, holding {int} run(s)")
    public void oneReportBeside(String folder, String regex, int runs) throws IOException {
        List<Path> matching;
        try (var files = Files.list(file(folder))) {
            matching =
                    files.filter(f -> f.getFileName().toString().matches(regex))
                            .collect(Collectors.toList());
        }
        assertThat(matching).as(spec.lastRun().describe()).hasSize(1);
        JsonNode report = STRICT.readTree(Files.readString(matching.get(0)));
        assertThat(report.get("runs")).hasSize(runs);
    }

    // ---- GitHub Actions ---------------------------------------------------------------------

    @Then("the job summary says:")
    public void jobSummarySays(String text) throws IOException {
        String summary = Files.readString(stepSummary());
        for (String line : spec.expanded(text).lines().collect(Collectors.toList())) {
            assertThat(summary).as(spec.lastRun().describe()).contains(line.strip());
        }
    }

    @Then("the job summary has {int} table rows")
    public void jobSummaryRows(int rows) throws IOException {
        long count =
                Files.readString(stepSummary())
                        .lines()
                        .filter(l -> l.startsWith("| ") && !l.startsWith("| outcome |"))
                        .filter(l -> !l.startsWith("| ---"))
                        .count();
        assertThat(count).as(spec.lastRun().describe()).isEqualTo(rows);
    }

    @Then("the job summary is empty")
    public void jobSummaryEmpty() throws IOException {
        assertThat(Files.readString(stepSummary())).as(spec.lastRun().describe()).isEmpty();
    }

    @Then("the standard output has exactly these workflow commands:")
    public void exactlyTheseCommands(String text) {
        assertThat(commands())
                .as(spec.lastRun().describe())
                .containsExactlyInAnyOrderElementsOf(lines(text));
    }

    @Then("the standard output has the workflow commands:")
    public void theseCommands(String text) {
        assertThat(commands()).as(spec.lastRun().describe()).containsAll(lines(text));
    }

    @Then("the standard output has {int} workflow commands, the last:")
    public void countedCommands(int count, String last) {
        List<String> commands = commands();
        assertThat(commands).as(spec.lastRun().describe()).hasSize(count);
        assertThat(commands.get(count - 1)).isEqualTo(spec.expanded(last).strip());
    }

    @Then("the standard output has no workflow command")
    public void noCommands() {
        assertThat(commands()).as(spec.lastRun().describe()).isEmpty();
    }

    private List<String> lines(String text) {
        return spec.expanded(text).lines().map(String::strip).collect(Collectors.toList());
    }

    /** Lines that the runner would read as workflow commands: those starting with {@code ::}. */
    private List<String> commands() {
        return spec.lastRun()
                .standardOutput
                .lines()
                .filter(l -> l.startsWith("::"))
                .collect(Collectors.toList());
    }
}
