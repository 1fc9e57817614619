package io.github.vcrdeleteonfail.cucumber.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "'', '', 0",
        "'', abc, 3",
        "abc, '', 3",
        "same, same, 0",
        "kitten, sitting, 3",
        "cassette-dir, casette-dir, 1",
        "cassette-dir, cassette-dirs, 1",
        "on-failure, on-failrue, 2",
        "abc, xyz, 3",
        "flaw, lawn, 2"
    })
    void countsInsertionsDeletionsAndSubstitutions(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
        assertThat(EditDistance.between(b, a)).isEqualTo(distance);
    }
}
