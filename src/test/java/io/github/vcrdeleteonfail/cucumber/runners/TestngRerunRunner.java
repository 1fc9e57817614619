package io.github.vcrdeleteonfail.cucumber.runners;

import io.cucumber.testng.AbstractTestNGCucumberTests;
import io.cucumber.testng.CucumberOptions;

/**
 * A TestNG runner without the plugin, for {@link RerunFileTest}: the features come from {@code
 * cucumber.features}, set by the test.
 */
@CucumberOptions(
        plugin = "io.github.vcrdeleteonfail.cucumber.runners.StartedScenarios",
        glue = "io.github.vcrdeleteonfail.cucumber.sampleglue")
public class TestngRerunRunner extends AbstractTestNGCucumberTests {}
