package io.github.vcrdeleteonfail.cucumber.internal.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CiEnvironmentTest {

    @Test
    void thisProcessReadsItsOwnVariablesAndStandardOutputAtEachUse() {
        CiEnvironment environment = CiEnvironment.ofThisProcess();
        String path = System.getenv("PATH");

        assertThat(environment.variable("PATH")).contains(path);
        PrintStream original = System.out;
        PrintStream redirected = new PrintStream(new ByteArrayOutputStream());
        System.setOut(redirected);
        try {
            assertThat(environment.standardOutput()).isSameAs(redirected);
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void aStandInGivesItsOwnVariablesAndStreamAndTreatsBlankAsUnset() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        CiEnvironment environment = CiEnvironment.of(Map.of("A", "1", "B", " "), out);

        assertThat(environment.variable("A")).contains("1");
        assertThat(environment.variable("B")).isEmpty();
        assertThat(environment.variable("PATH")).as("not this process's").isEmpty();
        assertThat(environment.standardOutput()).isSameAs(out);
    }
}
