package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Spots tags that look like the plugin's but are not, warning once per distinct tag. The verdict of
 * each distinct tag is cached, so a suite pays the edit distance a few dozen times, then a map
 * lookup per tag.
 */
public final class MisspelledTags {

    /** Receives one warning message. */
    @FunctionalInterface
    public interface Warnings {
        /**
         * Reports a warning.
         *
         * @param message the message
         */
        void warn(String message);
    }

    private final CassetteTags.Names names;
    private final Warnings warnings;
    private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();

    /**
     * Creates the checker.
     *
     * @param names the tag names in use
     * @param warnings where warnings go
     */
    public MisspelledTags(CassetteTags.Names names, Warnings warnings) {
        this.names = requireNonNull(names);
        this.warnings = requireNonNull(warnings);
    }

    /**
     * Checks a scenario's tags, warning the first time a look-alike tag is seen.
     *
     * @param tags the scenario's tags
     * @param scenario describes the scenario for the warning, built only when needed
     * @return a tag that looks like the keep tag, or null: such a scenario is kept, since losing a
     *     recording is worse than keeping a stale one
     */
    public String check(List<String> tags, Supplier<String> scenario) {
        String keepLookAlike = null;
        for (String tag : tags) {
            Optional<String> correction = corrections.get(tag);
            if (correction == null) {
                correction = names.correctionOf(tag);
                if (corrections.putIfAbsent(tag, correction) == null && correction.isPresent()) {
                    warnings.warn(message(tag, correction.get(), scenario.get()));
                }
            }
            if (correction.isPresent() && correction.get().equals(names.keepTag())) {
                keepLookAlike = tag;
            }
        }
        return keepLookAlike;
    }

    private String message(String tag, String correction, String scenario) {
        boolean keep = correction.equals(names.keepTag());
        return "The tag "
                + tag
                + " of "
                + scenario
                + " looks like a misspelling of "
                + correction
                + (keep
                        ? "; to be safe, scenarios with it keep their cassettes as if tagged "
                                + correction
                        : "; vcr-delete-on-fail ignores it")
                + ". Write "
                + correction
                + " if that is what you meant (warned once per tag).";
    }
}
