package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CassetteTagsTest {

    @Test
    void selectsTheDefaultCassettesForTheBareTag() {
        CassetteTags tags = CassetteTags.of(List.of("@smoke", "@vcr-delete-on-fail"));

        assertThat(tags.isEmpty()).isFalse();
        assertThat(tags.deleteDefault()).isTrue();
        assertThat(tags.keep()).isFalse();
        assertThat(tags.pathTags()).isEmpty();
    }

    @Test
    void collectsPathTagsInOrderWithoutDuplicates() {
        CassetteTags tags =
                CassetteTags.of(
                        List.of(
                                "@vcr-delete-on-fail:users/bob.yaml",
                                "@smoke",
                                "@vcr-delete-on-fail:users/alice.yaml",
                                "@vcr-delete-on-fail:users/bob.yaml",
                                "@vcr-delete-on-fail:orders"));

        assertThat(tags.pathTags())
                .containsExactly(
                        "@vcr-delete-on-fail:users/bob.yaml",
                        "@vcr-delete-on-fail:users/alice.yaml",
                        "@vcr-delete-on-fail:orders");
        assertThat(tags.deleteDefault()).isFalse();
        assertThat(tags.keep()).isFalse();
        assertThat(tags.isEmpty()).isFalse();
    }

    @Test
    void combinesTheBareTagWithPathTags() {
        CassetteTags tags =
                CassetteTags.of(List.of("@vcr-delete-on-fail:a.yaml", "@vcr-delete-on-fail"));

        assertThat(tags.deleteDefault()).isTrue();
        assertThat(tags.pathTags()).containsExactly("@vcr-delete-on-fail:a.yaml");
    }

    @Test
    void readsTheBareTagOnceWhenInheritedFromSeveralLevels() {
        CassetteTags tags =
                CassetteTags.of(
                        List.of("@vcr-delete-on-fail", "@vcr-delete-on-fail", "@keep-cassette"));

        assertThat(tags.deleteDefault()).isTrue();
        assertThat(tags.keep()).isTrue();
        assertThat(tags.pathTags()).isEmpty();
    }

    @Test
    void returnsThePathAfterTheColon() {
        assertThat(CassetteTags.DEFAULT_NAMES.pathOf("@vcr-delete-on-fail:users/alice.yaml"))
                .isEqualTo("users/alice.yaml");
    }

    @Test
    void keepsColonsInsideThePath() {
        assertThat(CassetteTags.DEFAULT_NAMES.pathOf("@vcr-delete-on-fail:a:b.yaml"))
                .isEqualTo("a:b.yaml");
    }

    @Test
    void treatsAPathTagWithNothingAfterTheColonAsAnEmptyPath() {
        CassetteTags tags = CassetteTags.of(List.of("@vcr-delete-on-fail:"));

        assertThat(tags.pathTags()).containsExactly("@vcr-delete-on-fail:");
        assertThat(CassetteTags.DEFAULT_NAMES.pathOf(tags.pathTags().get(0))).isEmpty();
    }

    @Test
    void recognisesTheKeepTagAlone() {
        CassetteTags tags = CassetteTags.of(List.of("@keep-cassette"));

        assertThat(tags.isEmpty()).isFalse();
        assertThat(tags.keep()).isTrue();
        assertThat(tags.deleteDefault()).isFalse();
        assertThat(tags.pathTags()).isEmpty();
    }

    @Test
    void recognisesTheKeepTagBesideDeleteTags() {
        CassetteTags tags =
                CassetteTags.of(
                        List.of(
                                "@vcr-delete-on-fail:a.yaml",
                                "@keep-cassette",
                                "@vcr-delete-on-fail"));

        assertThat(tags.keep()).isTrue();
        assertThat(tags.deleteDefault()).isTrue();
        assertThat(tags.pathTags()).containsExactly("@vcr-delete-on-fail:a.yaml");
    }

    @Test
    void isEmptyForUnrelatedTags() {
        CassetteTags tags = CassetteTags.of(List.of("@smoke", "@wip", "@vcr"));

        assertThat(tags.isEmpty()).isTrue();
        assertThat(tags.keep()).isFalse();
        assertThat(tags.deleteDefault()).isFalse();
        assertThat(tags.pathTags()).isEmpty();
    }

    @Test
    void isEmptyWithoutTags() {
        assertThat(CassetteTags.of(List.of()).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "@vcr-delete-on-failure",
                "@vcr-delete-on-fails",
                "@vcr-delete-on-fail-later",
                "@vcr-delete-on-fail_x",
                "@VCR-DELETE-ON-FAIL",
                "@Vcr-Delete-On-Fail:a.yaml",
                "vcr-delete-on-fail",
                "vcr-delete-on-fail:a.yaml",
                "@@vcr-delete-on-fail",
                "@keep-cassettes",
                "@keep-cassette-forever",
                "@KEEP-CASSETTE",
                "keep-cassette"
            })
    void ignoresLookAlikeTags(String lookAlike) {
        CassetteTags tags = CassetteTags.of(List.of(lookAlike));

        assertThat(tags.isEmpty()).isTrue();
        assertThat(tags.keep()).isFalse();
        assertThat(tags.deleteDefault()).isFalse();
        assertThat(tags.pathTags()).isEmpty();
    }

    @Test
    void ignoresALookAlikeBesideARealPathTag() {
        CassetteTags tags =
                CassetteTags.of(List.of("@vcr-delete-on-failure", "@vcr-delete-on-fail:a.yaml"));

        assertThat(tags.deleteDefault()).isFalse();
        assertThat(tags.pathTags()).containsExactly("@vcr-delete-on-fail:a.yaml");
    }
}
