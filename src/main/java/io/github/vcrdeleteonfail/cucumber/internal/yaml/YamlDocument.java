package io.github.vcrdeleteonfail.cucumber.internal.yaml;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads a YAML document into plain values (mappings, lists, text, booleans, numbers, null), safely:
 * no duplicate or recursive keys, no arbitrary types. A document of the flat form that nearly every
 * configuration file is ({@link FlatYaml}) is read without SnakeYAML; only another document loads
 * it. This package is the only one that uses SnakeYAML, and it knows nothing of the plugin's keys.
 */
@API(status = API.Status.INTERNAL)
public final class YamlDocument {

    private YamlDocument() {}

    /**
     * Reads a YAML document.
     *
     * @param text the document
     * @return the document: a mapping, another value, or null when empty
     * @throws InvalidYamlException when it is not valid YAML
     */
    public static Object read(String text) {
        Map<String, Object> flat = FlatYaml.read(text);
        return flat != null ? flat : SnakeYamlDocument.read(text);
    }

    /** A document that is not valid YAML: the message and the cause are SnakeYAML's. */
    public static final class InvalidYamlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidYamlException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
