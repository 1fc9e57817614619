package io.github.vcrdeleteonfail.cucumber.runners;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * A JUnit Platform suite that registers the plugin with {@code @ConfigurationParameter}, as users
 * do; started by {@link RunnersTest} (its name keeps surefire from running it on its own). The
 * features come from {@code cucumber.features}, set by the test.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("io/github/vcrdeleteonfail/cucumber/runners")
@ConfigurationParameter(
        key = PLUGIN_PROPERTY_NAME,
        value = "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin")
@ConfigurationParameter(
        key = GLUE_PROPERTY_NAME,
        value = "io.github.vcrdeleteonfail.cucumber.sampleglue")
public class SuiteWithConfigurationParameters {}
