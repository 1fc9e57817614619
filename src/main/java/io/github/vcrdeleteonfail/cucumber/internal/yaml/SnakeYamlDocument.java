package io.github.vcrdeleteonfail.cucumber.internal.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads a document that is not of the flat form with SnakeYAML. A class of its own so that
 * SnakeYAML is loaded only when such a document is read: its classes are most of the plugin's
 * start-up.
 */
final class SnakeYamlDocument {

    private SnakeYamlDocument() {}

    static Object read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        // The four-argument constructor, as in SnakeYAML 1.x the shorter ones replace the options.
        DumperOptions dumping = new DumperOptions();
        SafeConstructor constructor = new SafeConstructor(options);
        try {
            return new Yaml(constructor, new Representer(dumping), dumping, options).load(text);
        } catch (YAMLException e) {
            throw new YamlDocument.InvalidYamlException(e.getMessage(), e);
        }
    }
}
