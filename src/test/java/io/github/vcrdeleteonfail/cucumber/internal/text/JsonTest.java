package io.github.vcrdeleteonfail.cucumber.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void quotesPlainText() {
        assertThat(Json.quote("Log in")).isEqualTo("\"Log in\"");
    }

    @Test
    void writesNullAsAnEmptyString() {
        assertThat(Json.quote(null)).isEqualTo("\"\"");
    }

    @Test
    void escapesQuotesBackslashesAndTheUsualControls() {
        assertThat(Json.quote("say \"hi\" \\ now\n\r\t"))
                .isEqualTo("\"say \\\"hi\\\" \\\\ now\\n\\r\\t\"");
    }

    @Test
    void escapesOtherControlsDelLineSeparatorsAndUnpairedSurrogatesAsUnicode() {
        assertThat(Json.quote("\u0000\u0007\u001f\u007f\u2028\u2029"))
                .isEqualTo("\"\\u0000\\u0007\\u001f\\u007f\\u2028\\u2029\"");
        assertThat(Json.quote("a\ud800b\udc00")).isEqualTo("\"a\\ud800b\\udc00\"");
        assertThat(Json.quote("a\ud800"))
                .as("a high surrogate at the end")
                .isEqualTo("\"a\\ud800\"");
        assertThat(Json.quote("\udc00a")).as("a low one at the start").isEqualTo("\"\\udc00a\"");
    }

    @Test
    void keepsPairsOfSurrogatesAndOtherCharacters() {
        assertThat(Json.quote("é 🚀 \u202e")).isEqualTo("\"é 🚀 \u202e\"");
    }
}
