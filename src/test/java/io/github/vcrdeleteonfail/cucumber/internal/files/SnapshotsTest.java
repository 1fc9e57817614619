package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.tree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.internal.decision.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {

    private static final String KEY = "scenario-1";

    @TempDir Path temp;

    private Path cassettes;
    private Path copies;
    private Path outside;
    private Snapshots snapshots;

    @BeforeEach
    void createFolders() throws IOException {
        Path base = temp.toRealPath();
        cassettes = Files.createDirectory(base.resolve("cassettes"));
        copies = base.resolve("snapshots/run-1");
        outside = Files.createDirectory(base.resolve("outside"));
        snapshots = new Snapshots(cassettes, copies);
    }

    @Test
    void removesACassetteCreatedAfterTheSnapshot() throws IOException {
        Path cassette = cassettes.resolve("login/Fetch.yaml");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        write(cassette, "recorded by the failed scenario");

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(snapshot.target()).isEqualTo(cassette);
        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(result.detail()).contains("created by the failed scenario");
        assertThat(Files.exists(cassette, NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void removesAFolderCassetteCreatedAfterTheSnapshot() throws IOException {
        Path cassette = cassettes.resolve("users/Fetch_alice");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        write(cassette.resolve("mappings/m.json"), "{}");
        write(cassette.resolve("__files/b.json"), "{}");

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(result.detail()).contains("created by the failed scenario");
        assertThat(Files.exists(cassette, NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void keepsACassetteThatNeverExistedAndWasNotCreated() throws IOException {
        Path cassette = cassettes.resolve("login/Fetch.yaml");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.detail()).isEqualTo("it did not exist before and was not created");
        assertThat(Files.exists(cassette, NOFOLLOW_LINKS)).isFalse();
        assertThat(copies).doesNotExist();
    }

    @Test
    void putsBackThePreviousBytesOfAModifiedFile() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "interactions: [old]\n");
        byte[] before = Files.readAllBytes(cassette);
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        write(cassette, "interactions: [new, and, longer]\n");

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(result.detail()).contains("previous bytes put back");
        assertThat(cassette).isRegularFile().hasBinaryContent(before);
        assertThat(leftovers(cassette.getParent())).isEmpty();
    }

    @Test
    void restoresAModifiedFileOfTheSameSize() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "status: 200");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        write(cassette, "status: 500");

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).hasContent("status: 200");
    }

    @Test
    void keepsAnUntouchedCassette() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "recorded");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(result.detail()).isEqualTo("the failed scenario did not change it");
        assertThat(cassette).hasContent("recorded");
    }

    @Test
    void keepsAnUntouchedFolderCassette() throws IOException {
        Path cassette = cassettes.resolve("users/Fetch_alice");
        write(cassette.resolve("mappings/m.json"), "{}");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(tree(cassette)).containsOnlyKeys("mappings", "mappings/m.json");
    }

    @Test
    void putsBackACassetteTheScenarioRemoved() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "recorded");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        Files.delete(cassette);

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(result.detail()).isEqualTo("removed by the failed scenario; put back");
        assertThat(cassette).isRegularFile().hasContent("recorded");
        assertThat(leftovers(cassette.getParent())).isEmpty();
    }

    @Test
    void putsBackACassetteWhoseFolderTheScenarioRemoved() throws IOException {
        Path cassette = write(cassettes.resolve("login/deep/Fetch.yaml"), "recorded");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        new SafeDeleter(cassettes).delete(cassettes.resolve("login"));

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).isRegularFile().hasContent("recorded");
    }

    @Test
    void putsBackAFolderCassetteTheScenarioRemoved() throws IOException {
        Path cassette = cassettes.resolve("users/Fetch_alice");
        write(cassette.resolve("mappings/m.json"), "{\"a\": 1}");
        write(cassette.resolve("__files/b.json"), "body");
        Map<String, String> before = tree(cassette);
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        new SafeDeleter(cassettes).delete(cassette);

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(tree(cassette)).isEqualTo(before);
        assertThat(leftovers(cassette.getParent())).isEmpty();
    }

    @Test
    void putsBackTheExactTreeOfAFolderCassette() throws IOException {
        Path cassette = cassettes.resolve("users/Fetch_alice");
        write(cassette.resolve("mappings/get-user.json"), "{\"status\": 200}");
        write(cassette.resolve("mappings/post-token.json"), "{\"token\": \"abc\"}");
        write(cassette.resolve("__files/body-user.json"), "{\"name\": \"alice\"}");
        Map<String, String> before = tree(cassette);
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        write(cassette.resolve("mappings/get-user.json"), "{\"status\": 500}");
        write(cassette.resolve("mappings/get-extra.json"), "{\"added\": true}");
        Files.delete(cassette.resolve("__files/body-user.json"));

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(result.detail()).contains("previous bytes put back");
        assertThat(tree(cassette)).isEqualTo(before);
        assertThat(leftovers(cassette.getParent())).isEmpty();
        assertThat(leftovers(cassettes)).isEmpty();
    }

    @Test
    void putsBackAFileThatTheScenarioReplacedWithAFolder() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch"), "a file cassette");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        Files.delete(cassette);
        write(cassette.resolve("mappings/m.json"), "{}");

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).isRegularFile().hasContent("a file cassette");
        assertThat(leftovers(cassette.getParent())).isEmpty();
    }

    @Test
    void putsBackAFolderThatTheScenarioReplacedWithAFile() throws IOException {
        Path cassette = cassettes.resolve("login/Fetch");
        write(cassette.resolve("mappings/m.json"), "{\"a\": 1}");
        write(cassette.resolve("__files/b.json"), "body");
        Map<String, String> before = tree(cassette);
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        new SafeDeleter(cassettes).delete(cassette);
        write(cassette, "now a file");

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).isDirectory();
        assertThat(tree(cassette)).isEqualTo(before);
        assertThat(leftovers(cassette.getParent())).isEmpty();
    }

    @Test
    void keepsItsCopyUnderTheScenarioKeyAndRestoresFromIt() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "recorded");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);

        assertThat(copies.resolve(KEY).resolve("login/Fetch.yaml")).hasContent("recorded");
        write(cassette, "changed");
        assertThat(snapshots.restore(snapshot).outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).hasContent("recorded");
    }

    @Test
    void keepsTheFirstCopyWhenTheSameCassetteIsSnapshottedTwice() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "at scenario start");
        Snapshots.Snapshot first = snapshots.take(KEY, cassette);
        write(cassette, "after the first step");
        Snapshots.Snapshot second = snapshots.take(KEY, cassette);
        write(cassette, "at the failure");

        assertThat(copies.resolve(KEY).resolve("login/Fetch.yaml")).hasContent("at scenario start");
        assertThat(snapshots.restore(second).outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).hasContent("at scenario start");
        write(cassette, "at the failure");
        assertThat(snapshots.restore(first).outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).hasContent("at scenario start");
    }

    @Test
    void keepsTheCopiesOfEachScenarioApart() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "before scenario one");
        Snapshots.Snapshot ofOne = snapshots.take("scenario-1", cassette);
        write(cassette, "before scenario two");
        Snapshots.Snapshot ofTwo = snapshots.take("scenario-2", cassette);
        write(cassette, "at the failure");

        assertThat(snapshots.restore(ofTwo).outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).hasContent("before scenario two");
        assertThat(snapshots.restore(ofOne).outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(cassette).hasContent("before scenario one");
    }

    @Test
    void discardRemovesTheCopiesOfOneScenarioAndKeepsThoseOfOthers() throws IOException {
        Path login = write(cassettes.resolve("login/Fetch.yaml"), "login");
        Path users = cassettes.resolve("users/Fetch_alice");
        write(users.resolve("mappings/m.json"), "{}");
        snapshots.take("scenario-1", login);
        snapshots.take("scenario-1", users);
        Snapshots.Snapshot ofTwo = snapshots.take("scenario-2", login);

        String problem = snapshots.discard("scenario-1");

        assertThat(problem).isNull();
        assertThat(copies.resolve("scenario-1")).doesNotExist();
        assertThat(copies.resolve("scenario-2").resolve("login/Fetch.yaml")).hasContent("login");
        assertThat(login).hasContent("login");
        assertThat(users.resolve("mappings/m.json")).hasContent("{}");
        write(login, "changed");
        assertThat(snapshots.restore(ofTwo).outcome()).isEqualTo(Outcome.RESTORED);
        assertThat(login).hasContent("login");
    }

    @Test
    void discardOfTheLastScenarioRemovesTheRunsFolderOfCopies() throws IOException {
        Path login = write(cassettes.resolve("login/Fetch.yaml"), "login");
        snapshots.take(KEY, login);

        assertThat(snapshots.discard(KEY)).isNull();

        assertThat(copies).doesNotExist();
        assertThat(login).hasContent("login");
    }

    @Test
    void discardOfAScenarioWithoutCopiesDoesNothing() throws IOException {
        Path login = write(cassettes.resolve("login/Fetch.yaml"), "login");
        snapshots.take("scenario-2", login);

        assertThat(snapshots.discard("scenario-1")).isNull();

        assertThat(copies.resolve("scenario-2").resolve("login/Fetch.yaml")).hasContent("login");
    }

    @Test
    void refusesToSnapshotThroughAParentFolderThatLinksOutside() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"), "secret");
        symlink(cassettes.resolve("login"), outside);
        Path cassette = cassettes.resolve("login/secret.yaml");

        assertThatThrownBy(() -> snapshots.take(KEY, cassette))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(cassette.toString())
                .hasMessageContaining("symbolic link");

        assertThat(copies).doesNotExist();
        assertThat(secret).hasContent("secret");
        assertThat(tree(outside)).containsOnlyKeys("secret.yaml");
    }

    @Test
    void refusesToSnapshotACassetteThatIsALinkToOutside() throws IOException {
        Path secret = write(outside.resolve("secret.yaml"), "secret");
        Path link = symlink(cassettes.resolve("login/Fetch.yaml"), secret);

        assertThatThrownBy(() -> snapshots.take(KEY, link)).isInstanceOf(IOException.class);

        assertThat(copies).doesNotExist();
        assertThat(secret).hasContent("secret");
    }

    @Test
    void refusesToRestoreThroughAParentFolderThatBecameALinkToOutside() throws IOException {
        Path cassette = write(cassettes.resolve("login/Fetch.yaml"), "recorded");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        new SafeDeleter(cassettes).delete(cassettes.resolve("login"));
        symlink(cassettes.resolve("login"), outside);

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(result.detail()).contains("symbolic link");
        try (Stream<Path> written = Files.list(outside)) {
            assertThat(written).isEmpty();
        }
        assertThat(copies.resolve(KEY).resolve("login/Fetch.yaml")).hasContent("recorded");
    }

    @Test
    void refusesToRemoveACreatedCassetteThroughAParentFolderThatBecameALinkToOutside()
            throws IOException {
        Path cassette = cassettes.resolve("login/Fetch.yaml");
        Snapshots.Snapshot snapshot = snapshots.take(KEY, cassette);
        Path secret = write(outside.resolve("Fetch.yaml"), "secret");
        symlink(cassettes.resolve("login"), outside);

        SafeDeleter.Result result = snapshots.restore(snapshot);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNSAFE);
        assertThat(secret).hasContent("secret");
    }

    /** Entries beside a cassette that a restore leaves when it stops half-way. */
    private static List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".vcr-restore-") || n.contains(".vcr-replaced-"))
                    .collect(Collectors.toList());
        }
    }

    /** Every entry under a folder, by relative path, with the content of files ("" for folders). */
}
