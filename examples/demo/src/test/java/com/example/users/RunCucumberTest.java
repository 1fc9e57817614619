package com.example.users;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs the features with the JUnit Platform; configuration is in junit-platform.properties. */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
public class RunCucumberTest {}
