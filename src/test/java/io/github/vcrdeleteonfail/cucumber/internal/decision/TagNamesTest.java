package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Configured tag names, and the corrections suggested for tags that look like ours. */
class TagNamesTest {

    private final CassetteTags.Names custom = new CassetteTags.Names("@rerecord", "@pinned");

    // --- custom tag names ---

    @Test
    void defaultNamesAreTheDocumentedTags() {
        assertThat(CassetteTags.DEFAULT_NAMES.deleteTag()).isEqualTo("@vcr-delete-on-fail");
        assertThat(CassetteTags.DEFAULT_NAMES.keepTag()).isEqualTo("@keep-cassette");
    }

    @Test
    void readsACustomDeleteTag() {
        CassetteTags tags = custom.read(List.of("@smoke", "@rerecord"));

        assertThat(tags.isEmpty()).isFalse();
        assertThat(tags.deleteDefault()).isTrue();
        assertThat(tags.keep()).isFalse();
        assertThat(tags.pathTags()).isEmpty();
    }

    @Test
    void readsACustomKeepTag() {
        CassetteTags tags = custom.read(List.of("@pinned"));

        assertThat(tags.keep()).isTrue();
        assertThat(tags.deleteDefault()).isFalse();
    }

    @Test
    void readsPathTagsOfACustomDeleteTag() {
        CassetteTags tags =
                custom.read(List.of("@rerecord:users/alice.yaml", "@rerecord:orders", "@rerecord"));

        assertThat(tags.pathTags())
                .containsExactly("@rerecord:users/alice.yaml", "@rerecord:orders");
        assertThat(tags.deleteDefault()).isTrue();
        assertThat(custom.pathOf("@rerecord:users/alice.yaml")).isEqualTo("users/alice.yaml");
    }

    @Test
    void ignoresTheDefaultTagsWhenCustomOnesAreConfigured() {
        CassetteTags tags =
                custom.read(
                        List.of(
                                "@vcr-delete-on-fail",
                                "@vcr-delete-on-fail:a.yaml",
                                "@keep-cassette"));

        assertThat(tags.isEmpty()).isTrue();
        assertThat(tags.deleteDefault()).isFalse();
        assertThat(tags.keep()).isFalse();
        assertThat(tags.pathTags()).isEmpty();
    }

    @Test
    void doesNotTakeATagThatMerelyStartsWithTheDeleteTagForIt() {
        CassetteTags tags = custom.read(List.of("@rerecording", "@rerecord-all", "@pinnedx"));

        assertThat(tags.isEmpty()).isTrue();
    }

    @Test
    void ourTagsNeedNoCorrectionWithCustomNames() {
        assertThat(custom.correctionOf("@rerecord")).isEmpty();
        assertThat(custom.correctionOf("@pinned")).isEmpty();
        assertThat(custom.correctionOf("@rerecord:a.yaml")).isEmpty();
    }

    @Test
    void correctsMisspellingsOfCustomTags() {
        assertThat(custom.correctionOf("@re-record")).contains("@rerecord");
        assertThat(custom.correctionOf("@Pinned")).contains("@pinned");
        assertThat(custom.correctionOf("@rerecrod:a.yaml")).contains("@rerecord:a.yaml");
    }

    // --- corrections of the default tags ---

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "@vcr_delete_on_fail, @vcr-delete-on-fail",
        "@VCR-delete-on-fail, @vcr-delete-on-fail",
        "@VCR_DELETE_ON_FAIL, @vcr-delete-on-fail",
        "vcr-delete-on-fail, @vcr-delete-on-fail",
        "@vcr-delete-on-fial, @vcr-delete-on-fail",
        "@vcr-delete-on-failed, @vcr-delete-on-fail",
        "@vcr-delete-onfail, @vcr-delete-on-fail",
        "@vcr-delete-onfai, @vcr-delete-on-fail",
        "vcr-delete-on-fial, @vcr-delete-on-fail",
        "@keep-cassettes, @keep-cassette",
        "@keep_cassette, @keep-cassette",
        "@Keep-Cassette, @keep-cassette",
        "@keep-casette, @keep-cassette",
        "@vcr_delete_on_fail:a.yaml, @vcr-delete-on-fail:a.yaml",
        "@VCR-delete-on-fail:users/Alice.yaml, @vcr-delete-on-fail:users/Alice.yaml",
        "@vcr-delete-on-fial:a:b.yaml, @vcr-delete-on-fail:a:b.yaml",
        "@keep-cassettes:a.yaml, @keep-cassette"
    })
    void suggestsTheRightSpellingOfADefaultTag(String tag, String correction) {
        assertThat(CassetteTags.DEFAULT_NAMES.correctionOf(tag)).contains(correction);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "@vcr-delete-on-fail",
                "@keep-cassette",
                "@vcr-delete-on-fail:a.yaml",
                "@vcr-delete-on-fail:",
                "@smoke",
                "@wip",
                "@vcr",
                "@keep",
                "@delete",
                "@vcr-cassette",
                "@keep-cassette-for-ever-and-ever",
                "@slow:5s"
            })
    void suggestsNothingForOurTagsOrUnrelatedOnes(String tag) {
        assertThat(CassetteTags.DEFAULT_NAMES.correctionOf(tag)).isEmpty();
    }

    @Test
    void aCorrectedTagIsReadAsTheTagItCorrects() {
        String correction =
                CassetteTags.DEFAULT_NAMES
                        .correctionOf("@vcr_delete_on_fail:users/a.yaml")
                        .orElseThrow();

        CassetteTags tags = CassetteTags.DEFAULT_NAMES.read(List.of(correction));

        assertThat(tags.pathTags()).containsExactly("@vcr-delete-on-fail:users/a.yaml");
        assertThat(CassetteTags.DEFAULT_NAMES.pathOf(correction)).isEqualTo("users/a.yaml");
    }
}
