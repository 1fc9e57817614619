package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.ScenarioInfo.ExampleRow;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ScenarioInfo} is a plain value: equal when every part is, and its parts as given. */
class ScenarioInfoTest {

    private static final URI LOGIN = URI.create("file:///project/features/login.feature");

    private static ScenarioInfo info(
            String id, String name, URI uri, int line, List<String> tags, ExampleRow row) {
        return ScenarioInfo.of(id, name, uri, line, tags, row);
    }

    private static final ScenarioInfo BASE =
            info("id-1", "Log in", LOGIN, 20, List.of("@a", "@b"), ExampleRow.of(1, 2));

    @Test
    void equalWhenEveryPartIsEqual() {
        ScenarioInfo same =
                info("id-1", "Log in", LOGIN, 20, List.of("@a", "@b"), ExampleRow.of(1, 2));

        assertThat(same).isEqualTo(BASE).hasSameHashCodeAs(BASE).isEqualTo(same);
        assertThat(BASE).isNotEqualTo(null).isNotEqualTo("Log in");
    }

    @Test
    void differentWhenAnyPartDiffers() {
        URI other = URI.create("file:///project/features/logout.feature");
        assertThat(
                        List.of(
                                info(
                                        "id-2",
                                        "Log in",
                                        LOGIN,
                                        20,
                                        List.of("@a", "@b"),
                                        ExampleRow.of(1, 2)),
                                info(
                                        "id-1",
                                        "Log out",
                                        LOGIN,
                                        20,
                                        List.of("@a", "@b"),
                                        ExampleRow.of(1, 2)),
                                info(
                                        "id-1",
                                        "Log in",
                                        other,
                                        20,
                                        List.of("@a", "@b"),
                                        ExampleRow.of(1, 2)),
                                info(
                                        "id-1",
                                        "Log in",
                                        LOGIN,
                                        21,
                                        List.of("@a", "@b"),
                                        ExampleRow.of(1, 2)),
                                info(
                                        "id-1",
                                        "Log in",
                                        LOGIN,
                                        20,
                                        List.of("@a"),
                                        ExampleRow.of(1, 2)),
                                info(
                                        "id-1",
                                        "Log in",
                                        LOGIN,
                                        20,
                                        List.of("@a", "@b"),
                                        ExampleRow.of(2, 2)),
                                info("id-1", "Log in", LOGIN, 20, List.of("@a", "@b"), null)))
                .allSatisfy(different -> assertThat(different).isNotEqualTo(BASE));
    }

    @Test
    void givesItsPartsBack() {
        assertThat(BASE.getId()).isEqualTo("id-1");
        assertThat(BASE.getName()).isEqualTo("Log in");
        assertThat(BASE.getUri()).isEqualTo(LOGIN);
        assertThat(BASE.getLine()).isEqualTo(20);
        assertThat(BASE.getTags()).containsExactly("@a", "@b");
        assertThat(BASE.getExampleRow()).contains(ExampleRow.of(1, 2));
        assertThat(BASE.getExampleRow().orElseThrow().getExamplesIndex()).isEqualTo(1);
        assertThat(BASE.getExampleRow().orElseThrow().getRowIndex()).isEqualTo(2);
        assertThat(BASE).hasToString("\"Log in\" (" + LOGIN + ":20)");
    }

    @Test
    void exampleRowsAreOneBased() {
        assertThat(ExampleRow.of(1, 1))
                .isEqualTo(ExampleRow.of(1, 1))
                .isNotEqualTo(ExampleRow.of(1, 2));
        assertThat(ExampleRow.of(3, 4)).hasToString("examples 3, row 4");
        assertThatThrownBy(() -> ExampleRow.of(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("example positions are 1-based, got examples 0, row 1");
        assertThatThrownBy(() -> ExampleRow.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFeatureNameIsTheFileNameWithoutItsSuffix() {
        assertThat(info("i", "n", LOGIN, 1, List.of(), null).getFeatureName()).isEqualTo("login");
        assertThat(
                        info(
                                        "i",
                                        "n",
                                        URI.create("classpath:features/login.feature"),
                                        1,
                                        List.of(),
                                        null)
                                .getFeatureName())
                .isEqualTo("login");
        // A feature at the class path's root: no folder in front of the name.
        assertThat(
                        info("i", "n", URI.create("classpath:login.feature"), 1, List.of(), null)
                                .getFeatureName())
                .isEqualTo("login");
    }
}
