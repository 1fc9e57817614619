package io.github.vcrdeleteonfail.cucumber.internal.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a scenario's tags ask of the plugin: delete the default cassettes, delete given paths, keep
 * everything. Inheritance is Cucumber's: a scenario's tags include those of its Feature, Rule,
 * Scenario Outline and Examples.
 */
public final class CassetteTags {

    /** The tag that selects the default cassettes: {@value}. */
    public static final String DELETE_TAG = "@vcr-delete-on-fail";

    /** The prefix of a tag that selects one path relative to {@code cassette-dir}: {@value}. */
    public static final String DELETE_PATH_PREFIX = DELETE_TAG + ":";

    /** The tag that keeps every cassette of a scenario, whatever other tags say: {@value}. */
    public static final String KEEP_TAG = "@keep-cassette";

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
     * Reads a scenario's tags; allocates nothing for a scenario without any of ours.
     *
     * @param tags the scenario's tags, inherited ones included, each with its {@code @}
     * @return what they ask for
     */
    public static CassetteTags of(Collection<String> tags) {
        boolean keep = false;
        boolean deleteDefault = false;
        List<String> pathTags = null;
        for (String tag : tags) {
            if (!tag.startsWith(DELETE_TAG) && !tag.equals(KEEP_TAG)) {
                continue;
            }
            if (tag.equals(KEEP_TAG)) {
                keep = true;
            } else if (tag.equals(DELETE_TAG)) {
                deleteDefault = true;
            } else if (tag.startsWith(DELETE_PATH_PREFIX)) {
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
     * Tells whether any of the plugin's tags is present.
     *
     * @return false when the plugin has nothing to do for the scenario
     */
    public boolean isEmpty() {
        return this == NONE;
    }

    /**
     * Tells whether the scenario carries {@value #KEEP_TAG}.
     *
     * @return true when nothing of this scenario may be touched
     */
    public boolean keep() {
        return keep;
    }

    /**
     * Tells whether the scenario carries the bare {@value #DELETE_TAG}.
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
     * @return the tags; empty when there are none
     */
    public List<String> pathTags() {
        return pathTags;
    }

    /**
     * Returns the path named by a path tag.
     *
     * @param pathTag one of {@link #pathTags()}
     * @return the text after {@value #DELETE_PATH_PREFIX}, possibly empty
     */
    public static String pathOf(String pathTag) {
        return pathTag.substring(DELETE_PATH_PREFIX.length());
    }
}
