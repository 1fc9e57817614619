package io.github.vcrdeleteonfail.cucumber.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsAsciiLettersDigitsDotsUnderscoresAndDashesAtTheEdgesOfTheirRanges() {
        assertThat(FileNames.safe("azAZ09._-")).isEqualTo("azAZ09._-");
        assertThat(FileNames.safe("`{@[/:")).as("the neighbours of each range").isEqualTo("______");
    }

    @Test
    void replacesEachCodePointOnceSpacesControlsAndSeparatorsIncluded() {
        assertThat(FileNames.safe("a b\tc/d\\e")).isEqualTo("a_b_c_d_e");
        assertThat(FileNames.safe("caf\u00e9 \uD83D\uDE80!")).isEqualTo("caf____");
        assertThat(FileNames.safe("")).isEmpty();
    }

    @Test
    void tellsWhichCodePointsAreKept() {
        for (int c : "azAZ09._-".codePoints().toArray()) {
            assertThat(FileNames.isSafe(c)).as("%c", c).isTrue();
        }
        for (int c : "`{@[/: ~\u00e9".codePoints().toArray()) {
            assertThat(FileNames.isSafe(c)).as("%c", c).isFalse();
        }
        assertThat(FileNames.isSafe(0x1F680)).isFalse();
    }
}
