package io.github.vcrdeleteonfail.cucumber.samplenamers;

/** A class for tests that is not a namer. */
public class NotANamer {}
