package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortest extension the default namer takes: a dot and one character. */
class DefaultCassetteNamerExtensionTest {

    @Test
    void takesADotAndASingleCharacter() {
        ScenarioInfo scenario =
                ScenarioInfo.of(
                        "id", "Log in", URI.create("file:/repo/login.feature"), 3, List.of(), null);

        assertThat(new DefaultCassetteNamer(".j").cassettesFor(scenario))
                .containsExactly(Path.of("login", "Log_in.j"));
    }
}
