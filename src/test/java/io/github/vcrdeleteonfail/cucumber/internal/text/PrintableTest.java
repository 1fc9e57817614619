package io.github.vcrdeleteonfail.cucumber.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintableTest {

    @Test
    void leavesPlainTextAsItIs() {
        String text = "Fetch the user's orders (file:/x.feature:3) ~ !";

        assertThat(Printable.of(text)).isSameAs(text);
    }

    @Test
    void keepsLettersOfEveryScriptAndEmoji() {
        assertThat(Printable.of("Créer un client — échoue, 注文, 🚀"))
                .isEqualTo("Créer un client — échoue, 注文, 🚀");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NUL, 0000",
        "BEL, 0007",
        "TAB, 0009",
        "LF, 000A",
        "CR, 000D",
        "ESC, 001B",
        "DEL, 007F",
        "C1 next line, 0085",
        "zero-width space, 200B",
        "left-to-right mark, 200E",
        "right-to-left override, 202E",
        "line separator, 2028",
        "paragraph separator, 2029",
        "first strong isolate, 2068",
        "byte order mark, FEFF",
        "private use, E000",
        "unassigned, 0378"
    })
    void escapesWhatAReaderCannotSee(String what, String hex) {
        char c = (char) Integer.parseInt(hex, 16);

        assertThat(Printable.of("a" + c + "b")).isEqualTo("a\\u" + hex + "b");
    }

    @Test
    void escapesAnUnpairedSurrogateAndATagCharacterButNotAPair() {
        assertThat(Printable.of("x\ud800y")).isEqualTo("x\\uD800y");
        assertThat(Printable.of("x\udc00")).isEqualTo("x\\uDC00");
        assertThat(Printable.of("flag\udb40\udc01")).isEqualTo("flag\\uDB40\\uDC01");
        assertThat(Printable.of("\ud83d\ude80")).isEqualTo("\ud83d\ude80");
    }

    @Test
    void escapesEveryUnsafeCharacterOfALongerText() {
        assertThat(Printable.of("\u001b[2Jcleared\u202eevil\u0007"))
                .isEqualTo("\\u001B[2Jcleared\\u202Eevil\\u0007");
    }

    @Test
    void printsNullAsTheWordNullAndUsesToString() {
        assertThat(Printable.of(null)).isEqualTo("null");
        assertThat(Printable.of(new StringBuilder("a\u0000b"))).isEqualTo("a\\u0000b");
    }

    @Test
    void tellsWhichCodePointsAreSafe() {
        assertThat(Printable.isSafe(' ')).isTrue();
        assertThat(Printable.isSafe('~')).isTrue();
        assertThat(Printable.isSafe(0x1F)).isFalse();
        assertThat(Printable.isSafe(0x7F)).isFalse();
        assertThat(Printable.isSafe(0xE9)).isTrue();
        assertThat(Printable.isSafe(0x1F680)).isTrue();
        assertThat(Printable.isSafe(0xE0001)).isFalse();
    }
}
