package io.github.vcrdeleteonfail.cucumber.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.github.vcrdeleteonfail.cucumber.sampleconfig.GlueSettings;
import io.github.vcrdeleteonfail.cucumber.sampleglue.SampleSteps;
import io.github.vcrdeleteonfail.cucumber.samplerecorders.RecorderSteps;
import io.github.vcrdeleteonfail.cucumber.samplerun.RunHooks;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Steps of the specification: set up a sample project, run it, look at what is left. */
public class SpecificationSteps {

    private Path tmp;
    private Path features;
    private Path cassetteDir;
    private Path outside;
    private Path classpathRoot;
    private Path project;
    private final SampleRun.Options options = new SampleRun.Options();
    private final Map<Path, byte[]> before = new HashMap<>();
    private SampleRun run;
    private HttpServer service;
    private final java.util.concurrent.atomic.AtomicInteger hits =
            new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger served =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The steps of the scenario on this thread, for the steps of other classes ({@code CiSteps}).
     */
    private static final ThreadLocal<SpecificationSteps> CURRENT = new ThreadLocal<>();

    static SpecificationSteps current() {
        return CURRENT.get();
    }

    Path tmp() {
        return tmp;
    }

    SampleRun.Options options() {
        return options;
    }

    SampleRun lastRun() {
        return run;
    }

    String expanded(String text) {
        return expand(text);
    }

    @Before
    public void createFolders() throws IOException {
        CURRENT.set(this);
        tmp = Files.createTempDirectory("vcr-spec").toRealPath();
        features = Files.createDirectories(tmp.resolve("features"));
        cassetteDir = Files.createDirectories(tmp.resolve("cassettes"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        classpathRoot = Files.createDirectories(tmp.resolve("classpath"));
        project = Files.createDirectories(tmp.resolve("project"));
    }

    @After
    public void deleteFolders() throws IOException {
        CURRENT.remove();
        if (tmp == null) {
            return;
        }
        Files.walkFileTree(
                tmp,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a)
                            throws IOException {
                        dir.toFile().setWritable(true);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e)
                            throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    // ---- the sample project -------------------------------------------------------------

    @Given("the feature file {string}:")
    public void featureFile(String name, String content) throws IOException {
        write(features.resolve(name), expand(content));
    }

    @Given("the cassette {string} exists")
    public void cassetteExists(String path) throws IOException {
        write(cassetteDir.resolve(path), "committed recording " + path);
    }

    @Given("the cassette {string} holds {string}")
    public void cassetteHolds(String path, String content) throws IOException {
        write(cassetteDir.resolve(path), content);
    }

    @Then("the cassette {string} still holds {string}")
    public void cassetteStillHolds(String path, String content) throws IOException {
        Path cassette = cassetteDir.resolve(path);
        assertThat(cassette).as(run.describe()).exists();
        assertThat(Files.readAllBytes(cassette))
                .as(run.describe())
                .isEqualTo(content.getBytes(StandardCharsets.UTF_8));
    }

    @Then("the quarantine folder of the run holds exactly:")
    public void quarantineHolds(List<String> expected) throws IOException {
        assertThat(listEntries(runFolder(tmp.resolve("quarantine"))))
                .as(run.describe())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("the quarantined file {string} holds {string}")
    public void quarantinedHolds(String path, String content) throws IOException {
        assertThat(Files.readString(runFolder(tmp.resolve("quarantine")).resolve(path)))
                .as(run.describe())
                .isEqualTo(content);
    }

    @Then("the quarantined file {string} says:")
    public void quarantinedSays(String path, String text) throws IOException {
        String content = Files.readString(runFolder(tmp.resolve("quarantine")).resolve(path));
        for (String line : expand(text).lines().collect(Collectors.toList())) {
            assertThat(content).as(content).contains(line.strip());
        }
    }

    @Then("no snapshot is left behind")
    public void noSnapshotLeft() throws IOException {
        assertThat(listEntries(tmp.resolve("snapshots"))).as(run.describe()).isEmpty();
    }

    @Then("the report file {string} says:")
    public void reportSays(String name, String text) throws IOException {
        String file = name.replace("{pid}", Long.toString(ProcessHandle.current().pid()));
        String content = Files.readString(tmp.resolve(file));
        for (String line : expand(text).lines().collect(Collectors.toList())) {
            assertThat(content).as(content).contains(line.strip());
        }
    }

    /** The single run folder inside a quarantine folder. */
    private Path runFolder(Path quarantine) throws IOException {
        try (java.util.stream.Stream<Path> runs = Files.list(quarantine)) {
            List<Path> all = runs.collect(Collectors.toList());
            assertThat(all).as("one run folder in " + quarantine).hasSize(1);
            return all.get(0);
        }
    }

    @Given("the cassettes exist:")
    public void cassettesExist(List<String> paths) throws IOException {
        for (String path : paths) {
            cassetteExists(path);
        }
    }

    @Given("the folder cassette {string} exists")
    public void folderCassetteExists(String path) throws IOException {
        write(cassetteDir.resolve(path).resolve("mappings/get-user.json"), "{}");
        write(cassetteDir.resolve(path).resolve("__files/body-user.json"), "{}");
    }

    @Given("the cassette {string} was last written {int} days ago")
    public void writtenDaysAgo(String path, int days) throws IOException {
        java.nio.file.attribute.FileTime then =
                java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minus(java.time.Duration.ofDays(days)));
        try (java.util.stream.Stream<Path> all = Files.walk(cassetteDir.resolve(path))) {
            for (Path each : all.collect(Collectors.toList())) {
                Files.setLastModifiedTime(each, then);
            }
        }
    }

    @Given("the file {string} outside the cassette folder")
    public void outsideFile(String path) throws IOException {
        write(outside.resolve(path), "precious " + path);
    }

    @Given("{string} in the cassette folder is a symbolic link to {string} outside it")
    public void link(String path, String target) throws IOException {
        Path link = cassetteDir.resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, outside.resolve(target));
    }

    @Given("the cassette folder is {string} in the project folder")
    public void defaultCassetteFolder(String relative) throws IOException {
        cassetteDir = Files.createDirectories(project.resolve(relative));
    }

    @Given("the configuration file {string}:")
    public void configurationFile(String path, String content) throws IOException {
        write(project.resolve(path), expand(content));
    }

    @Given("the classpath resource {string}:")
    public void classpathResource(String name, String content) throws IOException {
        write(classpathRoot.resolve(name), expand(content));
    }

    @Given("the classpath resource {string} holds {int} MiB of comments")
    public void bigClasspathResource(String name, int mebibytes) throws IOException {
        write(classpathRoot.resolve(name), "# padding\n".repeat(mebibytes * (1 << 20) / 10));
    }

    @Given("the system property {string} is {string}")
    public void systemProperty(String key, String value) {
        options.systemProperties.put(key, expand(value));
    }

    @Given("the environment variable {string} is {string}")
    public void environmentVariable(String name, String value) {
        options.environment.put(name, expand(value));
    }

    @Given("glue records {string} in a @BeforeAll hook and registers it for run failures")
    public void runLevelGlue(String path) {
        options.systemProperties.put(RunHooks.CASSETTE_PROPERTY, path);
        options.extraGlue.add(RunHooks.class.getPackageName());
    }

    @Given("the @BeforeAll hook fails after recording")
    public void beforeAllFails() {
        options.systemProperties.put(RunHooks.FAIL_BEFORE_ALL, "true");
    }

    @Given("an @AfterAll hook fails")
    public void afterAllFails() {
        options.systemProperties.put(RunHooks.FAIL_AFTER_ALL, "true");
    }

    @Given("an After hook observes {string}")
    public void observeInAfter(String path) {
        options.systemProperties.put(SampleSteps.OBSERVE_PROPERTY, path);
    }

    @Then("the After hook saw {string}")
    public void afterHookSaw(String text) throws IOException {
        assertThat(Files.readString(cassetteDir.resolveSibling("observed.txt")))
                .as(run.describe())
                .isEqualTo(text);
    }

    @When("Cucumber runs the features on {int} threads")
    public void runOnThreads(int threads) throws IOException {
        options.threads = threads;
        runFeatures();
    }

    @Given("a user service on 127.0.0.1")
    public void userService() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext(
                "/users/",
                exchange -> {
                    hits.incrementAndGet();
                    // Never reset: a re-recording always differs from the recording before it.
                    int hit = served.incrementAndGet();
                    String path = exchange.getRequestURI().getPath();
                    String body =
                            path.endsWith("/orders")
                                    ? "{\"orders\":[1,2],\"served\":" + hit + "}"
                                    : "{\"name\":\"Alice\",\"served\":" + hit + "}";
                    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (java.io.OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                });
        service.start();
        options.systemProperties.put(
                RecorderSteps.SERVICE_URL, "http://127.0.0.1:" + service.getAddress().getPort());
        options.extraGlue.add(RecorderSteps.class.getPackageName());
    }

    @After
    public void stopUserService() {
        if (service != null) {
            service.stop(0);
        }
    }

    @Given("the scenarios fail half way")
    public void failHalfWay() {
        options.systemProperties.put(RecorderSteps.FAIL_HALF_WAY, "true");
    }

    @Given("the scenarios no longer fail")
    public void noLongerFail() {
        options.systemProperties.put(RecorderSteps.FAIL_HALF_WAY, "false");
    }

    @Given("EasyVCR re-records every cassette")
    public void reRecord() {
        options.systemProperties.put(RecorderSteps.EASYVCR_MODE, "Record");
    }

    @Given("EasyVCR records only missing cassettes")
    public void recordMissing() {
        options.systemProperties.put(RecorderSteps.EASYVCR_MODE, "Auto");
    }

    @When("Cucumber runs the features again")
    public void runAgain() throws IOException {
        hits.set(0);
        runFeatures();
    }

    @Then("the service was called {int} time(s)")
    public void serviceCalled(int count) {
        assertThat(hits.get()).as(run.describe()).isEqualTo(count);
    }

    @Then("the cassette {string} is as it was before the run")
    public void asBeforeTheRun(String path) throws IOException {
        assertThat(contentsOf(path)).as(run.describe()).isNotEmpty().isEqualTo(before(path));
    }

    @Then("the cassette {string} was recorded afresh")
    public void recordedAfresh(String path) throws IOException {
        Map<String, String> now = contentsOf(path);
        assertThat(now).as(run.describe()).isNotEmpty();
        assertThat(now).as(run.describe()).isNotEqualTo(before(path));
    }

    /** Every file of a file or folder cassette as it is now, by path relative to it. */
    private Map<String, String> contentsOf(String path) throws IOException {
        Path cassette = cassetteDir.resolve(path);
        Map<String, String> contents = new java.util.TreeMap<>();
        if (Files.isRegularFile(cassette)) {
            contents.put("", Files.readString(cassette));
        }
        for (String file : listFiles(cassette)) {
            contents.put(file, Files.readString(cassette.resolve(file)));
        }
        return contents;
    }

    /** The same, as it was before the last run. */
    private Map<String, String> before(String path) {
        Path cassette = cassetteDir.resolve(path);
        Map<String, String> contents = new java.util.TreeMap<>();
        before.forEach(
                (file, bytes) -> {
                    if (file.equals(cassette) || file.startsWith(cassette)) {
                        String relative = cassette.relativize(file).toString().replace('\\', '/');
                        contents.put(relative, new String(bytes, StandardCharsets.UTF_8));
                    }
                });
        return contents;
    }

    @Then("every cassette file that existed before the run is byte-identical")
    public void everyCassetteIdentical() throws IOException {
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            if (file.getKey().startsWith(cassetteDir)) {
                assertThat(file.getKey()).as(run.describe()).exists();
                assertThat(Files.readAllBytes(file.getKey()))
                        .as(file.getKey().toString())
                        .isEqualTo(file.getValue());
            }
        }
    }

    @Then("the cassette {string} holds an answer containing {string}")
    public void cassetteContains(String path, String text) throws IOException {
        assertThat(Files.readString(cassetteDir.resolve(path))).as(run.describe()).contains(text);
    }

    @Given("glue code configures the plugin in a @BeforeAll hook with:")
    public void glueConfiguresThePlugin(Map<String, String> settings) {
        StringBuilder lines = new StringBuilder();
        settings.forEach((k, v) -> lines.append(k).append('=').append(expand(v)).append('\n'));
        options.systemProperties.put(GlueSettings.PROPERTY, lines.toString());
        options.extraGlue.add(GlueSettings.class.getPackageName());
    }

    // ---- running it -----------------------------------------------------------------------

    @When("Cucumber runs the features")
    public void runFeatures() throws IOException {
        Path config = tmp.resolve("vcr-default-test.yaml");
        if (!Files.exists(config)) {
            pluginConfiguration("");
        }
        runInProcess(config.toString());
    }

    @Given("the plugin configuration:")
    public void pluginConfiguration(String content) throws IOException {
        Files.writeString(tmp.resolve("vcr-default-test.yaml"), withTestFolders(content));
    }

    @Given("the plugin is registered a second time, with the configuration:")
    public void secondRegistration(String content) throws IOException {
        Path second = Files.writeString(tmp.resolve("vcr-second.yaml"), withTestFolders(content));
        options.extraPluginArguments.add(second.toString());
    }

    /** The configuration with every folder in this scenario's temporary folder unless given. */
    private String withTestFolders(String content) {
        String yaml = expand(content);
        if (!yaml.contains("cassette-dir")) {
            yaml = "cassette-dir: " + cassetteDir + "\n" + yaml;
        }
        if (!yaml.contains("quarantine-dir")) {
            yaml = "quarantine-dir: " + tmp.resolve("quarantine") + "\n" + yaml;
        }
        if (!yaml.contains("snapshot-dir")) {
            yaml = "snapshot-dir: " + tmp.resolve("snapshots") + "\n" + yaml;
        }
        return yaml + "\n";
    }

    @When("Cucumber runs the features with the plugin argument {string}")
    public void runWithArgument(String argument) {
        runInProcess(expand(argument));
    }

    @When("Cucumber runs the features without a plugin argument")
    public void runWithoutArgument() {
        runInProcess(null);
    }

    @When("Cucumber runs the features in a new JVM from the project folder")
    public void runForked() {
        snapshot();
        options.pluginArgument = null;
        run = SampleRun.forked(project, prepare());
    }

    @When(
            "Cucumber runs the features in a new JVM from the project folder with the plugin"
                    + " argument {string}")
    public void runForkedWithArgument(String argument) {
        snapshot();
        options.pluginArgument = expand(argument);
        run = SampleRun.forked(project, prepare());
    }

    @When(
            "Cucumber runs the features in a new JVM from the project folder with the option {string}")
    public void runForkedWithOption(String option) {
        options.extraArguments.add(option);
        runForked();
    }

    @When("Cucumber runs the features in this JVM with the option {string}")
    public void runInProcessWithOption(String option) throws IOException {
        options.extraArguments.add(option);
        runFeatures();
    }

    private void runInProcess(String argument) {
        snapshot();
        options.pluginArgument = argument;
        run = SampleRun.inProcess(prepare());
    }

    private SampleRun.Options prepare() {
        options.features = features;
        options.cassetteDir = cassetteDir;
        options.classpathRoot = classpathRoot;
        options.scratch = tmp;
        return options;
    }

    @Then("Cucumber's output says:")
    public void outputSays(String text) {
        for (String line : expand(text).lines().collect(Collectors.toList())) {
            assertThat(run.output).as(run.describe()).contains(line.strip());
        }
    }

    // ---- what is left -----------------------------------------------------------------------

    @Then("the sample run fails")
    public void sampleRunFails() {
        assertThat(run.error).as(run.describe()).isNull();
        assertThat(run.exitStatus).as(run.describe()).isEqualTo(1);
    }

    @Then("the sample run passes")
    public void sampleRunPasses() {
        assertThat(run.error).as(run.describe()).isNull();
        assertThat(run.exitStatus).as(run.describe()).isZero();
    }

    @Then("the run fails before any scenario starts, saying:")
    public void runFailsBeforeScenarios(String message) {
        String text = run.error != null ? messages(run.error) : run.output;
        assertThat(run.exitStatus).as(run.describe()).isNotZero();
        for (String line : expand(message).lines().collect(Collectors.toList())) {
            assertThat(text).as(run.describe()).contains(line.strip());
        }
        assertThat(run.log)
                .as("no scenario was handled")
                .noneMatch(l -> l.matches("(FINE|INFO|WARNING): Cassette .*"));
    }

    @Then("the cassette {string} is gone")
    public void cassetteGone(String path) {
        Path cassette = cassetteDir.resolve(path);
        assertThat(Files.exists(cassette, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .as(cassette + " should be gone\n" + run.describe())
                .isFalse();
    }

    @Then("the cassette {string} is untouched")
    public void cassetteUntouched(String path) throws IOException {
        Path cassette = cassetteDir.resolve(path);
        assertThat(cassette).as(run.describe()).exists();
        if (before.containsKey(cassette)) {
            assertThat(Files.readAllBytes(cassette)).isEqualTo(before.get(cassette));
        }
    }

    /**
     * Every file and link the cassette folder holds, and every empty folder, ending in '/': the
     * plugin leaves the parent folders of deleted file cassettes in place, and they are listed.
     */
    @Then("the cassette folder holds exactly:")
    public void cassetteFolderHoldsExactly(List<String> expected) throws IOException {
        assertThat(listEntries(cassetteDir))
                .as(run.describe())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Then("the plugin logs no error of its own")
    public void noPluginError() {
        assertThat(run.error).as(run.describe()).isNull();
        assertThat(run.log).as(run.describe()).noneMatch(l -> l.startsWith("SEVERE"));
    }

    @Then("every file outside the cassette folder is untouched")
    public void outsideUntouched() throws IOException {
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            if (file.getKey().startsWith(outside)) {
                assertThat(file.getKey()).as(run.describe()).exists();
                assertThat(Files.readAllBytes(file.getKey())).isEqualTo(file.getValue());
            }
        }
    }

    @Then("the plugin warns:")
    public void pluginWarns(String text) {
        assertLogged("WARNING: ", text);
    }

    @Then("the plugin logs:")
    public void pluginLogs(String text) {
        assertLogged("", text);
    }

    @Then("the plugin warns about nothing")
    public void warnsAboutNothing() {
        assertThat(run.log)
                .as(run.describe())
                .noneMatch(l -> l.startsWith("WARNING") || l.startsWith("SEVERE"));
    }

    @Then("the plugin logs nothing at INFO or above")
    public void pluginQuiet() {
        assertThat(run.log)
                .as(run.describe())
                .allMatch(l -> l.startsWith("FINE") || l.startsWith("DEBUG"));
    }

    @Then("the summary says:")
    public void summarySays(String text) {
        String summary =
                run.log.stream()
                        .filter(l -> l.startsWith("INFO: vcr-delete-on-fail summary for "))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no summary\n" + run.describe()));
        for (String line : expand(text).lines().collect(Collectors.toList())) {
            assertThat(summary).as(run.describe()).contains(line.strip());
        }
    }

    @Then("the summary lists the cassettes:")
    public void summaryLists(DataTable table) {
        List<String> expected = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            expected.add(row.get("outcome") + ": " + row.get("cassette"));
        }
        summarySays(String.join("\n", expected));
    }

    @Then("the plugin warns exactly once:")
    public void pluginWarnsOnce(String text) {
        assertThat(matching("WARNING: ", text)).as(run.describe()).hasSize(1);
    }

    private void assertLogged(String prefix, String text) {
        assertThat(matching(prefix, text)).as(run.describe()).isNotEmpty();
    }

    /** Log records with the prefix that contain every line of the text. */
    private List<String> matching(String prefix, String text) {
        List<String> lines = expand(text).lines().map(String::strip).collect(Collectors.toList());
        return run.log.stream()
                .filter(l -> l.startsWith(prefix) && lines.stream().allMatch(l::contains))
                .collect(Collectors.toList());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void snapshot() {
        before.clear();
        try {
            for (Path root : List.of(cassetteDir, outside)) {
                for (String file : listFiles(root)) {
                    Path path = root.resolve(file);
                    if (Files.isRegularFile(path)) {
                        before.put(path, Files.readAllBytes(path));
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String expand(String text) {
        return text.replace("<tmp>", tmp.toString())
                .replace("<cassette-dir>", cassetteDir.toString())
                .replace("<project>", project.toString());
    }

    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }

    /** Files (and links) under a folder, relative, with '/' separators; links are not followed. */
    private static List<String> listFiles(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        files.add(root.relativize(file).toString().replace('\\', '/'));
                        return FileVisitResult.CONTINUE;
                    }
                });
        return files;
    }

    /**
     * What a folder holds, relative, with '/' separators, links not followed: every file and link,
     * and every empty folder with a '/' at the end (a folder that holds something is implied by
     * it), so that a folder left behind empty is seen.
     */
    private static List<String> listEntries(Path root) throws IOException {
        List<String> entries = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return entries;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                            throws IOException {
                        try (java.util.stream.Stream<Path> children = Files.list(dir)) {
                            if (!dir.equals(root) && children.findAny().isEmpty()) {
                                entries.add(
                                        root.relativize(dir).toString().replace('\\', '/') + "/");
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        entries.add(root.relativize(file).toString().replace('\\', '/'));
                        return FileVisitResult.CONTINUE;
                    }
                });
        return entries;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
