package io.github.vcrdeleteonfail.cucumber.runners;

import io.cucumber.junit.Cucumber;
import io.cucumber.junit.CucumberOptions;
import org.junit.runner.RunWith;

/** A JUnit 4 runner that asks for a dry run with {@code @CucumberOptions(dryRun = true)}. */
@RunWith(Cucumber.class)
@CucumberOptions(
        plugin = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin",
        glue = "io.github.vcrdeleteonfail.cucumber.sampleglue",
        dryRun = true)
public class Junit4DryRunner {}
