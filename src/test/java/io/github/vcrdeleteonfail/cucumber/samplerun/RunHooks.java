package io.github.vcrdeleteonfail.cucumber.samplerun;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.github.vcrdeleteonfail.cucumber.Cassettes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Glue of the sample runs about run-level cassettes: a {@code @BeforeAll} hook records {@code
 * run/setup.yaml} and registers it with {@code Cassettes.deleteOnRunFailure}; system properties
 * make the BeforeAll or AfterAll hook fail.
 */
public class RunHooks {

    /** Set to true to make the BeforeAll hook fail after recording. */
    public static final String FAIL_BEFORE_ALL = "vcr.sample.fail-before-all";

    /** Set to true to make the AfterAll hook fail. */
    public static final String FAIL_AFTER_ALL = "vcr.sample.fail-after-all";

    @BeforeAll
    public static void recordSetup() throws IOException {
        Path cassette =
                Paths.get(System.getProperty("vcr.sample.cassette-dir")).resolve("run/setup.yaml");
        Files.createDirectories(cassette.getParent());
        Files.writeString(cassette, "recorded in BeforeAll");
        Cassettes.deleteOnRunFailure(Path.of("run/setup.yaml"));
        if (Boolean.getBoolean(FAIL_BEFORE_ALL)) {
            throw new IllegalStateException("BeforeAll failed on purpose");
        }
    }

    @AfterAll
    public static void tearDown() {
        if (Boolean.getBoolean(FAIL_AFTER_ALL)) {
            throw new IllegalStateException("AfterAll failed on purpose");
        }
    }
}
