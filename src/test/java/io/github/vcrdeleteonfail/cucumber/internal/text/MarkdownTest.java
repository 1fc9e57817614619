package io.github.vcrdeleteonfail.cucumber.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User text in the job summary stays plain text in one table cell. */
class MarkdownTest {

    @Test
    void leavesPlainTextAlone() {
        assertThat(Markdown.text("Fetch a user (features/users.feature:3)"))
                .isEqualTo("Fetch a user (features/users.feature:3)");
    }

    @Test
    void nothingCanEndTheCellOrFormatOrLinkOrMention() {
        assertThat(Markdown.text("a|b `c` *d* _e_ [f](g) ~h~ #1 !i \\ $x$ @team"))
                .isEqualTo(
                        "a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~h\\~ \\#1 \\!i \\\\ \\$x\\$"
                                + " &#64;team");
    }

    @Test
    void htmlIsShownNotRendered() {
        assertThat(Markdown.text("<script>alert(1)</script> & more"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    }

    @Test
    void lineBreaksAndInvisibleCharactersAreShownOnOneLine() {
        assertThat(Markdown.text("one\ntwo\u202e")).isEqualTo("one\\\\u000Atwo\\\\u202E");
    }

    @Test
    void longTextIsCut() {
        assertThat(Markdown.text("x".repeat(1000))).hasSize(Markdown.MAX_TEXT + 1).endsWith("…");
    }

    @Test
    void textOfTheMaximumLengthIsKeptWhole() {
        assertThat(Markdown.text("x".repeat(Markdown.MAX_TEXT)))
                .isEqualTo("x".repeat(Markdown.MAX_TEXT));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String text = "x".repeat(Markdown.MAX_TEXT - 1) + "\uD83D\uDE00 and more";

        assertThat(Markdown.text(text)).isEqualTo("x".repeat(Markdown.MAX_TEXT - 1) + "…");
    }
}
