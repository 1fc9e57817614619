package io.github.vcrdeleteonfail.cucumber.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;

class YamlDocumentTest {

    @Test
    void readsAFlatDocumentAndLeavesTheRestToSnakeYaml() {
        assertThat(YamlDocument.read("enabled: off\nextension: .json"))
                .isEqualTo(Map.of("enabled", false, "extension", ".json"));
        assertThat(YamlDocument.read("failing-statuses: [FAILED, PENDING]\nn: 3"))
                .as("a list and a number: not flat, read by SnakeYAML")
                .isEqualTo(Map.of("failing-statuses", List.of("FAILED", "PENDING"), "n", 3));
        assertThat(YamlDocument.read("- a\n- b")).isEqualTo(List.of("a", "b"));
        assertThat(YamlDocument.read("")).isEqualTo(Map.of());
        assertThat(YamlDocument.read("# only a comment\n")).isEqualTo(Map.of());
        assertThat(YamlDocument.read("---\n")).as("an empty document, through SnakeYAML").isNull();
    }

    @Test
    void refusesInvalidYamlWithSnakeYamlsMessageAndCause() {
        assertThatThrownBy(() -> YamlDocument.read("a: [b"))
                .isInstanceOf(YamlDocument.InvalidYamlException.class)
                .hasCauseInstanceOf(YAMLException.class)
                .hasMessageContaining("expected ',' or ']'");
    }

    @Test
    void refusesDuplicateKeysAndArbitraryTypes() {
        assertThatThrownBy(() -> YamlDocument.read("a: 1\nb: [x]\na: 2"))
                .isInstanceOf(YamlDocument.InvalidYamlException.class)
                .hasMessageContaining("found duplicate key a");
        assertThatThrownBy(() -> YamlDocument.read("a: !!java.io.File [x]\n"))
                .isInstanceOf(YamlDocument.InvalidYamlException.class)
                .hasMessageContaining("java.io.File");
    }
}
