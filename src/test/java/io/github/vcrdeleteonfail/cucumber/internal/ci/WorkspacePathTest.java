package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspacePathTest {

    private static WorkspacePath in(Map<String, String> variables) {
        return WorkspacePath.of(
                CiEnvironment.of(variables, new PrintStream(PrintStream.nullOutputStream())));
    }

    @Test
    void aFileUnderTheWorkspaceIsRelativeWithSlashes() {
        WorkspacePath paths = in(Map.of("GITHUB_WORKSPACE", "/w/app/"));

        assertThat(paths.of(Path.of("/w/app/target/vcr-rerecord.txt")))
                .isEqualTo("target/vcr-rerecord.txt");
        assertThat(paths.of(URI.create("file:///w/app/src/a.feature"))).isEqualTo("src/a.feature");
    }

    @Test
    void aFileBesideTheWorkspaceWithTheSamePrefixIsNotUnderIt() {
        assertThat(in(Map.of("GITHUB_WORKSPACE", "/w/app")).of(Path.of("/w/app2/a.feature")))
                .isEqualTo("/w/app2/a.feature");
    }

    @Test
    void withoutAWorkspaceFilesAreAbsoluteAndOtherUrisAsTheyAre() {
        WorkspacePath paths = in(Map.of("GITHUB_WORKSPACE", "  "));

        assertThat(paths.of(Path.of("/w/app/a.feature"))).isEqualTo("/w/app/a.feature");
        assertThat(paths.of(URI.create("classpath:com/example/a.feature")))
                .isEqualTo("classpath:com/example/a.feature");
    }

    @Test
    void aFileUriWithAHostIsNamedAsItIs() {
        assertThat(
                        in(Map.of("GITHUB_WORKSPACE", "/w/app"))
                                .of(URI.create("file://server/a.feature")))
                .isEqualTo("file://server/a.feature");
    }
}
