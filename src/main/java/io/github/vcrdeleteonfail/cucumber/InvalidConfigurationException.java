package io.github.vcrdeleteonfail.cucumber;

/**
 * The plugin's configuration is wrong. Thrown by the plugin's constructor, so the run fails before
 * any scenario starts, and by {@link CassetteSettings#apply()}; the message names the file or
 * variable, the key, the value and the fix.
 */
public final class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, where, and how to fix it
     */
    public InvalidConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong, where, and how to fix it
     * @param cause the underlying error
     */
    public InvalidConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
