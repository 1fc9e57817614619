package io.github.vcrdeleteonfail.cucumber.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import io.github.vcrdeleteonfail.cucumber.internal.decision.CassetteTags;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.strategy.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scenario selects, normalised to top-most distinct targets with their origins. */
class SelectionTest {

    @TempDir static Path tmp;
    private static Path CASSETTES;
    private Selection selection;

    @BeforeAll
    static void configure() throws IOException {
        CASSETTES = tmp.toRealPath().resolve("cassettes");
    }

    @BeforeEach
    void createSelection() {
        selection =
                new Selection(
                        CassetteTags.DEFAULT_NAMES,
                        new NamerCall(new DefaultCassetteNamer(), CASSETTES),
                        CASSETTES);
    }

    @Test
    void selectsTheNamersCassetteForTheBareTagWithItsOrigin() {
        Selection.Selected selected = select(List.of("@vcr-delete-on-fail"), List.of());

        assertThat(shown(selected.targets))
                .containsExactly(
                        "login/Log_in.yaml <- tag @vcr-delete-on-fail via namer"
                                + " DefaultCassetteNamer[extension=.yaml]");
        assertThat(selected.refusals).isEmpty();
        assertThat(selected.namerProblems).isEmpty();
    }

    @Test
    void theBareTagWithAGlueRegistrationSelectsBoth() {
        Selection.Selected selected =
                select(List.of("@vcr-delete-on-fail"), List.of(path("glue/x.yaml")));

        assertThat(shown(selected.targets))
                .containsExactly(
                        "login/Log_in.yaml <- tag @vcr-delete-on-fail via namer"
                                + " DefaultCassetteNamer[extension=.yaml]",
                        "glue/x.yaml <- Cassettes.deleteOnFail");
    }

    @Test
    void aPathTagAloneDoesNotSelectTheDefaultCassette() {
        Selection.Selected selected =
                select(List.of("@vcr-delete-on-fail:shared/token.yaml"), List.of());

        assertThat(shown(selected.targets))
                .containsExactly("shared/token.yaml <- tag @vcr-delete-on-fail:shared/token.yaml");
    }

    @Test
    void normalisesOverlappingSelectionsToTheTopMostTargetKeepingTheFirstOrigin() {
        Selection.Selected selected =
                select(
                        List.of(
                                "@vcr-delete-on-fail:shared/login.yaml",
                                "@vcr-delete-on-fail:shared",
                                "@vcr-delete-on-fail:./shared//",
                                "@vcr-delete-on-fail:other.yaml"),
                        List.of(path("other.yaml"), path("glue/x.yaml"), path("shared/deep/y")));

        assertThat(shown(selected.targets))
                .containsExactly(
                        "shared <- tag @vcr-delete-on-fail:shared",
                        "other.yaml <- tag @vcr-delete-on-fail:other.yaml",
                        "glue/x.yaml <- Cassettes.deleteOnFail");
    }

    @Test
    void aFeatureLevelBareTagAndATagNamingTheFeaturesFolderBecomeTheFolder() {
        Selection.Selected selected =
                select(List.of("@vcr-delete-on-fail", "@vcr-delete-on-fail:login"), List.of());

        assertThat(shown(selected.targets))
                .containsExactly("login <- tag @vcr-delete-on-fail:login");
    }

    @Test
    void refusesAnUnsafeTagPathAndKeepsTheOthers() {
        Selection.Selected selected =
                select(
                        List.of(
                                "@vcr-delete-on-fail:../escape.yaml",
                                "@vcr-delete-on-fail:",
                                "@vcr-delete-on-fail:ok.yaml"),
                        List.of());

        assertThat(shown(selected.targets))
                .containsExactly("ok.yaml <- tag @vcr-delete-on-fail:ok.yaml");
        assertThat(selected.refusals).hasSize(2);
        assertThat(selected.refusals.get(0).asWritten).isEqualTo("../escape.yaml");
        assertThat(selected.refusals.get(0).origin)
                .isEqualTo("tag @vcr-delete-on-fail:../escape.yaml");
        assertThat(selected.refusals.get(0).reason).contains("'..'");
        assertThat(selected.refusals.get(1).asWritten).isEqualTo("(empty path)");
    }

    @Test
    void aNamerGivingTwoCassettesOrNoneGetsThemAllOrNothing() {
        Selection two =
                new Selection(
                        CassetteTags.DEFAULT_NAMES,
                        new NamerCall(
                                s -> List.of(Path.of("a.yaml"), Path.of("b.yaml")), CASSETTES),
                        CASSETTES);
        Selection none =
                new Selection(
                        CassetteTags.DEFAULT_NAMES,
                        new NamerCall(s -> List.of(), CASSETTES),
                        CASSETTES);
        CassetteTags bare = CassetteTags.DEFAULT_NAMES.read(List.of("@vcr-delete-on-fail"));

        assertThat(two.select(scenario(), bare, List.of()).targets)
                .extracting(t -> t.path().toString())
                .containsExactly("a.yaml", "b.yaml");
        assertThat(none.select(scenario(), bare, List.of()).targets).isEmpty();
    }

    @Test
    void doesNotCallTheNamerWithoutTheBareTag() {
        Selection throwing =
                new Selection(
                        CassetteTags.DEFAULT_NAMES,
                        new NamerCall(
                                s -> {
                                    throw new AssertionError("the namer was called");
                                },
                                CASSETTES),
                        CASSETTES);

        Selection.Selected selected =
                throwing.select(
                        scenario(),
                        CassetteTags.DEFAULT_NAMES.read(List.of("@vcr-delete-on-fail:a")),
                        List.of());

        assertThat(selected.namerProblems).isEmpty();
        assertThat(shown(selected.targets)).containsExactly("a <- tag @vcr-delete-on-fail:a");
    }

    private Selection.Selected select(List<String> tags, List<CassettePath> registered) {
        return selection.select(scenario(), CassetteTags.DEFAULT_NAMES.read(tags), registered);
    }

    private static ScenarioInfo scenario() {
        return ScenarioInfo.of(
                "id",
                "Log in",
                URI.create("file:/repo/features/login.feature"),
                3,
                List.of(),
                null);
    }

    private static CassettePath path(String text) {
        return CassettePath.parse(CASSETTES, text).path().orElseThrow();
    }

    private static List<String> shown(List<Target> targets) {
        return targets.stream()
                .map(t -> t.path() + " <- " + t.origin())
                .collect(java.util.stream.Collectors.toList());
    }
}
