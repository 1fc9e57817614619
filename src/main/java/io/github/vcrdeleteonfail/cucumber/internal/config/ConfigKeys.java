package io.github.vcrdeleteonfail.cucumber.internal.config;

import java.util.List;

/** Every key of the YAML configuration file, documented where it is defined. */
public final class ConfigKeys {

    /**
     * Root folder of all cassettes: {@value}. A path relative to the working directory, or
     * absolute. Default: {@value #DEFAULT_CASSETTE_DIR}. Nothing outside it is ever deleted.
     */
    public static final String CASSETTE_DIR = "cassette-dir";

    /** Default of {@link #CASSETTE_DIR}: {@value}. */
    public static final String DEFAULT_CASSETTE_DIR = "src/test/resources/cassettes";

    /**
     * Name of the configuration file looked up at the classpath root when the plugin has no
     * argument: {@value}.
     */
    public static final String DEFAULT_CONFIG_RESOURCE = "vcr-delete-on-fail.yaml";

    /** Prefix of a plugin argument that names a classpath resource: {@value}. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    /** All keys, in documentation order. */
    public static final List<String> ALL = List.of(CASSETTE_DIR);

    private ConfigKeys() {}
}
