package io.github.vcrdeleteonfail.cucumber.safety.killglue;

import io.cucumber.java.en.When;
import java.nio.file.Files;
import java.nio.file.Path;

/** A step that tells the test it has recorded, then waits for its JVM to be killed. */
public class KillSteps {

    /** The system property naming the file this step writes once it is reached. */
    public static final String SIGNAL_PROPERTY = "vcr.test.signal-file";

    @When("the JVM is killed here")
    public void waitToBeKilled() throws Exception {
        Files.writeString(Path.of(System.getProperty(SIGNAL_PROPERTY)), "reached");
        Thread.sleep(120_000);
        throw new AssertionError("the JVM was not killed");
    }
}
