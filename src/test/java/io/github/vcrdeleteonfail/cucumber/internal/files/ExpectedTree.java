package io.github.vcrdeleteonfail.cucumber.internal.files;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The oracle of the property tests: what a tree (a {@link TreeState} map) must look like after an
 * operation, worked out from the rules alone, without touching a file.
 */
final class ExpectedTree {

    private ExpectedTree() {}

    /** What stands on the way to a cassette, looking at the folders above it. */
    enum Way {
        /** Every folder above it is a real folder. */
        OPEN,
        /** A folder above it is missing. */
        MISSING,
        /** Something above it is a file. */
        FILE,
        /** Something above it is a link: never followed, so refused. */
        LINK
    }

    static Way way(Map<String, String> tree, CassettePath cassette) {
        List<String> segments = cassette.segments();
        for (int i = 1; i < segments.size(); i++) {
            String value = tree.get(String.join("/", segments.subList(0, i)));
            if (value == null) {
                return Way.MISSING;
            }
            if (value.startsWith("link")) {
                return Way.LINK;
            }
            if (value.startsWith("file")) {
                return Way.FILE;
            }
        }
        return Way.OPEN;
    }

    static boolean exists(Map<String, String> tree, CassettePath cassette) {
        return way(tree, cassette) == Way.OPEN && tree.containsKey(cassette.toString());
    }

    /** The entry and everything below it, keys unchanged. */
    static Map<String, String> subtree(Map<String, String> tree, CassettePath cassette) {
        String key = cassette.toString();
        Map<String, String> part = new TreeMap<>();
        tree.forEach(
                (k, v) -> {
                    if (k.equals(key) || k.startsWith(key + "/")) {
                        part.put(k, v);
                    }
                });
        return part;
    }

    /** The tree without the entry and everything below it. */
    static Map<String, String> without(Map<String, String> tree, CassettePath cassette) {
        return TreeState.without(tree, cassette.toString());
    }

    /**
     * The tree once a cassette is put back as it was in {@code start}: its subtree replaced, and
     * any missing folder on its way created.
     */
    static Map<String, String> putBack(
            Map<String, String> tree, Map<String, String> start, CassettePath cassette) {
        Map<String, String> result = new TreeMap<>(without(tree, cassette));
        List<String> segments = cassette.segments();
        for (int i = 1; i < segments.size(); i++) {
            result.putIfAbsent(String.join("/", segments.subList(0, i)), "folder");
        }
        result.putAll(subtree(start, cassette));
        return result;
    }
}
