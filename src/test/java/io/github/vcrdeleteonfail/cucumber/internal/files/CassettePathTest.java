package io.github.vcrdeleteonfail.cucumber.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CassettePathTest {

    private static final Path ROOT = Path.of("/work/repo/cassettes");

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("../x.yaml", "'..'"),
                Arguments.of("..", "'..'"),
                Arguments.of("../../etc/passwd", "'..'"),
                Arguments.of("a/../b.yaml", "'..'"),
                Arguments.of("a/b/../../../x", "'..'"),
                Arguments.of("x/..", "'..'"),
                Arguments.of("/etc/passwd", "outside the cassette folder"),
                Arguments.of("/", "cassette folder"),
                Arguments.of("//etc/passwd", "outside the cassette folder"),
                Arguments.of("/work/repo/cassettes-evil/x.yaml", "outside the cassette folder"),
                Arguments.of("/work/repo/cassettes", "the cassette folder itself"),
                Arguments.of("/work/repo/cassettes/../x", "'..'"),
                Arguments.of("C:\\x", "backslash"),
                Arguments.of("C:/x", "Windows drive ('C:')"),
                Arguments.of("c:x.yaml", "Windows drive ('c:')"),
                Arguments.of("\\\\server\\share", "backslash"),
                Arguments.of("a\\b", "backslash"),
                Arguments.of("", "the path is empty"),
                Arguments.of(" ", "the path is empty"),
                Arguments.of("\t ", "the path is empty"),
                Arguments.of(".", "the cassette folder itself"),
                Arguments.of("./", "the cassette folder itself"),
                Arguments.of(".//./", "the cassette folder itself"),
                Arguments.of("a\0b.yaml", "control character U+0000"),
                Arguments.of("a\nb.yaml", "control character U+000A"),
                Arguments.of("a\tb.yaml", "control character U+0009"),
                Arguments.of("\u001b[31ma.yaml", "control character U+001B"),
                Arguments.of("a\u007fb.yaml", "control character U+007F"),
                Arguments.of("a\u0085b.yaml", "control character U+0085"),
                Arguments.of("a\u009bb.yaml", "control character U+009B"),
                Arguments.of("evil\u202Elmth.yaml", "invisible format character U+202E"),
                Arguments.of("a\u200Bb.yaml", "invisible format character U+200B"),
                Arguments.of("\uFEFFa.yaml", "invisible format character U+FEFF"),
                Arguments.of("a\u2066b.yaml", "invisible format character U+2066"));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void refusesAHostileTagPathWithAReason(String text, String reason) {
        CassettePath.Parsed parsed = CassettePath.parse(ROOT, text);

        assertThat(parsed.path()).isEmpty();
        assertThat(parsed.refusal()).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void refusesTheSameTextFromANamerOrGlueCode(String text, String reason) {
        Path path;
        try {
            path = Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            return; // a Path cannot even hold it (NUL): nothing a namer could return
        }
        CassettePath.Parsed parsed = CassettePath.of(ROOT, path);

        assertThat(parsed.path()).as(text).isEmpty();
        assertThat(parsed.refusal()).isPresent();
    }

    @Test
    void refusesAnAbsoluteTagPathWithoutACassetteFolder() {
        assertThat(CassettePath.parse("/work/repo/cassettes/a.yaml").refusal())
                .hasValueSatisfying(r -> assertThat(r).contains("absolute"));
    }

    @ParameterizedTest
    @CsvSource({
        "a.yaml, a.yaml",
        "a/b/c.yaml, a/b/c.yaml",
        "./a.yaml, a.yaml",
        "a//b.yaml, a/b.yaml",
        "a/./b.yaml, a/b.yaml",
        "a/b/, a/b",
        "/work/repo/cassettes/a/b.yaml, a/b.yaml",
        "/work/repo/cassettes//a/./b.yaml, a/b.yaml",
        "ab:c.yaml, ab:c.yaml",
        "con.yaml, con.yaml",
        "..a/b..c/.d, ..a/b..c/.d"
    })
    void differentSpellingsOfOnePlaceAreEqual(String text, String expected) {
        CassettePath parsed = CassettePath.parse(ROOT, text).path().orElseThrow();

        assertThat(parsed.toString()).isEqualTo(expected);
        assertThat(parsed).isEqualTo(CassettePath.parse(expected).path().orElseThrow());
        assertThat(parsed.hashCode())
                .isEqualTo(CassettePath.parse(expected).path().orElseThrow().hashCode());
    }

    @Test
    void acceptsRelativeAndAbsoluteNamerPathsAlike() {
        CassettePath relative = CassettePath.of(ROOT, Path.of("users/a.yaml")).path().orElseThrow();
        CassettePath absolute =
                CassettePath.of(ROOT, ROOT.resolve("users/./a.yaml")).path().orElseThrow();

        assertThat(relative).isEqualTo(absolute);
        assertThat(relative.segments()).containsExactly("users", "a.yaml");
        assertThat(relative.name()).isEqualTo("a.yaml");
        assertThat(relative.resolveAgainst(ROOT)).isEqualTo(ROOT.resolve("users/a.yaml"));
    }

    @Test
    void refusesAnEmptyNamerPath() {
        assertThat(CassettePath.of(ROOT, Path.of("")).refusal()).isPresent();
    }

    @Test
    void distinctPathsHashApart() {
        assertThat(
                        List.of("a.yaml", "b.yaml", "a/b.yaml", "b/a.yaml", "a", "a/b").stream()
                                .map(text -> CassettePath.parse(text).path().orElseThrow())
                                .mapToInt(CassettePath::hashCode)
                                .distinct()
                                .count())
                .isEqualTo(6);
    }

    @Test
    void aPathIsWithinItselfAndItsFoldersOnly() {
        CassettePath file = path("shared/login.yaml");
        CassettePath folder = path("shared");

        assertThat(file.isWithin(folder)).isTrue();
        assertThat(file.isWithin(file)).isTrue();
        assertThat(folder.isWithin(file)).isFalse();
        assertThat(path("shared-x/login.yaml").isWithin(folder)).isFalse();
        assertThat(path("sharedx").isWithin(folder)).isFalse();
    }

    @Test
    void topMostDropsDuplicatesAndPathsInsideSelectedFolders() {
        List<CassettePath> selection =
                Stream.of("shared/login.yaml", "b.yaml", "shared", "b.yaml", "shared/x/y", "c")
                        .map(CassettePathTest::path)
                        .collect(Collectors.toList());

        assertThat(CassettePath.topMost(selection))
                .extracting(CassettePath::toString)
                .containsExactly("shared", "b.yaml", "c");
    }

    @Test
    void topMostKeepsTheFirstAppearanceOrder() {
        List<CassettePath> selection =
                Stream.of("z", "a/b", "m", "a")
                        .map(CassettePathTest::path)
                        .collect(Collectors.toList());

        assertThat(CassettePath.topMost(selection))
                .extracting(CassettePath::toString)
                .containsExactly("z", "a", "m");
    }

    @Test
    void ordersBySegments() {
        assertThat(path("a/b").compareTo(path("a"))).isPositive();
        assertThat(path("a").compareTo(path("a/b"))).isNegative();
        assertThat(path("a/b").compareTo(path("a/c"))).isNegative();
        assertThat(path("a/b").compareTo(path("a/b"))).isZero();
    }

    @Test
    void aParsedValueSaysWhatItIs() {
        assertThat(CassettePath.parse("a/b").toString()).isEqualTo("a/b");
        assertThat(CassettePath.parse("..").toString()).startsWith("refused: ");
    }

    @Test
    void safeSegmentsMakeTheSamePathAsTheTextWithoutTheCharacterChecks() {
        CassettePath made = CassettePath.ofSafeSegments(List.of("users", "Fetch_a_user.yaml"));

        assertThat(made).isEqualTo(path("users/Fetch_a_user.yaml")).hasSameHashCodeAs(made);
        assertThat(made.segments()).containsExactly("users", "Fetch_a_user.yaml");
        assertThat(made).isNotEqualTo(path("users/Fetch_a_user.json")).isNotEqualTo("users");
    }

    @ParameterizedTest(name = "[{0}] (| between segments)")
    @ValueSource(strings = {"", ".", "..", "a/b", "a\\b", "ok|", "ok|..", "ok|x/y"})
    void safeSegmentsStillRefuseAPathOfTheWrongShape(String text) {
        List<String> segments = List.of(text.split("\\|", -1));
        assertThatThrownBy(() -> CassettePath.ofSafeSegments(segments))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a safe segment: ");
    }

    @Test
    void safeSegmentsAreNeverNone() {
        assertThatThrownBy(() -> CassettePath.ofSafeSegments(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no segment");
    }

    static CassettePath path(String text) {
        return CassettePath.parse(text).path().orElseThrow();
    }
}
