package io.github.vcrdeleteonfail.cucumber.internal.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random cassette trees, selections and scenario writes for the property tests, built on disk in a
 * {@link Sandbox}. Names come from a tiny alphabet so that selections, links and writes keep
 * meeting: the same path twice, a file inside a selected folder, a link on a selected path.
 */
final class RandomTrees {

    private RandomTrees() {}

    /** What an entry of a generated tree is. */
    enum Kind {
        FILE,
        FOLDER,
        LINK
    }

    /** Where a generated link points; never followed, so any target will do. */
    enum Target {
        INSIDE_RELATIVE,
        INSIDE_ABSOLUTE,
        OUTSIDE_FOLDER,
        OUTSIDE_FILE,
        OUTSIDE_RELATIVE,
        DANGLING;

        /** The link text for a link at {@code segments} below the cassette folder. */
        Path text(Sandbox box, List<String> segments) {
            switch (this) {
                case INSIDE_RELATIVE:
                    return Path.of("a");
                case INSIDE_ABSOLUTE:
                    return box.cassettes.resolve("a");
                case OUTSIDE_FOLDER:
                    return box.outside.resolve("dir");
                case OUTSIDE_FILE:
                    return box.outside.resolve("secret");
                case OUTSIDE_RELATIVE:
                    return Path.of("../".repeat(segments.size()) + "outside/dir");
                default:
                    return Path.of("nowhere/at/all");
            }
        }
    }

    /** One entry to create: a file with bytes, a folder, or a link. */
    record Entry(List<String> segments, Kind kind, byte[] bytes, Target target) {
        @Override
        public String toString() {
            String path = String.join("/", segments);
            switch (kind) {
                case FILE:
                    return "file " + path + " [" + HexFormat.of().formatHex(bytes) + "]";
                case LINK:
                    return "link " + path + " -> " + target;
                default:
                    return "folder " + path;
            }
        }
    }

    /** The spellings of one place that must all parse to the same cassette path. */
    enum Spelling {
        PLAIN,
        DOUBLE_SLASH,
        DOT_FIRST,
        DOT_INSIDE,
        TRAILING_SLASH,
        ABSOLUTE_TAG,
        NAMER_RELATIVE,
        NAMER_ABSOLUTE
    }

    /** One selected cassette as a tag, namer or glue code would name it. */
    record Pick(List<String> segments, Spelling spelling) {

        /** Parses the spelling as the core does; the result must be the plain path. */
        CassettePath.Parsed parse(Path cassettes) {
            String plain = String.join("/", segments);
            switch (spelling) {
                case DOUBLE_SLASH:
                    return CassettePath.parse(cassettes, String.join("//", segments));
                case DOT_FIRST:
                    return CassettePath.parse(cassettes, "./" + plain);
                case DOT_INSIDE:
                    return CassettePath.parse(cassettes, String.join("/./", segments));
                case TRAILING_SLASH:
                    return CassettePath.parse(cassettes, plain + "/");
                case ABSOLUTE_TAG:
                    return CassettePath.parse(cassettes, cassettes + "/" + plain);
                case NAMER_RELATIVE:
                    return CassettePath.of(cassettes, Path.of(plain));
                case NAMER_ABSOLUTE:
                    return CassettePath.of(cassettes, cassettes.resolve(plain));
                default:
                    return CassettePath.parse(cassettes, plain);
            }
        }

        @Override
        public String toString() {
            return String.join("/", segments) + " (" + spelling + ")";
        }
    }

    /** What the scenario does after the snapshot. */
    enum Op {
        WRITE_FILE,
        DELETE,
        MAKE_FOLDER,
        MAKE_LINK,
        /** Whatever is there (a folder cassette, a folder above one) becomes a file. */
        REPLACE_WITH_FILE,
        /** Whatever is there becomes a link. */
        REPLACE_WITH_LINK
    }

    /** One write of the scenario, never through a link (a recorder writes real paths). */
    record Write(Op op, List<String> segments, byte[] bytes, Target target) {
        @Override
        public String toString() {
            String path = String.join("/", segments);
            switch (op) {
                case WRITE_FILE:
                case REPLACE_WITH_FILE:
                    return op.name().toLowerCase(java.util.Locale.ROOT)
                            + " "
                            + path
                            + " ["
                            + HexFormat.of().formatHex(bytes)
                            + "]";
                case MAKE_LINK:
                case REPLACE_WITH_LINK:
                    return op.name().toLowerCase(java.util.Locale.ROOT)
                            + " "
                            + path
                            + " -> "
                            + target;
                default:
                    return op.name().toLowerCase(java.util.Locale.ROOT) + " " + path;
            }
        }
    }

    /** A whole case: a tree, a selection, and the scenario's writes, both aimed near the picks. */
    record Case(List<Entry> tree, List<Pick> picks, List<Write> writes) {
        @Override
        public String toString() {
            return "\n  tree:      "
                    + tree
                    + "\n  selection: "
                    + picks
                    + "\n  writes:    "
                    + writes;
        }
    }

    /**
     * Cases whose trees and writes mostly land on, above or inside the selected paths, so that
     * selections meet real entries, links on their way, and changes by the scenario.
     */
    static Arbitrary<Case> cases() {
        return selections()
                .flatMap(
                        picks -> {
                            Arbitrary<List<String>> where =
                                    Arbitraries.frequencyOf(
                                            Tuple.of(1, segments()), Tuple.of(2, near(picks)));
                            Arbitrary<List<Entry>> tree =
                                    Combinators.combine(
                                                    where,
                                                    Arbitraries.of(Kind.class),
                                                    bytes(),
                                                    Arbitraries.of(Target.class))
                                            .as(Entry::new)
                                            .list()
                                            .ofMaxSize(14);
                            Arbitrary<List<Write>> writes =
                                    Combinators.combine(
                                                    Arbitraries.of(Op.class),
                                                    where,
                                                    bytes(),
                                                    Arbitraries.of(Target.class))
                                            .as(Write::new)
                                            .list()
                                            .ofMinSize(1)
                                            .ofMaxSize(6);
                            return Combinators.combine(tree, writes)
                                    .as((t, w) -> new Case(t, picks, w));
                        });
    }

    /** A picked path, one of the folders above it, or an entry just inside it. */
    private static Arbitrary<List<String>> near(List<Pick> picks) {
        return Arbitraries.of(picks)
                .flatMap(
                        pick -> {
                            List<String> path = pick.segments();
                            return Arbitraries.oneOf(
                                    Arbitraries.just(path),
                                    Arbitraries.integers()
                                            .between(1, path.size())
                                            .map(n -> path.subList(0, n)),
                                    Arbitraries.of("a", "b", "c.yaml")
                                            .map(
                                                    name -> {
                                                        List<String> inside = new ArrayList<>(path);
                                                        inside.add(name);
                                                        return List.copyOf(inside);
                                                    }));
                        });
    }

    static Arbitrary<List<String>> segments() {
        return Arbitraries.of("a", "b", "c.yaml").list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
    }

    static Arbitrary<List<Pick>> selections() {
        return Combinators.combine(segments(), Arbitraries.of(Spelling.class))
                .as(Pick::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    /**
     * Creates the entries in order; one whose place is taken, or under a non-folder, is skipped.
     */
    static void build(Sandbox box, List<Entry> entries) throws IOException {
        for (Entry entry : entries) {
            Path parent = folders(box.cassettes, entry.segments());
            if (parent == null) {
                continue;
            }
            Path path = parent.resolve(last(entry.segments()));
            if (Files.exists(path, NOFOLLOW_LINKS)) {
                continue;
            }
            switch (entry.kind()) {
                case FILE:
                    Files.write(path, entry.bytes());
                    break;
                case FOLDER:
                    Files.createDirectory(path);
                    break;
                default:
                    Files.createSymbolicLink(path, entry.target().text(box, entry.segments()));
            }
        }
    }

    /** Applies the scenario's writes in order; a write that would pass a link is skipped. */
    static void apply(Sandbox box, List<Write> writes) throws IOException {
        for (Write write : writes) {
            if (write.op() == Op.DELETE) {
                Path path = box.cassettes;
                for (String segment : write.segments()) {
                    if (!Files.isDirectory(path, NOFOLLOW_LINKS)) {
                        path = null;
                        break;
                    }
                    path = path.resolve(segment);
                }
                if (path != null && Files.exists(path, NOFOLLOW_LINKS)) {
                    TestFiles.deleteTree(path);
                }
                continue;
            }
            Path parent = folders(box.cassettes, write.segments());
            if (parent == null) {
                continue;
            }
            Path path = parent.resolve(last(write.segments()));
            if (write.op() == Op.REPLACE_WITH_FILE || write.op() == Op.REPLACE_WITH_LINK) {
                if (Files.exists(path, NOFOLLOW_LINKS)) {
                    TestFiles.deleteTree(path);
                }
            }
            boolean free = !Files.exists(path, NOFOLLOW_LINKS);
            switch (write.op()) {
                case WRITE_FILE:
                case REPLACE_WITH_FILE:
                    if (Files.isDirectory(path, NOFOLLOW_LINKS)) {
                        // A recorder adds a file to a folder cassette.
                        path = path.resolve("new");
                        free = !Files.exists(path, NOFOLLOW_LINKS);
                    }
                    if (free || Files.isRegularFile(path, NOFOLLOW_LINKS)) {
                        Files.write(path, write.bytes());
                    }
                    break;
                case MAKE_FOLDER:
                    if (free) {
                        Files.createDirectory(path);
                    }
                    break;
                default:
                    if (free) {
                        Files.createSymbolicLink(path, write.target().text(box, write.segments()));
                    }
            }
        }
    }

    /** Creates the folders above a path; null when one of them is a file or a link. */
    private static Path folders(Path root, List<String> segments) throws IOException {
        Path folder = root;
        for (String segment : segments.subList(0, segments.size() - 1)) {
            folder = folder.resolve(segment);
            if (!Files.exists(folder, NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            } else if (!Files.isDirectory(folder, NOFOLLOW_LINKS)) {
                return null;
            }
        }
        return folder;
    }

    private static String last(List<String> segments) {
        return segments.get(segments.size() - 1);
    }

    /**
     * A fresh temporary folder per try: the cassette folder, an outside sentinel tree beside it
     * (with the same names as cassettes, so a followed link would hit them), the work folder and a
     * quarantine folder. Removed on close, links never followed.
     */
    static final class Sandbox implements AutoCloseable {
        final Path root;
        final Path cassettes;
        final Path outside;
        final Path work;
        final Path quarantine;

        Sandbox() throws IOException {
            root = Files.createTempDirectory("vcr-property-").toRealPath();
            cassettes = Files.createDirectory(root.resolve("cassettes"));
            outside = Files.createDirectory(root.resolve("outside"));
            work = root.resolve(".vcr-delete-on-fail");
            quarantine = root.resolve("quarantine").resolve("run");
            Files.writeString(outside.resolve("secret"), "outside secret");
            Files.createDirectories(outside.resolve("dir/a/b"));
            Files.writeString(outside.resolve("dir/a/c.yaml"), "outside a/c.yaml");
            Files.writeString(outside.resolve("dir/b"), "outside b");
            Files.writeString(outside.resolve("dir/c.yaml"), "outside c.yaml");
            Files.createDirectories(outside.resolve("a"));
            Files.writeString(outside.resolve("a/b"), "outside a/b beside the cassettes");
        }

        @Override
        public void close() throws IOException {
            TestFiles.deleteTree(root);
        }
    }
}
