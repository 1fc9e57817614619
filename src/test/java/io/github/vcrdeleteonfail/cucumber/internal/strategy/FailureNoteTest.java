package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class FailureNoteTest {

    @Test
    void writesTheScenarioItsPlaceItsStatusAndTheErrorAsYaml() {
        String yaml =
                new FailureNote(
                                "Log \"in\"",
                                URI.create("file:/f/login.feature"),
                                3,
                                "FAILED",
                                new AssertionError("boom\nagain"),
                                "r-1")
                        .forCassette("login/a.yaml");

        assertThat(yaml)
                .startsWith(
                        "scenario: \"Log \\\"in\\\"\"\nfeature: \"file:/f/login.feature\"\nline: 3\n"
                                + "status: FAILED\nerror: \"java.lang.AssertionError: boom\\nagain\"\n"
                                + "cassette: \"login/a.yaml\"\nrun: \"r-1\"\nwhen: \"");
        java.util.Map<String, Object> read = new Yaml().load(yaml);
        assertThat(read)
                .containsEntry("scenario", "Log \"in\"")
                .containsEntry("line", 3)
                .containsEntry("error", "java.lang.AssertionError: boom\nagain")
                .containsKey("when");
    }

    @Test
    void namesABlockOrTheRunAsTheFailureWithoutAScenarioPlace() {
        String yaml =
                new FailureNote("the run, which failed", null, 0, null, null, "r-1")
                        .forCassette("a.yaml");

        assertThat(yaml)
                .startsWith(
                        "failure: \"the run, which failed\"\nerror: \"\"\ncassette: \"a.yaml\"\n")
                .doesNotContain("feature:")
                .doesNotContain("status:");
    }

    @Test
    void cutsAVeryLongErrorAfterTwoThousandCharacters() {
        String yaml =
                new FailureNote(
                                "S",
                                null,
                                0,
                                null,
                                new IllegalStateException("x".repeat(5000)),
                                "r")
                        .forCassette("a.yaml");

        String error = yaml.lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
        assertThat(error).hasSize("error: \"".length() + FailureNote.MAX_ERROR + 2).endsWith("…\"");
    }
}
