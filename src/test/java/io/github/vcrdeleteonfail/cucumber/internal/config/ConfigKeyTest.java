package io.github.vcrdeleteonfail.cucumber.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The names users type, and the suggestion for a typo of each. */
class ConfigKeyTest {

    @Test
    void theKeysAreThoseOfTheDocumentationInItsOrder() {
        assertThat(Stream.of(ConfigKey.values()).map(ConfigKey::key))
                .containsExactly(
                        "cassette-dir",
                        "extension",
                        "namer",
                        "failing-statuses",
                        "delete-tag",
                        "keep-tag",
                        "enabled",
                        "report-only",
                        "on-failure",
                        "quarantine-dir",
                        "snapshot-dir",
                        "report",
                        "refresh",
                        "refresh-older-than",
                        "rerun-file",
                        "ci-output");
    }

    @Test
    void namesTheOverridesOfAKey() {
        assertThat(ConfigKey.REFRESH_OLDER_THAN.variable())
                .isEqualTo("VCR_DELETE_ON_FAIL_REFRESH_OLDER_THAN");
        assertThat(ConfigKey.REFRESH_OLDER_THAN.systemProperty())
                .isEqualTo("vcr.delete-on-fail.refresh-older-than");
        assertThat(ConfigKey.byName("ci-output")).isEqualTo(ConfigKey.CI_OUTPUT);
        assertThat(ConfigKey.byName("CI-OUTPUT")).isNull();
    }

    /**
     * Every typo one keystroke away from a key (a letter dropped, doubled, swapped with the next,
     * or replaced, and dashes written as underscores or in upper case) suggests that key. This
     * fails when two keys of the table are too close for a typo to tell them apart.
     */
    @ParameterizedTest
    @EnumSource(ConfigKey.class)
    void everyTypoOfAKeySuggestsThatKey(ConfigKey key) {
        for (String typo : typos(key.key())) {
            assertThat(ConfigKey.closest(typo)).as("typo %s", typo).isEqualTo(key);
        }
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertThat(ConfigKey.closest("colour")).isNull();
        assertThat(ConfigKey.closest("")).isNull();
    }

    private static List<String> typos(String key) {
        List<String> typos = new ArrayList<>();
        for (int i = 0; i < key.length(); i++) {
            typos.add(key.substring(0, i) + key.substring(i + 1));
            typos.add(key.substring(0, i) + key.charAt(i) + key.substring(i));
            typos.add(key.substring(0, i) + 'x' + key.substring(i + 1));
            if (i + 1 < key.length()) {
                typos.add(
                        key.substring(0, i)
                                + key.charAt(i + 1)
                                + key.charAt(i)
                                + key.substring(i + 2));
            }
        }
        typos.add(key.replace('-', '_'));
        typos.add(key.toUpperCase(Locale.ROOT));
        typos.add(key + "s");
        typos.remove(key);
        return typos;
    }
}
