package io.github.vcrdeleteonfail.cucumber.runners;

import static io.cucumber.junit.platform.engine.Constants.EXECUTION_DRY_RUN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * A JUnit Platform suite that asks for a dry run with {@code @ConfigurationParameter}, which no
 * property, variable or file a plugin can read shows; started by {@link DryRunRoutesTest}.
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
@ConfigurationParameter(key = EXECUTION_DRY_RUN_PROPERTY_NAME, value = "true")
public class DryRunSuite {}
