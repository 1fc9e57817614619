package io.github.vcrdeleteonfail.cucumber.runners;

import io.cucumber.testng.AbstractTestNGCucumberTests;
import io.cucumber.testng.CucumberOptions;

/** A TestNG runner that registers the plugin with {@code @CucumberOptions}, as users do. */
@CucumberOptions(
        plugin = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin",
        glue = "io.github.vcrdeleteonfail.cucumber.sampleglue")
public class TestngRunner extends AbstractTestNGCucumberTests {}
