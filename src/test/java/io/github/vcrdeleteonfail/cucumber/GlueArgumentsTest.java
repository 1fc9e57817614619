package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.java.Scenario;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null argument to the glue API is refused with a message that names the parameter. */
class GlueArgumentsTest {

    private static final ScenarioInfo SCENARIO =
            ScenarioInfo.of(
                    "id", "Log in", URI.create("file:/f/login.feature"), 3, List.of(), null);

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of(
                        "scenario", (Runnable) () -> Cassettes.defaultCassette((Scenario) null)),
                Arguments.of(
                        "scenario",
                        (Runnable) () -> Cassettes.defaultCassette((ScenarioInfo) null)),
                Arguments.of(
                        "scenario", (Runnable) () -> Cassettes.defaultCassettes((Scenario) null)),
                Arguments.of(
                        "scenario",
                        (Runnable) () -> Cassettes.defaultCassettes((ScenarioInfo) null)),
                Arguments.of(
                        "scenario",
                        (Runnable) () -> Cassettes.deleteOnFail((Scenario) null, Path.of("a"))),
                Arguments.of(
                        "scenario",
                        (Runnable) () -> Cassettes.deleteOnFail((ScenarioInfo) null, Path.of("a"))),
                Arguments.of(
                        "cassettes",
                        (Runnable) () -> Cassettes.deleteOnFail(SCENARIO, (Path[]) null)),
                Arguments.of("scenario", (Runnable) () -> Cassettes.keep((Scenario) null)),
                Arguments.of("scenario", (Runnable) () -> Cassettes.keep((ScenarioInfo) null)),
                Arguments.of(
                        "cassettes", (Runnable) () -> Cassettes.deleteOnRunFailure((Path[]) null)),
                Arguments.of("cassette", (Runnable) () -> Cassettes.resolve(null)),
                Arguments.of("cassettes", (Runnable) () -> run(null, () -> {})),
                Arguments.of("block", (Runnable) () -> run(List.of(Path.of("a")), null)),
                Arguments.of("cassettes", (Runnable) () -> call(null, () -> "value")),
                Arguments.of("block", (Runnable) () -> call(List.of(Path.of("a")), null)),
                Arguments.of(
                        "cassettes[1]",
                        (Runnable)
                                () ->
                                        Cassettes.deleteOnRunFailure(
                                                Arrays.asList(Path.of("a"), null)
                                                        .toArray(new Path[0]))));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("calls")
    void aNullArgumentIsRefusedNamingTheParameter(String parameter, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(NullPointerException.class)
                .hasMessage(parameter);
    }

    private static void run(List<Path> cassettes, DeleteOnFail.Block block) {
        try {
            DeleteOnFail.run(cassettes, block);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void call(List<Path> cassettes, DeleteOnFail.ValueBlock<String> block) {
        try {
            DeleteOnFail.call(cassettes, block);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
