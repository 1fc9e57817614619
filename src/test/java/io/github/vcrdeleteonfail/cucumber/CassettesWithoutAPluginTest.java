package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The glue API's paths when no plugin is registered in this JVM: glue code still gets the names the
 * configuration found on the class path gives (here none: the built-in defaults), so that a
 * recorder pointed at them records where the plugin would look. Nothing is written.
 */
class CassettesWithoutAPluginTest {

    private static final ScenarioInfo LOG_IN =
            ScenarioInfo.of(
                    "id-1",
                    "Log in",
                    URI.create("file:/project/features/login.feature"),
                    3,
                    List.of("@vcr-delete-on-fail"),
                    null);

    @BeforeEach
    void noPluginIsRegistered() {
        assertThat(ActiveRuns.acting(null, "test"))
                .as("another test left a run in progress in this JVM")
                .isNull();
    }

    @Test
    void theDefaultCassettesAreTheDefaultNamersInThatFolder() {
        Path folder = Cassettes.cassetteDir();
        Path expected = folder.resolve("login/Log_in.yaml");

        assertThat(folder).isAbsolute();

        assertThat(Cassettes.defaultCassettes(LOG_IN)).containsExactly(expected);
        assertThat(Cassettes.defaultCassette(LOG_IN)).isEqualTo(expected);
    }
}
