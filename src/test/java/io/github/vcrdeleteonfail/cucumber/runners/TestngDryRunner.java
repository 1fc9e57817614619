package io.github.vcrdeleteonfail.cucumber.runners;

import io.cucumber.testng.AbstractTestNGCucumberTests;
import io.cucumber.testng.CucumberOptions;

/** A TestNG runner that asks for a dry run with {@code @CucumberOptions(dryRun = true)}. */
@CucumberOptions(
        plugin = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin",
        glue = "io.github.vcrdeleteonfail.cucumber.sampleglue",
        dryRun = true)
public class TestngDryRunner extends AbstractTestNGCucumberTests {}
