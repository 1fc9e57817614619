package io.github.vcrdeleteonfail.cucumber.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Words} gives exactly what the regular expressions it stands for give, on random texts made
 * of the characters that matter: separators, every kind of line break and ASCII white space,
 * Unicode white space that {@code \s} does not cover, and a surrogate pair.
 */
class WordsTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars(
                        'a', 'Z', '.', ',', ':', '@', '-', ' ', '\t', '\n', '\u000B', '\f', '\r',
                        '\u0085', '\u2028', '\u2029', '\u00A0', '\u2003', '\uD83D', '\uDE00')
                .ofMaxLength(8);
    }

    @Property(tries = 3000)
    void theWordsAreWhatTheSplitGivesWithoutAnEmptyFirstWord(@ForAll("texts") String text) {
        List<String> split = new ArrayList<>(List.of(text.strip().split("[,\\s]+")));
        split.remove("");
        assertThat(Words.of(text)).isEqualTo(split);
    }

    @Property(tries = 3000)
    void aTagNameIsWhatTheExpressionAccepts(@ForAll("texts") String text) {
        assertThat(Words.isTagName(text)).isEqualTo(text.matches("[^\\s:@]+"));
        assertThat(text.startsWith("@") && Words.isTagName(text.substring(1)))
                .isEqualTo(text.matches("@[^\\s:@]+"));
    }

    /** How the configuration checks an extension, as {@code text.matches("(\\..*)?")}. */
    @Property(tries = 3000)
    void aLineBreakIsWhatTheDotDoesNotMatch(@ForAll("texts") String text) {
        assertThat(text.isEmpty() || text.startsWith(".") && !Words.hasLineBreak(text))
                .isEqualTo(text.matches("(\\..*)?"));
        assertThat(Words.hasLineBreak(text))
                .isEqualTo(!text.matches("[^\\n\\r\\u0085\\u2028\\u2029]*"));
    }

    @Test
    void theDefaultsAndTheEdgesAreRead() {
        assertThat(Words.of("FAILED,PENDING, UNDEFINED\tAMBIGUOUS"))
                .containsExactly("FAILED", "PENDING", "UNDEFINED", "AMBIGUOUS");
        assertThat(Words.of(" , ")).isEmpty();
        assertThat(Words.of(",a,,b ")).containsExactly("a", "b");
        assertThat(Words.isTagName("vcr-delete-on-fail")).isTrue();
        assertThat(Words.isTagName("a:b")).isFalse();
        assertThat(Words.isTagName("a b")).isFalse();
        assertThat(Words.isTagName("")).isFalse();
        assertThat(Words.hasLineBreak(".ya\u2028ml")).isTrue();
        assertThat(Words.hasLineBreak(".yaml")).isFalse();
    }
}
