package io.github.vcrdeleteonfail.cucumber.internal.config;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads a configuration file that is not of the flat form ({@link FlatYaml}) with SnakeYAML,
 * safely: no duplicate or recursive keys, no arbitrary types. A class of its own so that SnakeYAML
 * is loaded only when such a file is read: its classes are most of the plugin's start-up.
 */
final class SnakeYamlDocument {

    private SnakeYamlDocument() {}

    /**
     * Reads a YAML document.
     *
     * @param text the document
     * @param source where it comes from, for messages
     * @return the document: a mapping, another value, or null when empty
     * @throws io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException when it is not valid
     *     YAML, with SnakeYAML's message line by line
     */
    static Object read(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        // The four-argument constructor, as in SnakeYAML 1.x the shorter ones replace the options.
        DumperOptions dumping = new DumperOptions();
        SafeConstructor constructor = new SafeConstructor(options);
        try {
            return new Yaml(constructor, new Representer(dumping), dumping, options).load(text);
        } catch (YAMLException e) {
            ConfigError error = ConfigError.of("the configuration %s is not valid YAML: ", source);
            for (String line : e.getMessage().replace(" in 'string', ", " at ").split("\n")) {
                error.then("%s\n", line); // each line escaped, the line breaks kept
            }
            throw error.then(
                            "Write a mapping of keys to values, such as\n  cassette-dir: %s",
                            ConfigurationLoader.CASSETTES)
                    .cause(e)
                    .get();
        }
    }
}
