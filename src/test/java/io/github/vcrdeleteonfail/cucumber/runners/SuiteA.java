package io.github.vcrdeleteonfail.cucumber.runners;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * One of two JUnit Platform suites that {@link TwoSuitesInOneJvmTest} runs in one JVM, as Surefire
 * runs every suite of a module; it runs the scenarios tagged {@code @suite-a} of the features named
 * by {@code cucumber.features}.
 */
@Suite
@IncludeEngines("cucumber")
@IncludeTags("suite-a")
@SelectClasspathResource("io/github/vcrdeleteonfail/cucumber/runners")
@ConfigurationParameter(
        key = PLUGIN_PROPERTY_NAME,
        value = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin")
@ConfigurationParameter(
        key = GLUE_PROPERTY_NAME,
        value = "io.github.vcrdeleteonfail.cucumber.sampleglue")
public class SuiteA {}
