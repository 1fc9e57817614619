package io.github.vcrdeleteonfail.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vcrdeleteonfail.cucumber.ScenarioInfo.ExampleRow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultCassetteNamerTest {

    private static final URI LOGIN_FEATURE = URI.create("file:/repo/features/login.feature");

    private final DefaultCassetteNamer namer = new DefaultCassetteNamer();

    // --- sanitising ---

    @Test
    void sanitisesAScenarioNameLikeRubyVcr() {
        assertThat(DefaultCassetteNamer.sanitise("Fetch the user!")).isEqualTo("Fetch_the_user_");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a  b          | a_b",
                "a !?* b       | a_b",
                "!!!           | _",
                "a...b...c     | a_b_c",
                "(x) + [y]     | _x_y_",
            })
    void replacesEveryRunOfOtherCharactersWithOneUnderscore(String name, String expected) {
        assertThat(DefaultCassetteNamer.sanitise(name)).isEqualTo(expected);
    }

    @Test
    void treatsTabsAndLineBreaksAsOneRun() {
        assertThat(DefaultCassetteNamer.sanitise("a\t\r\n b")).isEqualTo("a_b");
    }

    @Test
    void keepsUnicodeLettersAndDigits() {
        assertThat(DefaultCassetteNamer.sanitise("Café Größe 日本語 Привет ٣٤ x1"))
                .isEqualTo("Café_Größe_日本語_Привет_٣٤_x1");
    }

    @Test
    void keepsCombiningMarksAndConnectorPunctuationLikeRubysWordClass() {
        // A decomposed accent, Hindi with vowel signs, and U+203F UNDERTIE between x and y.
        assertThat(DefaultCassetteNamer.sanitise("Cafe\u0301 हिन्दी x\u203Fy"))
                .isEqualTo("Cafe\u0301_हिन्दी_x\u203Fy");
    }

    @Test
    void keepsLettersOutsideTheBasicMultilingualPlaneWhole() {
        // U+1D49C MATHEMATICAL SCRIPT CAPITAL A is a letter encoded as a surrogate pair.
        assertThat(DefaultCassetteNamer.sanitise("\uD835\uDC9C b")).isEqualTo("\uD835\uDC9C_b");
    }

    @Test
    void replacesAnEmojiWithOneUnderscoreNotTwo() {
        assertThat(DefaultCassetteNamer.sanitise("a \uD83D\uDE00 b")).isEqualTo("a_b");
    }

    @Test
    void keepsDashesAndUnderscores() {
        assertThat(DefaultCassetteNamer.sanitise("user-id_42 a-_-b")).isEqualTo("user-id_42_a-_-b");
    }

    /** The ASCII shortcut agrees with the Unicode rule (letters, digits, marks, connectors). */
    @Test
    void keepsExactlyTheAsciiCharactersOfTheUnicodeWordClassAndTheDash() {
        for (char c = 0; c < 128; c++) {
            int type = Character.getType(c);
            boolean word =
                    Character.isLetterOrDigit(c)
                            || type == Character.CONNECTOR_PUNCTUATION
                            || type == Character.NON_SPACING_MARK
                            || type == Character.ENCLOSING_MARK
                            || type == Character.COMBINING_SPACING_MARK
                            || c == '-';
            assertThat(DefaultCassetteNamer.sanitise("a" + c + "b"))
                    .as("character %d", (int) c)
                    .isEqualTo(word ? "a" + c + "b" : "a_b");
        }
    }

    @Test
    void sanitisesTheEmptyNameToTheEmptyName() {
        assertThat(DefaultCassetteNamer.sanitise("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "..",
                ".",
                "../../etc/passwd",
                "a/b",
                "/absolute",
                "a\\b",
                ".hidden",
                "v1.2",
                "C:\\Windows",
                "a/../b"
            })
    void neverLetsDotsOrSlashesSurvive(String name) {
        assertThat(DefaultCassetteNamer.sanitise(name)).doesNotContain(".", "/", "\\", ":");
    }

    @Test
    void turnsTraversalIntoPlainUnderscores() {
        assertThat(DefaultCassetteNamer.sanitise("../../etc/passwd")).isEqualTo("_etc_passwd");
        assertThat(DefaultCassetteNamer.sanitise("..")).isEqualTo("_");
    }

    @Test
    void keepsAScenarioNamedLikeATraversalInsideItsFeatureFolder() {
        Path cassette = only(namer.cassettesFor(scenario("../../etc/passwd")));

        assertThat(cassette).isEqualTo(Paths.get("login", "_etc_passwd.yaml"));
        assertThat(cassette.getNameCount()).isEqualTo(2);
        assertThat(cassette.normalize()).isEqualTo(cassette);
    }

    // --- default path ---

    @Test
    void namesTheCassetteAfterTheFeatureFileAndTheScenarioForAFileUri() {
        assertThat(namer.cassettesFor(scenario("Fetch the user!")))
                .containsExactly(Paths.get("login", "Fetch_the_user_.yaml"));
    }

    @Test
    void namesTheCassetteAfterTheFeatureFileAndTheScenarioForAClasspathUri() {
        ScenarioInfo info =
                ScenarioInfo.of(
                        "id",
                        "Fetch the user!",
                        URI.create("classpath:features/login.feature"),
                        3,
                        List.of(),
                        null);

        assertThat(namer.cassettesFor(info))
                .containsExactly(Paths.get("login", "Fetch_the_user_.yaml"));
    }

    @Test
    void sanitisesTheFeatureFolderName() {
        ScenarioInfo info =
                ScenarioInfo.of(
                        "id",
                        "Log in",
                        URI.create("file:/repo/features/user%20login.v2.feature"),
                        3,
                        List.of(),
                        null);

        assertThat(namer.cassettesFor(info))
                .containsExactly(Paths.get("user_login_v2", "Log_in.yaml"));
    }

    @Test
    void returnsARelativePath() {
        assertThat(only(namer.cassettesFor(scenario("Log in"))).isAbsolute()).isFalse();
    }

    @Test
    void appendsTheExamplesBlockAndRowToAnOutlineRow() {
        ScenarioInfo info =
                ScenarioInfo.of(
                        "id", "Log in as admin", LOGIN_FEATURE, 21, List.of(), ExampleRow.of(2, 3));

        assertThat(namer.cassettesFor(info))
                .containsExactly(Paths.get("login", "Log_in_as_admin__examples-2-row-3.yaml"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | 1 | login/Log_in__examples-1-row-1.yaml",
                "1 | 2 | login/Log_in__examples-1-row-2.yaml",
                "2 | 1 | login/Log_in__examples-2-row-1.yaml",
            })
    void givesEveryOutlineRowItsOwnCassette(int block, int row, String expected) {
        ScenarioInfo info =
                ScenarioInfo.of(
                        "id", "Log in", LOGIN_FEATURE, 20, List.of(), ExampleRow.of(block, row));

        assertThat(namer.cassettesFor(info)).containsExactly(Paths.get(expected));
    }

    @Test
    void namesAnOutlineRowWithAUnicodeNameLetterForLetter() {
        ScenarioInfo info =
                ScenarioInfo.of(
                        "id", "Réserver un vol", LOGIN_FEATURE, 25, List.of(), ExampleRow.of(1, 3));

        assertThat(namer.cassettesFor(info))
                .containsExactly(Paths.get("login", "Réserver_un_vol__examples-1-row-3.yaml"));
    }

    @Test
    void namesAUnicodeScenarioLetterForLetter() {
        assertThat(namer.cassettesFor(scenario("Café Größe 日本語 Привет ٣٤ x1")))
                .containsExactly(Paths.get("login", "Café_Größe_日本語_Привет_٣٤_x1.yaml"));
    }

    // --- long names ---

    @Test
    void keepsANameOfExactlyTheMaximumLength() {
        String name = "x".repeat(DefaultCassetteNamer.MAX_NAME_BYTES);

        assertThat(baseName(name)).isEqualTo(name);
    }

    @Test
    void cutsANameOneByteOverTheMaximum() {
        String name = "x".repeat(DefaultCassetteNamer.MAX_NAME_BYTES + 1);

        String base = baseName(name);

        // The first 8 hex digits of the SHA-256 of the 121 x (checked with an independent SHA-256).
        assertThat(base).isEqualTo("x".repeat(111) + "_79072a47");
        assertThat(utf8Length(base)).isEqualTo(DefaultCassetteNamer.MAX_NAME_BYTES);
    }

    @Test
    void cutsALongNameToTheMaximumEndingWithUnderscoreAndEightHexDigits() {
        String name = "Fetch every user of the organisation ".repeat(10);

        String base = baseName(name);

        assertThat(utf8Length(base)).isLessThanOrEqualTo(DefaultCassetteNamer.MAX_NAME_BYTES);
        assertThat(base).matches(".*_[0-9a-f]{8}");
        assertThat(DefaultCassetteNamer.sanitise(name)).startsWith(base.substring(0, 100));
    }

    @Test
    void endsACutNameWithTheSha256OfTheFullName() {
        String name = "y".repeat(300);

        // Golden value: the SHA-256 of the 300 y, computed independently, starts with 9637cfea.
        assertThat(baseName(name)).isEqualTo("y".repeat(111) + "_9637cfea");
    }

    @Test
    void cutsALongNameToTheSameGoldenNameInEveryRun() {
        // The hash is of the scenario name as written, before sanitising.
        String name = "Search the catalogue ".repeat(20);

        assertThat(namer.cassettesFor(scenario(name)))
                .containsExactly(
                        Paths.get(
                                "login",
                                "Search_the_catalogue_".repeat(5) + "Search_7e2ef76e.yaml"));
    }

    @Test
    void givesTwoLongNamesDifferingOnlyAtTheEndDifferentNames() {
        String common = "a".repeat(200);

        String first = baseName(common + " one");
        String second = baseName(common + " two");

        assertThat(first).isEqualTo("a".repeat(111) + "_6fda947d");
        assertThat(second).isEqualTo("a".repeat(111) + "_ed116404");
    }

    @Test
    void neverSplitsATwoByteCharacterWhenCutting() {
        // "ab" + 2-byte letters: a byte cut at the 111-byte budget would fall inside a letter.
        String name = "ab" + "é".repeat(100);

        String base = baseName(name);

        assertThat(base).matches("abé+_[0-9a-f]{8}");
        assertThat(base).isEqualTo("ab" + "é".repeat(54) + "_5c469a8d");
        assertThat(roundTripsThroughUtf8(base)).isTrue();
    }

    @Test
    void neverSplitsASurrogatePairWhenCutting() {
        String letter = "\uD835\uDC9C"; // 4 bytes in UTF-8
        String name = letter.repeat(60);

        String base = baseName(name);

        assertThat(base).isEqualTo(letter.repeat(27) + "_ed5fe3c3");
        assertThat(base.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE))
                .isTrue();
        assertThat(utf8Length(base)).isLessThanOrEqualTo(DefaultCassetteNamer.MAX_NAME_BYTES);
    }

    @Test
    void cutsALongFeatureFileNameToo() {
        ScenarioInfo info =
                ScenarioInfo.of(
                        "id",
                        "Log in",
                        URI.create("file:/repo/" + "f".repeat(200) + ".feature"),
                        1,
                        List.of(),
                        null);

        String folder = only(namer.cassettesFor(info)).getName(0).toString();

        assertThat(folder).isEqualTo("f".repeat(111) + "_86a3179f");
        assertThat(utf8Length(folder)).isEqualTo(DefaultCassetteNamer.MAX_NAME_BYTES);
    }

    @Test
    void cutsTheNameButKeepsTheOutlineSuffixAndExtensionWhole() {
        ScenarioInfo info =
                ScenarioInfo.of(
                        "id", "z".repeat(300), LOGIN_FEATURE, 9, List.of(), ExampleRow.of(1, 4));

        String file = only(namer.cassettesFor(info)).getFileName().toString();

        assertThat(file).isEqualTo("z".repeat(111) + "_7cf7dc7f__examples-1-row-4.yaml");
    }

    // --- blank names ---

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   \t  "})
    void namesABlankScenarioAfterItsLine(String blank) {
        ScenarioInfo info = ScenarioInfo.of("id", blank, LOGIN_FEATURE, 42, List.of(), null);

        assertThat(namer.cassettesFor(info))
                .containsExactly(Paths.get("login", "unnamed-line-42.yaml"));
    }

    @Test
    void namesABlankOutlineRowAfterItsLineAndRow() {
        ScenarioInfo info =
                ScenarioInfo.of("id", "", LOGIN_FEATURE, 17, List.of(), ExampleRow.of(1, 2));

        assertThat(namer.cassettesFor(info))
                .containsExactly(Paths.get("login", "unnamed-line-17__examples-1-row-2.yaml"));
    }

    // --- extensions ---

    @Test
    void usesYamlByDefault() {
        assertThat(only(new DefaultCassetteNamer().cassettesFor(scenario("Log in"))))
                .hasFileName("Log_in.yaml");
    }

    @Test
    void usesACustomExtension() {
        assertThat(only(new DefaultCassetteNamer(".json").cassettesFor(scenario("Log in"))))
                .isEqualTo(Paths.get("login", "Log_in.json"));
    }

    @Test
    void acceptsAnExtensionWithSeveralDots() {
        assertThat(only(new DefaultCassetteNamer(".cassette.yml").cassettesFor(scenario("Log in"))))
                .hasFileName("Log_in.cassette.yml");
    }

    @Test
    void namesAFolderCassetteWithTheEmptyExtension() {
        assertThat(only(new DefaultCassetteNamer("").cassettesFor(scenario("Log in"))))
                .isEqualTo(Paths.get("login", "Log_in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", ".", ".a/b", "/x", ".a\\b", ". yaml", ".yaml\n", "*.yaml"})
    void rejectsAnInvalidExtensionWithAMessage(String extension) {
        assertThatThrownBy(() -> new DefaultCassetteNamer(extension))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid cassette extension '" + extension + "'")
                .hasMessageContaining("such as '.yaml' or '.json'")
                .hasMessageContaining("empty string for folder cassettes");
    }

    @Test
    void rejectsANullExtension() {
        assertThatThrownBy(() -> new DefaultCassetteNamer(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("extension");
    }

    // --- helpers ---

    private static ScenarioInfo scenario(String name) {
        return ScenarioInfo.of("id", name, LOGIN_FEATURE, 7, List.of(), null);
    }

    private String baseName(String scenarioName) {
        return only(new DefaultCassetteNamer("").cassettesFor(scenario(scenarioName)))
                .getFileName()
                .toString();
    }

    private static Path only(List<Path> paths) {
        assertThat(paths).hasSize(1);
        return paths.get(0);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean roundTripsThroughUtf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .equals(text);
    }
}
