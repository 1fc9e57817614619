package io.github.vcrdeleteonfail.cucumber.internal.config;

import io.github.vcrdeleteonfail.cucumber.InvalidConfigurationException;
import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.Locale;

/**
 * The one builder of configuration errors. Templates are the plugin's words; every argument is user
 * text (a value, key, path or origin) and is escaped with {@link Printable}. The error is an {@link
 * InvalidConfigurationException} typed as {@code RuntimeException}: the classes that throw it are
 * verified at every start-up, and a throw of the exact type would load the exception class there.
 */
final class ConfigError {

    private final StringBuilder text = new StringBuilder("vcr-delete-on-fail: ");
    private Throwable cause;

    static RuntimeException fail(String template, Object... userTexts) {
        return new ConfigError().then(template, userTexts).get();
    }

    static ConfigError of(String template, Object... userTexts) {
        return new ConfigError().then(template, userTexts);
    }

    ConfigError then(String template, Object... userTexts) {
        Object[] escaped = new Object[userTexts.length];
        for (int i = 0; i < userTexts.length; i++) {
            escaped[i] = Printable.of(userTexts[i]);
        }
        text.append(String.format(Locale.ROOT, template, escaped));
        return this;
    }

    /** Ends the sentence so far, whatever punctuation the last argument brought. */
    ConfigError endSentence() {
        text.append(".?!".indexOf(text.charAt(text.length() - 1)) >= 0 ? " " : ". ");
        return this;
    }

    ConfigError cause(Throwable cause) {
        this.cause = cause;
        return this;
    }

    RuntimeException get() {
        String message = text.toString();
        return cause == null
                ? new InvalidConfigurationException(message) // a cause may still be added
                : new InvalidConfigurationException(message, cause);
    }
}
