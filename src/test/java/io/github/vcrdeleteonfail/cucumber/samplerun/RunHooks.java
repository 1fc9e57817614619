package io.github.vcrdeleteonfail.cucumber.samplerun;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.github.vcrdeleteonfail.cucumber.Cassettes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Glue of the sample runs about run-level cassettes: a {@code @BeforeAll} hook records the cassette
 * named by a system property and registers it with {@code Cassettes.deleteOnRunFailure}; system
 * properties make the BeforeAll or AfterAll hook fail.
 */
public class RunHooks {

    /** The cassette the BeforeAll hook records and registers, relative to the cassette folder. */
    public static final String CASSETTE_PROPERTY = "vcr.sample.run-cassette";

    /** Set to true to make the BeforeAll hook fail after recording. */
    public static final String FAIL_BEFORE_ALL = "vcr.sample.fail-before-all";

    /** Set to true to make the AfterAll hook fail. */
    public static final String FAIL_AFTER_ALL = "vcr.sample.fail-after-all";

    @BeforeAll
    public static void recordSetup() throws IOException {
        String relative = System.getProperty(CASSETTE_PROPERTY);
        if (relative == null) {
            throw new IllegalStateException("set the system property " + CASSETTE_PROPERTY);
        }
        Path cassette = Paths.get(System.getProperty("vcr.sample.cassette-dir")).resolve(relative);
        Files.createDirectories(cassette.getParent());
        Files.writeString(cassette, "recorded in BeforeAll");
        Cassettes.deleteOnRunFailure(Path.of(relative));
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
