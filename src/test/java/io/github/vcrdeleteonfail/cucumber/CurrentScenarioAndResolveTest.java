package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunStarted;
import io.github.vcrdeleteonfail.cucumber.testkit.AttachedPlugin;
import io.github.vcrdeleteonfail.cucumber.testkit.StubTestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Cassettes#currentScenario()} and {@link Cassettes#resolve(Path)}, for glue styles other
 * than {@code io.cucumber.java.Scenario}: the scenario of this thread, and paths checked like
 * registrations.
 */
class CurrentScenarioAndResolveTest {

    @TempDir Path tmp;
    private Path cassettes;
    private AttachedPlugin run;
    private final TestCase scenario =
            new StubTestCase(
                    "Fetch a user", "file:/project/features/users.feature", 7, List.of("@api"));

    @BeforeEach
    void startARun() throws Exception {
        tmp = tmp.toRealPath();
        cassettes = tmp.resolve("cassettes");
        Path config = Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: " + cassettes);
        run = AttachedPlugin.attach(new VcrDeleteOnFailPlugin(config.toString()));
        run.send(TestRunStarted.class, new TestRunStarted(Instant.now()));
    }

    @AfterEach
    void finishTheRun() {
        run.finish();
    }

    @Test
    void theCurrentScenarioIsTheOneRunningOnThisThreadAndOnlyWhileItRuns() {
        run.send(TestCaseStarted.class, AttachedPlugin.started(scenario));

        ScenarioInfo current = Cassettes.currentScenario();

        assertThat(current.getId()).isEqualTo(scenario.getId().toString());
        assertThat(current.getName()).isEqualTo("Fetch a user");
        assertThat(current.getLine()).isEqualTo(7);
        assertThat(current.getTags()).containsExactly("@api");
        assertThat(Cassettes.defaultCassette(current))
                .isEqualTo(cassettes.resolve("users/Fetch_a_user.yaml"));

        run.send(TestCaseFinished.class, AttachedPlugin.finished(scenario, Status.PASSED));

        assertThatThrownBy(Cassettes::currentScenario)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "vcr-delete-on-fail: Cassettes.currentScenario() is called outside a"
                                + " scenario's steps and hooks. Call it from a step or a"
                                + " Before/After hook.");
    }

    @Test
    void resolvesAgainstTheCassetteFolderWithTheChecksOfARegistration() {
        assertThat(Cassettes.resolve(Path.of("users/a.yaml")))
                .isEqualTo(cassettes.resolve("users/a.yaml"));
        assertThat(Cassettes.resolve(cassettes.resolve("users/a.yaml")))
                .isEqualTo(cassettes.resolve("users/a.yaml"));
        assertThatThrownBy(() -> Cassettes.resolve(Path.of("../secrets.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cassettes.resolve")
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> Cassettes.resolve(tmp.resolve("elsewhere.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the cassette folder");
    }

    @Test
    void withoutARegisteredPluginTheMessageSaysSo() {
        run.finish();

        assertThatThrownBy(Cassettes::currentScenario)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(", or the plugin is not registered");
    }
}
