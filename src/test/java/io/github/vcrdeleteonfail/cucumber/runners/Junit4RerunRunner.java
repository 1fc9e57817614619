package io.github.vcrdeleteonfail.cucumber.runners;

import io.cucumber.junit.Cucumber;
import io.cucumber.junit.CucumberOptions;
import org.junit.runner.RunWith;

/**
 * A JUnit 4 runner without the plugin, for {@link RerunFileTest}: the features come from {@code
 * cucumber.features}, set by the test.
 */
@RunWith(Cucumber.class)
@CucumberOptions(
        plugin = "io.github.vcrdeleteonfail.cucumber.runners.StartedScenarios",
        glue = "io.github.vcrdeleteonfail.cucumber.sampleglue")
public class Junit4RerunRunner {}
