package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.symlink;
import static io.github.vcrdeleteonfail.cucumber.internal.files.TestFiles.write;
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
 * What the results tell for the advice of messages (whether the cassette was a folder, as the
 * operation saw it), {@link CassetteFolder#isFolder}, and a cassette folder that does not exist
 * yet.
 */
class CassetteFolderAdviceTest {

    @TempDir Path temp;
    private Path cassettes;
    private WorkFolder work;

    @BeforeEach
    void prepare() throws IOException {
        temp = temp.toRealPath();
        cassettes = Files.createDirectories(temp.resolve("cassettes"));
        write(cassettes.resolve("rec/a.yaml"), "a");
        write(cassettes.resolve("file.yaml"), "f");
        Path outside = write(temp.resolve("outside/b.yaml"), "b").getParent();
        symlink(cassettes.resolve("link"), outside);
        work = WorkFolder.at(temp.resolve(".work"), cassettes, "run-1");
    }

    @AfterEach
    void close() {
        work.close();
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aDeletionTellsWhetherItSawAFolder(boolean handles) {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);

        assertThat(folder.delete(path("rec")).wasFolder()).isTrue();
        assertThat(folder.delete(path("file.yaml")).wasFolder()).isFalse();
        assertThat(folder.delete(path("link")).wasFolder()).as("a link").isFalse();
        assertThat(folder.delete(path("missing")).wasFolder()).isFalse();
        assertThat(folder.delete(path("link/b.yaml")).wasFolder())
                .as("refused on the way: never looked at")
                .isNull();
        assertThat(temp.resolve("outside/b.yaml")).hasContent("b");
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void aQuarantineTellsWhetherItSawAFolder(boolean handles) {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        Path quarantine = temp.resolve("quarantine");

        assertThat(folder.quarantine(path("rec"), quarantine, "n").wasFolder()).isTrue();
        assertThat(folder.quarantine(path("file.yaml"), quarantine, "n").wasFolder()).isFalse();
        assertThat(folder.quarantine(path("missing"), quarantine, "n").wasFolder()).isFalse();
        assertThat(quarantine.resolve("rec/a.yaml")).hasContent("a");
    }

    @ParameterizedTest(name = "handles {0}")
    @ValueSource(booleans = {true, false})
    void anOpenedCassetteFolderTellsAFolderCassetteWithoutFollowingALinkOrTouchingAnything(
            boolean handles) throws IOException {
        CassetteFolder folder = new CassetteFolder(cassettes, work, handles);
        write(cassettes.resolve("deep/rec/a.yaml"), "a");
        Map<String, String> before = TreeState.of(temp);

        assertThat(folder.isFolder(path("rec"))).isTrue();
        assertThat(folder.isFolder(path("deep/rec"))).isTrue();
        assertThat(folder.isFolder(path("deep/rec/a.yaml"))).isFalse();
        assertThat(folder.isFolder(path("file.yaml"))).isFalse();
        assertThat(folder.isFolder(path("link"))).as("a link").isFalse();
        assertThat(folder.isFolder(path("link/b.yaml"))).as("through a link").isFalse();
        assertThat(folder.isFolder(path("missing/x"))).isFalse();
        assertThat(TreeState.of(temp)).as("nothing touched").isEqualTo(before);

        Files.delete(cassettes.resolve("rec/a.yaml"));
        Files.delete(cassettes.resolve("rec"));
        write(cassettes.resolve("rec"), "now a file");
        assertThat(folder.isFolder(path("rec"))).as("looked at afresh").isFalse();
        folder.close();
    }

    @Test
    void tellsAFolderCassetteWithoutFollowingALink() {
        assertThat(CassetteFolder.isFolder(cassettes, path("rec"))).isTrue();
        assertThat(CassetteFolder.isFolder(cassettes, path("file.yaml"))).isFalse();
        assertThat(CassetteFolder.isFolder(cassettes, path("link"))).as("a link").isFalse();
        assertThat(CassetteFolder.isFolder(cassettes, path("link/b.yaml"))).isFalse();
        assertThat(CassetteFolder.isFolder(cassettes, path("missing/x"))).isFalse();
    }

    @Test
    void aCassetteFolderThatDoesNotExistYetIsJudgedByItsNearestFolder() {
        CassetteFolder existing = new CassetteFolder(cassettes, work);
        CassetteFolder notYet = new CassetteFolder(cassettes.resolve("not/yet"), work);

        assertThat(notYet.usesFolderHandles())
                .as("as for the cassette folder above it, which exists")
                .isEqualTo(existing.usesFolderHandles());
        assertThat(notYet.delete(path("a.yaml")).kind()).isEqualTo(FileResult.Kind.ABSENT);
    }
}
