package io.github.vcrdeleteonfail.cucumber.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place that calls the user's namer, and its one error policy. */
class NamerCallTest {

    private static final Path CASSETTES = Path.of("/repo/cassettes");
    private static final ScenarioInfo SCENARIO =
            ScenarioInfo.of(
                    "id", "Log in", URI.create("file:/repo/login.feature"), 3, List.of(), null);

    @Test
    void returnsTheNamersPathsAsCheckedCassettePaths() {
        NamerCall.Named named = new NamerCall(new DefaultCassetteNamer(), CASSETTES).name(SCENARIO);

        assertThat(named.paths).extracting(Object::toString).containsExactly("login/Log_in.yaml");
        assertThat(named.refusals).isEmpty();
        assertThat(named.problems).isEmpty();
    }

    @Test
    void turnsAnExceptionIntoAProblemNamingTheNamer() {
        NamerCall.Named named =
                new NamerCall(
                                named(
                                        "Exploding",
                                        s -> {
                                            throw new IllegalStateException("namer bug");
                                        }),
                                CASSETTES)
                        .name(SCENARIO);

        assertThat(named.paths).isEmpty();
        assertThat(named.problems)
                .containsExactly(
                        "the namer Exploding threw java.lang.IllegalStateException: namer bug; fix"
                                + " the namer");
    }

    @Test
    void turnsAStackOverflowIntoAProblemToo() {
        NamerCall.Named named =
                new NamerCall(named("Recursive", NamerCallTest::recurse), CASSETTES).name(SCENARIO);

        assertThat(named.problems).singleElement().asString().contains("StackOverflowError");
    }

    @Test
    void letsAnOutOfMemoryErrorPass() {
        NamerCall call =
                new NamerCall(
                        named(
                                "Greedy",
                                s -> {
                                    throw new OutOfMemoryError("simulated");
                                }),
                        CASSETTES);

        assertThatThrownBy(() -> call.name(SCENARIO)).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void turnsANullListIntoAProblem() {
        NamerCall.Named named = new NamerCall(named("Null", s -> null), CASSETTES).name(SCENARIO);

        assertThat(named.problems)
                .containsExactly("the namer Null returned null instead of a list; fix the namer");
    }

    @Test
    void keepsTheGoodPathsBesideANullElementAndAnUnsafePath() {
        NamerCall.Named named =
                new NamerCall(
                                named(
                                        "Mixed",
                                        s ->
                                                Arrays.asList(
                                                        Path.of("good.yaml"),
                                                        null,
                                                        Path.of("../escape.yaml"),
                                                        Path.of("bad\u202e.yaml"))),
                                CASSETTES)
                        .name(SCENARIO);

        assertThat(named.paths).extracting(Object::toString).containsExactly("good.yaml");
        assertThat(named.problems)
                .containsExactly("the namer Mixed named a null path; fix the namer");
        assertThat(named.refusals).hasSize(2);
        assertThat(named.refusals.get(0).asWritten).isEqualTo("../escape.yaml");
        assertThat(named.refusals.get(0).origin).isEqualTo("namer Mixed");
        assertThat(named.refusals.get(0).reason).contains("'..'");
        assertThat(named.refusals.get(1).asWritten).isEqualTo("bad\\u202E.yaml");
    }

    @Test
    void refusesTheOnlyPathOfACustomNamerWhenItIsUnsafe() {
        // One path, like the default namer's, but not the default namer's: checked in full.
        NamerCall.Named named =
                new NamerCall(named("Lone", s -> List.of(Path.of("bad\u202e.yaml"))), CASSETTES)
                        .name(SCENARIO);

        assertThat(named.paths).isEmpty();
        assertThat(named.refusals)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.asWritten).isEqualTo("bad\\u202E.yaml");
                            assertThat(r.origin).isEqualTo("namer Lone");
                        });
    }

    @Test
    void namesTheDefaultCassetteOfAFeatureFileWithoutAName() {
        ScenarioInfo nameless =
                ScenarioInfo.of(
                        "id", "Log in", URI.create("file:/repo/.feature"), 3, List.of(), null);

        NamerCall.Named named = new NamerCall(new DefaultCassetteNamer(), CASSETTES).name(nameless);

        assertThat(named.paths).extracting(Object::toString).containsExactly("Log_in.yaml");
        assertThat(named.refusals).isEmpty();
        assertThat(named.problems).isEmpty();
    }

    @Test
    void letsAnOutOfMemoryErrorOfTheNamersToStringPass() {
        ScenarioCassetteNamer greedy =
                new ScenarioCassetteNamer() {
                    @Override
                    public List<Path> cassettesFor(ScenarioInfo scenario) {
                        return List.of();
                    }

                    @Override
                    public String toString() {
                        throw new OutOfMemoryError("simulated");
                    }
                };

        assertThatThrownBy(() -> new NamerCall(greedy, CASSETTES).describe())
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void describesANamerWhoseToStringThrowsByItsClass() {
        ScenarioCassetteNamer rude =
                new ScenarioCassetteNamer() {
                    @Override
                    public List<Path> cassettesFor(ScenarioInfo scenario) {
                        return List.of();
                    }

                    @Override
                    public String toString() {
                        throw new IllegalStateException("no");
                    }
                };

        assertThat(new NamerCall(rude, CASSETTES).describe()).isEqualTo(rude.getClass().getName());
    }

    private static List<Path> recurse(ScenarioInfo scenario) {
        return recurse(scenario);
    }

    private static ScenarioCassetteNamer named(String name, ScenarioCassetteNamer namer) {
        return new ScenarioCassetteNamer() {
            @Override
            public List<Path> cassettesFor(ScenarioInfo scenario) {
                return namer.cassettesFor(scenario);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
