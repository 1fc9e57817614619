package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The folders the plugin may touch, compared by real path (links followed, the nearest existing
 * ancestor for folders not created yet): cassette-dir must hold cassettes only, quarantine-dir and
 * snapshot-dir stay apart from it. Every folder is a stand-in inside a temporary folder; the real
 * file-system root is only named, and configuration touches no file anyway.
 */
class FolderRulesTest {

    private static final String FIX =
            ". Everything in cassette-dir may be deleted: name a folder of cassettes only, such as"
                    + " src/test/resources/cassettes.";

    @TempDir Path temp;
    private ConfigFixture fixture;

    @BeforeEach
    void createFixture() {
        fixture = new ConfigFixture(temp);
    }

    @AfterEach
    void closeFixture() throws IOException {
        fixture.close();
    }

    // --- dangerous cassette folders ---

    @Test
    void refusesTheFileSystemRoot() {
        fixture.yamlFails("cassette-dir: /\n")
                .hasMessage(
                        "vcr-delete-on-fail: the key 'cassette-dir' from "
                                + fixture.origin()
                                + " is '/', which is the file-system root"
                                + FIX);
    }

    @Test
    void namesCassetteDirNotTheQuarantineFolderInsideIt() {
        // target/vcr-quarantine (the default) lies inside "/": the first error is cassette-dir's.
        fixture.yamlFails("cassette-dir: /\nquarantine-dir: /tmp/q\n")
                .hasMessageStartingWith("vcr-delete-on-fail: the key 'cassette-dir'");
    }

    @Test
    void refusesTheHomeFolder() {
        fixture.yamlFails("cassette-dir: '" + fixture.home + "'\n")
                .hasMessage(
                        "vcr-delete-on-fail: the key 'cassette-dir' from "
                                + fixture.origin()
                                + " is '"
                                + fixture.home
                                + "', which is the user's home folder"
                                + FIX);
    }

    @Test
    void refusesALinkToTheHomeFolder() throws IOException {
        Path link = Files.createSymbolicLink(fixture.root.resolve("my-home"), fixture.home);

        fixture.yamlFails("cassette-dir: '" + link + "'\n")
                .hasMessageContaining("which is the user's home folder");
    }

    @Test
    void refusesTheWorkingDirectory() {
        fixture.yamlFails("cassette-dir: .\n")
                .hasMessage(
                        "vcr-delete-on-fail: the key 'cassette-dir' from "
                                + fixture.origin()
                                + " is '.', which is the working directory "
                                + fixture.workingDir
                                + FIX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../../.."}) // ../.. is the stand-in home
    void refusesAParentOfTheWorkingDirectory(String parent) {
        fixture.yamlFails("cassette-dir: " + parent + "\n")
                .hasMessageContaining(
                        "is '"
                                + parent
                                + "', which is a parent of the working directory "
                                + fixture.workingDir);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pom.xml",
                "build.gradle",
                "build.gradle.kts",
                "settings.gradle",
                "settings.gradle.kts"
            })
    void refusesAProjectFolder(String buildFile) {
        Path project = fixture.root.resolve("other-project");
        ConfigFixture.write(project.resolve(buildFile), "");

        fixture.yamlFails("cassette-dir: '" + project + "'\n")
                .hasMessageContaining(
                        "is '"
                                + project
                                + "', which is a project folder: it holds "
                                + buildFile
                                + FIX);
    }

    @Test
    void refusesARepositoryRoot() throws IOException {
        Path repository = Files.createDirectories(fixture.root.resolve("repo/.git"));

        fixture.yamlFails("cassette-dir: '" + repository.getParent() + "'\n")
                .hasMessageContaining("which is a project folder: it holds .git");
    }

    @Test
    void refusesALinkToAProjectFolder() throws IOException {
        Path project = fixture.root.resolve("other-project");
        ConfigFixture.write(project.resolve("pom.xml"), "");
        Path link = Files.createSymbolicLink(fixture.root.resolve("cassettes-link"), project);

        fixture.yamlFails("cassette-dir: '" + link + "'\n")
                .hasMessageContaining("which is a project folder: it holds pom.xml");
    }

    @Test
    void aProjectFileThatIsALinkCountsWhenItsTargetExists() throws IOException {
        Path project = Files.createDirectories(fixture.root.resolve("other-project"));
        Path shared = fixture.root.resolve("shared-settings.gradle");
        Files.createSymbolicLink(project.resolve("settings.gradle"), shared);

        assertThat(fixture.yaml("cassette-dir: '" + project + "'\n").cassetteDir())
                .as("a dangling link is not a build file")
                .isEqualTo(project);
        ConfigFixture.write(shared, "");
        fixture.yamlFails("cassette-dir: '" + project + "'\n")
                .hasMessageContaining("which is a project folder: it holds settings.gradle");
    }

    @Test
    void acceptsAFolderInsideAProjectOrTheHome() {
        ConfigFixture.write(fixture.workingDir.resolve("pom.xml"), "");

        assertThat(fixture.yaml("cassette-dir: src/test/resources/cassettes\n").cassetteDir())
                .isEqualTo(fixture.workingDir.resolve("src/test/resources/cassettes"));
        assertThat(
                        fixture.yaml("cassette-dir: '" + fixture.home.resolve("cassettes") + "'\n")
                                .cassetteDir())
                .isEqualTo(fixture.home.resolve("cassettes"));
    }

    @Test
    void namesTheOriginOfADangerousOverride() {
        fixture.environment.put("VCR_DELETE_ON_FAIL_CASSETTE_DIR", "..");

        fixture.fails(f -> f.load(null))
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the key 'cassette-dir' from environment variable"
                                + " VCR_DELETE_ON_FAIL_CASSETTE_DIR is '..', which is a parent of the"
                                + " working directory");
    }

    @Test
    void namesGlueCodeAsTheOriginOfADangerousFolder() {
        fixture.fails(f -> f.loader().read(null).resolve(Map.of("cassette-dir", fixture.home)))
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the key 'cassette-dir' from CassetteSettings in glue code is '"
                                + fixture.home
                                + "', which is the user's home folder");
    }

    // --- folders kept apart from the cassettes ---

    @ParameterizedTest
    @ValueSource(strings = {"quarantine-dir", "snapshot-dir"})
    void refusesAFolderInsideTheCassetteFolder(String key) {
        Path cassettes = fixture.workingDir.resolve("cassettes");

        fixture.yamlFails("cassette-dir: cassettes\n" + key + ": cassettes/kept\n")
                .hasMessageStartingWith(
                        "vcr-delete-on-fail: the key '"
                                + key
                                + "' from "
                                + fixture.origin()
                                + " is 'cassettes/kept', which is or leads into the cassette folder "
                                + cassettes
                                + " (real paths compared, links followed): its files would"
                                + " be replayed or deleted as cassettes. Name a folder outside it,"
                                + " such as ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarantine-dir", "snapshot-dir"})
    void refusesTheCassetteFolderItself(String key) {
        fixture.yamlFails("cassette-dir: cassettes\n" + key + ": ./x/../cassettes\n")
                .hasMessageContaining(
                        "is './x/../cassettes', which is or leads into the cassette folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarantine-dir", "snapshot-dir"})
    void refusesAFolderThatContainsTheCassetteFolder(String key) {
        fixture.yamlFails("cassette-dir: recordings/cassettes\n" + key + ": recordings\n")
                .hasMessageContaining("is 'recordings', which contains the cassette folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarantine-dir", "snapshot-dir"})
    void refusesALinkThatLeadsIntoTheCassetteFolder(String key) throws IOException {
        Path cassettes = Files.createDirectories(fixture.workingDir.resolve("cassettes/users"));
        Files.createSymbolicLink(fixture.workingDir.resolve("kept"), cassettes);

        fixture.yamlFails("cassette-dir: cassettes\n" + key + ": kept\n")
                .hasMessageContaining("is 'kept', which is or leads into the cassette folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarantine-dir", "snapshot-dir"})
    void refusesAFolderNotCreatedYetBelowALinkIntoTheCassetteFolder(String key) throws IOException {
        Path cassettes = Files.createDirectories(fixture.workingDir.resolve("cassettes"));
        Files.createSymbolicLink(fixture.workingDir.resolve("link"), cassettes);

        fixture.yamlFails("cassette-dir: cassettes\n" + key + ": link/not/yet/there\n")
                .hasMessageContaining(
                        "is 'link/not/yet/there', which is or leads into the cassette folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarantine-dir", "snapshot-dir"})
    void refusesTheRealFolderOfALinkedCassetteFolder(String key) throws IOException {
        Path real = Files.createDirectories(fixture.root.resolve("real-cassettes"));
        Files.createSymbolicLink(fixture.workingDir.resolve("cassettes"), real);

        fixture.yamlFails("cassette-dir: cassettes\n" + key + ": '" + real.resolve("q") + "'\n")
                .hasMessageContaining("which is or leads into the cassette folder");
    }

    /**
     * quarantine-dir and snapshot-dir both hold a folder per run, named by the run id: one folder
     * for both would have the end of the run delete the quarantined cassettes with the work
     * folder's leftovers. Refused, however spelled, even through a link.
     */
    @Test
    void refusesOneFolderForQuarantineAndSnapshots() throws IOException {
        Path shared = fixture.workingDir.resolve("work");
        String message =
                "vcr-delete-on-fail: the keys 'quarantine-dir' (from "
                        + fixture.origin()
                        + ") and 'snapshot-dir' (from "
                        + fixture.origin()
                        + ") both name the folder "
                        + shared
                        + " (real paths compared, links followed): a run's quarantine folder would"
                        + " be its work folder too, and the end of the run deletes what is left in"
                        + " its work folder, quarantined cassettes included. Give them different"
                        + " folders, such as target/vcr-quarantine and "
                        + fixture.workingDir.resolve(".vcr-delete-on-fail")
                        + ".";

        fixture.yamlFails("cassette-dir: cassettes\nquarantine-dir: work\nsnapshot-dir: ./work/\n")
                .hasMessage(message);
        Files.createDirectories(shared);
        Files.createSymbolicLink(fixture.workingDir.resolve("linked"), shared);
        fixture.yamlFails("cassette-dir: cassettes\nquarantine-dir: work\nsnapshot-dir: linked\n")
                .hasMessageContaining("both name the folder " + shared);
    }

    @Test
    void keepsAQuarantineFolderInsideTheSnapshotFolderApartFromItsRuns() {
        Configuration config =
                fixture.yaml(
                        "cassette-dir: cassettes\nquarantine-dir: work/q\nsnapshot-dir: work\n");

        assertThat(config.quarantineDir()).isEqualTo(fixture.workingDir.resolve("work/q"));
    }

    @Test
    void suggestsEachFoldersDefaultAsTheFix() {
        fixture.yamlFails("cassette-dir: c\nquarantine-dir: c/q\n")
                .hasMessageEndingWith("such as target/vcr-quarantine.");
        fixture.yamlFails("cassette-dir: c\nsnapshot-dir: c/s\n")
                .hasMessageEndingWith(
                        "such as " + fixture.workingDir.resolve(".vcr-delete-on-fail") + ".");
    }

    @Test
    void acceptsSiblingFoldersWhoseNamesShareAPrefix() {
        Configuration configuration =
                fixture.yaml(
                        "cassette-dir: cassettes\nquarantine-dir: cassettes-quarantine\nsnapshot-dir: cassettes2\n");

        assertThat(configuration.quarantineDir())
                .isEqualTo(fixture.workingDir.resolve("cassettes-quarantine"));
        assertThat(configuration.snapshotDir()).isEqualTo(fixture.workingDir.resolve("cassettes2"));
    }
}
