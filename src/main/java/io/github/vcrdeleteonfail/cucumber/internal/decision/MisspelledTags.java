package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * Spots tags that look like the plugin's but are not, warning once per distinct tag and keeping the
 * warnings for the end-of-run summary. The verdict of each distinct tag is cached, so a suite pays
 * the edit distance once per tag, then a map lookup; the cache and the warnings are bounded, so a
 * suite with any number of distinct tags uses bounded memory.
 */
@API(status = API.Status.INTERNAL)
public final class MisspelledTags {

    /** Distinct tags whose verdict is remembered; beyond, verdicts are computed each time. */
    static final int MAX_REMEMBERED = 4096;

    /** Distinct look-alike tags warned about; beyond, they are counted. */
    static final int MAX_WARNINGS = 50;

    private static final String NO_CORRECTION = "";

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
    private final Map<String, String> corrections = new ConcurrentHashMap<>();
    private final Map<String, String> warned = new ConcurrentHashMap<>();
    private final AtomicInteger unlisted = new AtomicInteger();

    /**
     * Creates the checker.
     *
     * @param names the tag names in use
     * @param warnings where warnings go, as they happen
     */
    public MisspelledTags(CassetteTags.Names names, Warnings warnings) {
        this.names = requireNonNull(names);
        this.warnings = requireNonNull(warnings);
    }

    /**
     * Checks a scenario's tags, warning the first time a look-alike tag is seen.
     *
     * @param tags the scenario's tags
     * @param scenario the scenario, described by its {@code toString} (escaped here) only when a
     *     warning is given
     * @return a tag that looks like the keep tag, or null: such a scenario is kept, since losing a
     *     recording is worse than keeping a stale one
     */
    public String check(List<String> tags, Object scenario) {
        String keepLookAlike = null;
        for (String tag : tags) {
            String correction = correctionOf(tag);
            if (correction.isEmpty()) {
                continue;
            }
            if (!warned.containsKey(tag)) {
                warn(tag, correction, scenario);
            }
            if (correction.equals(names.keepTag())) {
                keepLookAlike = tag;
            }
        }
        return keepLookAlike;
    }

    /**
     * Returns the warnings given so far, for the end-of-run summary.
     *
     * @return the messages, in the order given, then a count of the look-alike tags not listed
     */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(warned.values());
        int more = unlisted.get();
        if (more > 0) {
            all.add(
                    more
                            + " more uses of tags that look like the plugin's were not listed"
                            + " (only the first "
                            + MAX_WARNINGS
                            + " distinct tags are)");
        }
        return all;
    }

    private String correctionOf(String tag) {
        String cached = corrections.get(tag);
        if (cached != null) {
            return cached;
        }
        String correction = names.correctionOf(tag).orElse(NO_CORRECTION);
        if (corrections.size() < MAX_REMEMBERED) {
            corrections.putIfAbsent(tag, correction);
        }
        return correction;
    }

    private void warn(String tag, String correction, Object scenario) {
        if (warned.size() >= MAX_WARNINGS) {
            unlisted.incrementAndGet();
            return;
        }
        String message = message(tag, correction, Printable.of(scenario));
        if (warned.putIfAbsent(tag, message) == null) {
            warnings.warn(message);
        }
    }

    private String message(String tag, String correction, String scenario) {
        boolean keep = correction.equals(names.keepTag());
        return "The tag "
                + Printable.of(tag)
                + " of "
                + scenario
                + " looks like a misspelling of "
                + Printable.of(correction)
                + (keep
                        ? "; to be safe, scenarios with it keep their cassettes as if tagged "
                                + Printable.of(correction)
                        : "; vcr-delete-on-fail ignores it")
                + ". Write "
                + Printable.of(correction)
                + " if that is what you meant (warned once per tag).";
    }
}
