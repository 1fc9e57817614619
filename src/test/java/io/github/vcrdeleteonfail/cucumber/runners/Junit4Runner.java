package io.github.vcrdeleteonfail.cucumber.runners;

import io.cucumber.junit.Cucumber;
import io.cucumber.junit.CucumberOptions;
import org.junit.runner.RunWith;

/** A JUnit 4 runner that registers the plugin with {@code @CucumberOptions}, as users do. */
@RunWith(Cucumber.class)
@CucumberOptions(
        plugin = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin",
        glue = "io.github.vcrdeleteonfail.cucumber.sampleglue")
public class Junit4Runner {}
