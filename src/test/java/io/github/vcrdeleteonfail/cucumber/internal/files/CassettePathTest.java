package io.github.vcrdeleteonfail.cucumber.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CassettePathTest {

    @TempDir Path temp;

    private Path root;

    @BeforeEach
    void createRoot() throws IOException {
        root = temp.toRealPath().resolve("cassettes");
    }

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("../x.yaml", "'..'"),
                Arguments.of("..", "'..'"),
                Arguments.of("../../etc/passwd", "'..'"),
                Arguments.of("a/../b.yaml", "'..'"),
                Arguments.of("a/b/../../../x", "'..'"),
                Arguments.of("x/..", "'..'"),
                Arguments.of("a/..", "'..'"),
                Arguments.of("/etc/passwd", "outside the cassette folder"),
                Arguments.of("/", "outside the cassette folder"),
                Arguments.of("//", "outside the cassette folder"),
                Arguments.of("//etc/passwd", "outside the cassette folder"),
                Arguments.of("C:\\x", "backslash"),
                Arguments.of("C:/x", "Windows drive ('C:')"),
                Arguments.of("c:x.yaml", "Windows drive ('c:')"),
                Arguments.of("\\\\server\\share", "backslash"),
                Arguments.of("a\\b", "backslash"),
                Arguments.of("..\\x", "backslash"),
                Arguments.of("", "the path is empty"),
                Arguments.of(" ", "the path is empty"),
                Arguments.of("\t ", "the path is empty"),
                Arguments.of(".", "the cassette folder itself"),
                Arguments.of("./", "the cassette folder itself"),
                Arguments.of("./.", "the cassette folder itself"),
                Arguments.of("a\0b.yaml", "control character U+0000"),
                Arguments.of("a.yaml\0", "control character U+0000"),
                Arguments.of("a\nb.yaml", "control character U+000A"),
                Arguments.of("a\rb.yaml", "control character U+000D"),
                Arguments.of("a\tb.yaml", "control character U+0009"),
                Arguments.of("\u001b[31ma.yaml", "control character U+001B"),
                Arguments.of("a\u007fb.yaml", "control character U+007F"),
                Arguments.of("a\u0085b.yaml", "control character U+0085"),
                Arguments.of("a\u009bb.yaml", "control character U+009B"));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void refusesAHostileTagPathWithAReason(String text, String reason) {
        CassettePath path = CassettePath.ofText(root, text);

        assertThat(path.target()).isEmpty();
        assertThat(path.refusal()).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({
        "a.yaml, a.yaml",
        "a/b/c.yaml, a/b/c.yaml",
        "./a.yaml, a.yaml",
        "a//b.yaml, a/b.yaml",
        "a/./b.yaml, a/b.yaml",
        "a/b/, a/b",
        "users/alice.yaml, users/alice.yaml",
        "wiremock/login, wiremock/login",
        "..a.yaml, ..a.yaml",
        "a..b, a..b",
        "...,  ..."
    })
    void resolvesASafeTagPathInsideTheRoot(String text, String expected) {
        CassettePath path = CassettePath.ofText(root, text);

        assertThat(path.refusal()).isEmpty();
        assertThat(path.target()).contains(root.resolve(expected));
        assertThat(path.target().get()).isAbsolute().startsWithRaw(root).isNotEqualTo(root);
    }

    @Test
    void acceptsAnAbsoluteTagPathInsideTheRoot() {
        CassettePath path = CassettePath.ofText(root, root + "/users/alice.yaml");

        assertThat(path.refusal()).isEmpty();
        assertThat(path.target()).contains(root.resolve("users").resolve("alice.yaml"));
    }

    @Test
    void refusesAnAbsoluteTagPathEqualToTheRoot() {
        assertRefused(CassettePath.ofText(root, root.toString()), "the cassette folder itself");
        assertRefused(CassettePath.ofText(root, root + "/"), "the cassette folder itself");
    }

    @Test
    void refusesAnAbsoluteTagPathThatClimbsOutOfTheRoot() {
        assertRefused(CassettePath.ofText(root, root + "/../x.yaml"), "'..'");
        assertRefused(CassettePath.ofText(root, root + "/.."), "'..'");
        assertRefused(CassettePath.ofText(root, root + "/x/../y.yaml"), "'..'");
    }

    @Test
    void refusesAnAbsoluteTagPathInASiblingFolderSharingTheRootsPrefix() {
        assertRefused(
                CassettePath.ofText(root, root + "-evil/x.yaml"), "outside the cassette folder");
    }

    @Test
    void namesTheRootAndTheOutsidePathInTheRefusal() {
        CassettePath path = CassettePath.ofText(root, "/etc/passwd");

        assertThat(path.refusal())
                .hasValueSatisfying(
                        r -> assertThat(r).contains("/etc/passwd").contains(root.toString()));
    }

    // --- ofPath ---

    @ParameterizedTest
    @CsvSource({"../x.yaml", "a/../b.yaml", "a/b/../../../x.yaml", "x/..", ".."})
    void refusesARelativePathWithDotDot(String relative) {
        assertRefused(CassettePath.ofPath(root, Paths.get(relative)), "'..'");
    }

    @Test
    void refusesAnAbsolutePathOutsideTheRoot() {
        Path outside = temp.resolve("other").resolve("x.yaml").toAbsolutePath();

        assertRefused(CassettePath.ofPath(root, outside), "outside the cassette folder");
    }

    @Test
    void refusesAnAbsolutePathEqualToTheRoot() {
        assertRefused(CassettePath.ofPath(root, root), "the cassette folder itself");
    }

    @Test
    void refusesAnAbsolutePathWithDotDotEvenWhenItEndsInsideTheRoot() {
        assertRefused(CassettePath.ofPath(root, root.resolve("a/../b.yaml")), "'..'");
    }

    @Test
    void refusesAnAbsolutePathWithDotDotLeavingTheRoot() {
        assertRefused(CassettePath.ofPath(root, root.resolve("../x.yaml")), "'..'");
    }

    @Test
    void refusesTheEmptyPath() {
        assertRefused(CassettePath.ofPath(root, Paths.get("")), "the cassette folder itself");
    }

    @Test
    void refusesTheCurrentFolder() {
        assertRefused(CassettePath.ofPath(root, Paths.get(".")), "the cassette folder itself");
    }

    @Test
    void refusesAPathSegmentWithABackslash() {
        assumeTrue(
                File.separatorChar == '/',
                "a backslash is a separator on Windows, and an ordinary character only where"
                        + " '/' is the separator");

        assertRefused(CassettePath.ofPath(root, Paths.get("a\\b.yaml")), "backslash");
    }

    @ParameterizedTest
    @CsvSource({
        "a.yaml, a.yaml",
        "a/b/c.yaml, a/b/c.yaml",
        "./a.yaml, a.yaml",
        "login/Fetch_the_user_.yaml, login/Fetch_the_user_.yaml"
    })
    void resolvesASafeRelativePathInsideTheRoot(String relative, String expected) {
        CassettePath path = CassettePath.ofPath(root, Paths.get(relative));

        assertThat(path.refusal()).isEmpty();
        assertThat(path.target()).contains(root.resolve(expected));
    }

    @Test
    void acceptsAnAbsolutePathInsideTheRoot() {
        Path inside = root.resolve("login").resolve("a.yaml");

        CassettePath path = CassettePath.ofPath(root, inside);

        assertThat(path.refusal()).isEmpty();
        assertThat(path.target()).contains(inside);
    }

    private static void assertRefused(CassettePath path, String reason) {
        assertThat(path.target()).isEmpty();
        assertThat(path.refusal()).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }
}
