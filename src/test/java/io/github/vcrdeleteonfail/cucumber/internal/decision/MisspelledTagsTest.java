package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisspelledTagsTest {

    private final List<String> warned = new ArrayList<>();
    private final MisspelledTags tags = new MisspelledTags(CassetteTags.DEFAULT_NAMES, warned::add);

    @Test
    void warnsOncePerDistinctLookAlikeTagNamingTheFirstScenario() {
        tags.check(List.of("@vcr_delete_on_fail", "@smoke"), "\"A\" (a.feature:3)");
        tags.check(List.of("@vcr_delete_on_fail"), "\"B\" (b.feature:3)");

        assertThat(warned)
                .containsExactly(
                        "The tag @vcr_delete_on_fail of \"A\" (a.feature:3) looks like a"
                                + " misspelling of @vcr-delete-on-fail; vcr-delete-on-fail ignores"
                                + " it. Write @vcr-delete-on-fail if that is what you meant"
                                + " (warned once per tag).");
        assertThat(tags.warnings()).isEqualTo(warned);
    }

    @Test
    void returnsTheTagThatLooksLikeTheKeepTagSoTheScenarioIsKept() {
        assertThat(tags.check(List.of("@smoke", "@keep_cassette"), "S"))
                .isEqualTo("@keep_cassette");
        assertThat(tags.check(List.of("@vcr_delete_on_fail"), "S")).isNull();
        assertThat(tags.check(List.of("@keep-cassette"), "S")).isNull();
        assertThat(warned.get(0)).contains("to be safe, scenarios with it keep their cassettes");
    }

    @Test
    void everyLaterScenarioWithTheLookAlikeKeepTagIsKeptToo() {
        tags.check(List.of("@keep_cassette"), "S1");

        assertThat(tags.check(List.of("@keep_cassette"), "S2")).isEqualTo("@keep_cassette");
        assertThat(tags.check(List.of("@smoke"), "S3")).isNull();
        assertThat(tags.check(List.of("@smoke"), "S4")).isNull();
        assertThat(warned).hasSize(1);
    }

    @Test
    void escapesInvisibleCharactersOfTheTagInTheWarning() {
        tags.check(List.of("@keep_cassette\u202e"), "S");

        assertThat(warned).singleElement().asString().contains("@keep_cassette\\u202E");
    }

    @Test
    void describesTheScenarioOnlyWhenItWarns() {
        tags.check(
                List.of("@smoke", "@vcr-delete-on-fail"),
                new Object() {
                    @Override
                    public String toString() {
                        throw new AssertionError("described without a warning");
                    }
                });

        assertThat(warned).isEmpty();
    }

    @Test
    void listsABoundedNumberOfWarningsAndCountsTheRest() {
        for (int i = 0; i < MisspelledTags.MAX_WARNINGS + 30; i++) {
            tags.check(List.of("@vcr_delete_on_fail:x" + i), "S");
        }

        assertThat(warned).hasSize(MisspelledTags.MAX_WARNINGS);
        List<String> summary = tags.warnings();
        assertThat(summary).hasSize(MisspelledTags.MAX_WARNINGS + 1);
        assertThat(summary.get(MisspelledTags.MAX_WARNINGS))
                .startsWith("30 more uses of tags that look like the plugin's were not listed");
    }

    @Test
    void stillRecognisesLookAlikesOnceTheCacheIsFull() {
        for (int i = 0; i < MisspelledTags.MAX_REMEMBERED + 100; i++) {
            tags.check(List.of("@JIRA-" + i), "S");
        }

        assertThat(tags.check(List.of("@keep_cassette"), "S")).isEqualTo("@keep_cassette");
        assertThat(tags.check(List.of("@keep_cassette"), "S")).isEqualTo("@keep_cassette");
        assertThat(warned).hasSize(1);
    }
}
