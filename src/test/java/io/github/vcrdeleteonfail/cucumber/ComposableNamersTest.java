package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComposableNamersTest {

    private static final ScenarioInfo B_OF_A =
            ScenarioInfo.of(
                    "id", "b", URI.create("file:/repo/features/a.feature"), 3, List.of(), null);

    private final DefaultCassetteNamer yaml = new DefaultCassetteNamer();

    // --- withSuffixes ---

    @Test
    void namesTheCassetteAndItsSuffixedTwin() {
        assertThat(yaml.withSuffixes(".enc").cassettesFor(B_OF_A))
                .containsExactly(Path.of("a/b.yaml"), Path.of("a/b.yaml.enc"));
    }

    @Test
    void namesOneTwinPerSuffixInOrder() {
        assertThat(yaml.withSuffixes(".enc", ".gz", "-backup").cassettesFor(B_OF_A))
                .containsExactly(
                        Path.of("a/b.yaml"),
                        Path.of("a/b.yaml.enc"),
                        Path.of("a/b.yaml.gz"),
                        Path.of("a/b.yaml-backup"));
    }

    @Test
    void keepsEachCassetteNextToItsTwins() {
        ScenarioCassetteNamer two = scenario -> List.of(Path.of("x/one.json"), Path.of("two"));

        assertThat(two.withSuffixes(".enc").cassettesFor(B_OF_A))
                .containsExactly(
                        Path.of("x/one.json"),
                        Path.of("x/one.json.enc"),
                        Path.of("two"),
                        Path.of("two.enc"));
    }

    @Test
    void namesOnlyTheOriginalsWithoutSuffixes() {
        assertThat(yaml.withSuffixes().cassettesFor(B_OF_A)).containsExactly(Path.of("a/b.yaml"));
    }

    @Test
    void namesNothingForANamerThatNamesNothing() {
        ScenarioCassetteNamer none = scenario -> List.of();

        assertThat(none.withSuffixes(".enc").cassettesFor(B_OF_A)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/x", "a/", "a\\b", "\\"})
    void refusesASuffixThatIsEmptyOrHoldsAPathSeparator(String suffix) {
        assertThatThrownBy(() -> yaml.withSuffixes(".enc", suffix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid cassette suffix '" + suffix + "'")
                .hasMessageContaining("such as '.enc'")
                .hasMessageContaining("must not be empty or contain '/' or '\\'");
    }

    @Test
    void describesTheNamerAndItsSuffixes() {
        assertThat(yaml.withSuffixes(".enc", ".gz"))
                .hasToString("DefaultCassetteNamer[extension=.yaml] with suffixes [.enc, .gz]");
    }

    // --- and ---

    @Test
    void namesTheCassettesOfBothNamersInOrder() {
        ScenarioCassetteNamer json = new DefaultCassetteNamer(".json");

        assertThat(yaml.and(json).cassettesFor(B_OF_A))
                .containsExactly(Path.of("a/b.yaml"), Path.of("a/b.json"));
        assertThat(json.and(yaml).cassettesFor(B_OF_A))
                .containsExactly(Path.of("a/b.json"), Path.of("a/b.yaml"));
    }

    @Test
    void namesACassetteNamedByBothNamersOnce() {
        ScenarioCassetteNamer combined = yaml.and(yaml.withSuffixes(".enc"));

        assertThat(combined.cassettesFor(B_OF_A))
                .containsExactly(Path.of("a/b.yaml"), Path.of("a/b.yaml.enc"));
    }

    @Test
    void dropsDuplicatesWithinOneNamerToo() {
        ScenarioCassetteNamer twice = scenario -> List.of(Path.of("same"), Path.of("same"));

        assertThat(
                        twice.and(scenario -> List.of(Path.of("other"), Path.of("same")))
                                .cassettesFor(B_OF_A))
                .containsExactly(Path.of("same"), Path.of("other"));
    }

    @Test
    void chainsSeveralNamers() {
        ScenarioCassetteNamer chained =
                yaml.and(new FlatJsonNamer()).and(new DefaultCassetteNamer(".json"));

        assertThat(chained.cassettesFor(B_OF_A))
                .containsExactly(Path.of("a/b.yaml"), Path.of("flat/b.json"), Path.of("a/b.json"));
    }

    @Test
    void describesBothNamers() {
        assertThat(yaml.and(new FlatJsonNamer()).toString())
                .isEqualTo("DefaultCassetteNamer[extension=.yaml] and FlatJsonNamer");
    }

    @Test
    void composesSuffixesAndCombinations() {
        ScenarioCassetteNamer composed = yaml.and(new FlatJsonNamer()).withSuffixes(".enc");

        assertThat(composed.cassettesFor(B_OF_A))
                .containsExactly(
                        Path.of("a/b.yaml"),
                        Path.of("a/b.yaml.enc"),
                        Path.of("flat/b.json"),
                        Path.of("flat/b.json.enc"));
        assertThat(composed.toString())
                .contains("DefaultCassetteNamer[extension=.yaml]")
                .contains("FlatJsonNamer")
                .contains("with suffixes [.enc]");
    }
}
