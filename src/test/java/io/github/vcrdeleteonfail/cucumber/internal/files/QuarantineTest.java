package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class QuarantineTest {

    @TempDir Path temp;

    private Path cassettes;
    private Path runFolder;
    private Path outside;
    private Quarantine quarantine;

    @BeforeEach
    void createFolders() throws IOException {
        Path base = temp.toRealPath();
        cassettes = Files.createDirectory(base.resolve("cassettes"));
        runFolder = base.resolve("quarantine/run-1");
        outside = Files.createDirectory(base.resolve("outside"));
        quarantine = new Quarantine(cassettes, runFolder);
    }

    @Test
    void movesAFileCassetteIntoTheRunFolderKeepingItsRelativePath() throws IOException {
        Path cassette =
                write(cassettes.resolve("login/Fetch_the_user_.yaml"), "interactions: []\n");
        byte[] before = Files.readAllBytes(cassette);
        Path sibling = write(cassettes.resolve("login/Other.yaml"), "kept");

        SafeDeleter.Result result = quarantine.move(cassette, info());

        Path moved = runFolder.resolve("login/Fetch_the_user_.yaml");
        assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(result.detail()).isEqualTo("moved to " + moved);
        assertThat(Files.exists(cassette, NOFOLLOW_LINKS)).isFalse();
        assertThat(moved).isRegularFile().hasBinaryContent(before);
        assertThat(sibling).hasContent("kept");
    }

    @Test
    void movesAFolderCassetteWithAllItsEntries() throws IOException {
        Path cassette = cassettes.resolve("users/Fetch_alice");
        write(cassette.resolve("mappings/get-user.json"), "{\"request\": {}}");
        write(cassette.resolve("mappings/post-token.json"), "{\"token\": 1}");
        write(cassette.resolve("__files/body-user.json"), "{\"name\": \"alice\"}");
        Map<String, String> before = tree(cassette);

        SafeDeleter.Result result = quarantine.move(cassette, info());

        Path moved = runFolder.resolve("users/Fetch_alice");
        assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(Files.exists(cassette, NOFOLLOW_LINKS)).isFalse();
        assertThat(cassettes.resolve("users")).isDirectory();
        assertThat(moved).isDirectory();
        assertThat(tree(moved))
                .containsOnlyKeys(
                        "__files",
                        "__files/body-user.json",
                        "mappings",
                        "mappings/get-user.json",
                        "mappings/post-token.json")
                .isEqualTo(before);
    }

    @Test
    void writesTheFailureNoteBesideTheCassetteWithEveryKeyOfTheInfo() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "recorded");
        Map<String, Object> info = info();

        quarantine.move(cassette, info);

        Path note = runFolder.resolve("login/Fetch.yaml" + Quarantine.INFO_SUFFIX);
        assertThat(note).isRegularFile();
        Map<String, Object> parsed = readYaml(note);
        assertThat(parsed).containsExactlyEntriesOf(info);
    }

    @Test
    void writesTheFailureNoteBesideAFolderCassetteNotInsideIt() throws IOException {
        Path cassette = cassettes.resolve("users/Fetch_alice");
        write(cassette.resolve("mappings/m.json"), "{}");

        quarantine.move(cassette, info());

        Path moved = runFolder.resolve("users/Fetch_alice");
        assertThat(runFolder.resolve("users/Fetch_alice" + Quarantine.INFO_SUFFIX)).isRegularFile();
        assertThat(tree(moved)).containsOnlyKeys("mappings", "mappings/m.json");
    }

    @Test
    void givesASecondCassetteOfTheSamePathAFreeNameInsteadOfOverwriting() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "first attempt");
        Map<String, Object> firstInfo = info();
        quarantine.move(cassette, firstInfo);
        write(cassette, "second attempt");
        Map<String, Object> secondInfo = new LinkedHashMap<>(info());
        secondInfo.put("scenario", "Fetch the user, again");

        SafeDeleter.Result result = quarantine.move(cassette, secondInfo);

        Path first = runFolder.resolve("login/Fetch.yaml");
        Path second = runFolder.resolve("login/Fetch.yaml-2");
        assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(result.detail()).isEqualTo("moved to " + second);
        assertThat(first).hasContent("first attempt");
        assertThat(second).hasContent("second attempt");
        assertThat(Files.exists(cassette, NOFOLLOW_LINKS)).isFalse();
        assertThat(readYaml(runFolder.resolve("login/Fetch.yaml" + Quarantine.INFO_SUFFIX)))
                .containsExactlyEntriesOf(firstInfo);
        assertThat(readYaml(runFolder.resolve("login/Fetch.yaml-2" + Quarantine.INFO_SUFFIX)))
                .containsExactlyEntriesOf(secondInfo);
    }

    @Test
    void countsOnUntilItFindsAFreeName() throws IOException {
        Path cassette = cassettes.resolve("login/Fetch.yaml");
        for (int attempt = 1; attempt <= 3; attempt++) {
            write(cassette, "attempt " + attempt);
            assertThat(quarantine.move(cassette, info()).outcome()).isEqualTo(Outcome.QUARANTINED);
        }

        assertThat(runFolder.resolve("login/Fetch.yaml")).hasContent("attempt 1");
        assertThat(runFolder.resolve("login/Fetch.yaml-2")).hasContent("attempt 2");
        assertThat(runFolder.resolve("login/Fetch.yaml-3")).hasContent("attempt 3");
    }

    @Test
    void reportsNothingToQuarantineForAMissingCassette() {
        SafeDeleter.Result result =
                quarantine.move(cassettes.resolve("login/Missing.yaml"), info());

        assertThat(result.outcome()).isEqualTo(Outcome.NOTHING_TO_DELETE);
        assertThat(result.detail()).isEqualTo("nothing to quarantine");
        assertThat(runFolder).doesNotExist();
    }

    @Test
    void refusesACassetteThatIsALinkToAFileOutside() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"), "secret");
        Path link = symlink(cassettes.resolve("login/Fetch.yaml"), secret);

        SafeDeleter.Result result = quarantine.move(link, info());

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(result.detail()).contains("symbolic link").contains(secret.toString());
        assertThat(secret).hasContent("secret");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(runFolder).doesNotExist();
    }

    @Test
    void refusesACassetteBehindAParentFolderThatLinksOutside() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"), "secret");
        symlink(cassettes.resolve("login"), outside);

        SafeDeleter.Result result = quarantine.move(cassettes.resolve("login/secret.yaml"), info());

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(secret).hasContent("secret");
        assertThat(runFolder).doesNotExist();
    }

    @Test
    void refusesAPathOutsideTheCassetteFolder() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"), "secret");

        SafeDeleter.Result result = quarantine.move(secret, info());

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(secret).hasContent("secret");
        assertThat(runFolder).doesNotExist();
    }

    @Test
    void failsWithTheDestinationAndTheCauseWhenTheRunFolderCannotBeCreated() throws IOException {
        Path blocker = write(temp.toRealPath().resolve("blocker"), "a regular file");
        Path blockedRun = blocker.resolve("run-1");
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "recorded");

        SafeDeleter.Result result = new Quarantine(cassettes, blockedRun).move(cassette, info());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail())
                .startsWith("could not move it to " + blockedRun.resolve("login/Fetch.yaml") + ": ")
                .containsPattern(": [A-Za-z]*Exception");
        assertThat(cassette).isRegularFile().hasContent("recorded");
        assertThat(blocker).isRegularFile().hasContent("a regular file");
    }

    @Test
    void neverLetsANoteOverwriteACassetteNamedLikeANote() throws IOException {
        Path lookalike =
                write(cassettes.resolve("login/Fetch.yaml.failure.yaml"), "a cassette, not a note");
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "the cassette");

        quarantine.move(lookalike, info());
        SafeDeleter.Result result = quarantine.move(cassette, info());

        assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(runFolder.resolve("login/Fetch.yaml.failure.yaml"))
                .hasContent("a cassette, not a note");
        assertThat(result.detail())
                .isEqualTo("moved to " + runFolder.resolve("login/Fetch.yaml-2"));
        assertThat(runFolder.resolve("login/Fetch.yaml-2")).hasContent("the cassette");
    }

    @Test
    void saysTheCassetteWasMovedWhenOnlyItsNoteCannotBeWritten() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "the cassette");
        Files.createDirectories(runFolder.resolve("login/.Fetch.yaml.failure.yaml.partial"));

        SafeDeleter.Result result = quarantine.move(cassette, info());

        assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
        assertThat(result.detail())
                .startsWith("moved to " + runFolder.resolve("login/Fetch.yaml"))
                .contains("but its note could not be written");
        assertThat(runFolder.resolve("login/Fetch.yaml")).hasContent("the cassette");
        assertThat(Files.exists(cassette, NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void leavesNoPartialFilesBehindWhenItSucceeds() throws IOException {
        write(cassettes.resolve("login/Fetch.yaml"), "recorded");
        write(cassettes.resolve("users/Fetch_alice/mappings/m.json"), "{}");

        quarantine.move(cassettes.resolve("login/Fetch.yaml"), info());
        quarantine.move(cassettes.resolve("users/Fetch_alice"), info());
        write(cassettes.resolve("login/Fetch.yaml"), "again");
        quarantine.move(cassettes.resolve("login/Fetch.yaml"), info());

        assertThat(tree(runFolder).keySet())
                .containsExactlyInAnyOrder(
                        "login",
                        "login/Fetch.yaml",
                        "login/Fetch.yaml" + Quarantine.INFO_SUFFIX,
                        "login/Fetch.yaml-2",
                        "login/Fetch.yaml-2" + Quarantine.INFO_SUFFIX,
                        "users",
                        "users/Fetch_alice",
                        "users/Fetch_alice/mappings",
                        "users/Fetch_alice/mappings/m.json",
                        "users/Fetch_alice" + Quarantine.INFO_SUFFIX)
                .noneMatch(name -> name.contains(".partial"));
    }

    private static Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("scenario", "Fetch the user");
        info.put("feature", "file:///repo/src/test/resources/users.feature");
        info.put("line", 12);
        info.put("status", "FAILED");
        info.put("error", "java.lang.AssertionError: expected: 200\n but was: 500");
        info.put("cassette", "login/Fetch.yaml");
        info.put("run", "run-1");
        info.put("when", "2026-01-02T03:04:05Z");
        return info;
    }

    private static Map<String, Object> readYaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Every entry under a folder, by relative path, with the content of files ("" for folders). */
}
