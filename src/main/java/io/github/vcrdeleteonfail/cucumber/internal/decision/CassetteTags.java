package io.github.vcrdeleteonfail.cucumber.internal.decision;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a scenario's tags ask of the plugin: delete the default cassettes, delete given paths, keep
 * everything. Inheritance is Cucumber's: a scenario's tags include those of its Feature, Rule,
 * Scenario Outline and Examples. The tag names are configurable ({@code delete-tag}, {@code
 * keep-tag}); {@link #DEFAULT_NAMES} are the defaults.
 */
@API(status = API.Status.INTERNAL)
public final class CassetteTags {

    /** The default tag that selects the default cassettes: {@value}. */
    public static final String DELETE_TAG = "@vcr-delete-on-fail";

    /** The default tag that keeps every cassette of a scenario: {@value}. */
    public static final String KEEP_TAG = "@keep-cassette";

    /** The default tag names. */
    public static final Names DEFAULT_NAMES = new Names(DELETE_TAG, KEEP_TAG);

    private static final CassetteTags NONE = new CassetteTags(false, false, List.of());

    private final boolean keep;
    private final boolean deleteDefault;
    private final List<String> pathTags;

    private CassetteTags(boolean keep, boolean deleteDefault, List<String> pathTags) {
        this.keep = keep;
        this.deleteDefault = deleteDefault;
        this.pathTags = pathTags;
    }

    /**
     * Reads a scenario's tags with the default tag names.
     *
     * @param tags the scenario's tags, inherited ones included, each with its {@code @}
     * @return what they ask for
     */
    public static CassetteTags of(Collection<String> tags) {
        return DEFAULT_NAMES.read(tags);
    }

    /**
     * Tells whether any of the plugin's tags is present.
     *
     * @return false when the plugin has nothing to do for the scenario
     */
    public boolean isEmpty() {
        return this == NONE;
    }

    /**
     * Tells whether the scenario carries the keep tag.
     *
     * @return true when nothing of this scenario may be touched
     */
    public boolean keep() {
        return keep;
    }

    /**
     * Tells whether the scenario carries the bare delete tag.
     *
     * @return true when the namer's cassettes are selected
     */
    public boolean deleteDefault() {
        return deleteDefault;
    }

    /**
     * Returns the path tags, each whole (such as {@code @vcr-delete-on-fail:users/alice.yaml}), in
     * order, without duplicates.
     *
     * @return an unmodifiable list; empty when there are none
     */
    public List<String> pathTags() {
        return pathTags;
    }

    /** The names of the delete and keep tags in use, and what can be read with them. */
    public static final class Names {
        private final String deleteTag;
        private final String keepTag;
        private final String pathPrefix;

        /**
         * Creates the tag names.
         *
         * @param deleteTag the tag that selects cassettes, with its {@code @}
         * @param keepTag the tag that keeps cassettes, with its {@code @}
         */
        public Names(String deleteTag, String keepTag) {
            this.deleteTag = requireNonNull(deleteTag);
            this.keepTag = requireNonNull(keepTag);
            this.pathPrefix = deleteTag + ":";
        }

        /**
         * Returns the delete tag.
         *
         * @return for example {@code @vcr-delete-on-fail}
         */
        public String deleteTag() {
            return deleteTag;
        }

        /**
         * Returns the keep tag.
         *
         * @return for example {@code @keep-cassette}
         */
        public String keepTag() {
            return keepTag;
        }

        /**
         * Reads a scenario's tags; allocates nothing for a scenario without any of ours.
         *
         * @param tags the scenario's tags, inherited ones included, each with its {@code @}
         * @return what they ask for
         */
        public CassetteTags read(Collection<String> tags) {
            boolean keep = false;
            boolean deleteDefault = false;
            List<String> pathTags = null;
            for (String tag : tags) {
                if (tag.equals(keepTag)) {
                    keep = true;
                } else if (tag.equals(deleteTag)) {
                    deleteDefault = true;
                } else if (tag.startsWith(pathPrefix)) {
                    if (pathTags == null) {
                        pathTags = new ArrayList<>();
                    }
                    if (!pathTags.contains(tag)) {
                        pathTags.add(tag);
                    }
                }
            }
            if (!keep && !deleteDefault && pathTags == null) {
                return NONE;
            }
            return new CassetteTags(
                    keep, deleteDefault, pathTags == null ? List.of() : List.copyOf(pathTags));
        }

        /**
         * Returns the path named by a path tag.
         *
         * @param pathTag one of {@link CassetteTags#pathTags()}
         * @return the text after the delete tag and its colon, possibly empty
         */
        public String pathOf(String pathTag) {
            return pathTag.substring(pathPrefix.length());
        }

        /**
         * Tells whether a tag that is not one of ours looks like a misspelling of one.
         *
         * @param tag any tag of a scenario
         * @return the right spelling, or empty when the tag is ours or unrelated
         */
        public Optional<String> correctionOf(String tag) {
            if (tag.equals(deleteTag) || tag.equals(keepTag) || tag.startsWith(pathPrefix)) {
                return Optional.empty();
            }
            int colon = tag.indexOf(':');
            String head = colon < 0 ? tag : tag.substring(0, colon);
            String rest = colon < 0 ? "" : tag.substring(colon);
            String normalised = normalise(head);
            for (String ours : List.of(deleteTag, keepTag)) {
                String target = normalise(ours);
                if (Math.abs(normalised.length() - target.length()) > 2) {
                    continue;
                }
                if (normalised.equals(target) || EditDistance.between(normalised, target) <= 2) {
                    if (ours.equals(keepTag) && !rest.isEmpty()) {
                        return Optional.of(keepTag);
                    }
                    return Optional.of(ours + rest);
                }
            }
            return Optional.empty();
        }

        private static String normalise(String tag) {
            String text = tag.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            return text.startsWith("@") ? text : "@" + text;
        }
    }
}
