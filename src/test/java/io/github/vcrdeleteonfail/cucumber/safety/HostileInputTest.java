package io.github.vcrdeleteonfail.cucumber.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.text.Printable;
import io.github.vcrdeleteonfail.cucumber.testkit.CucumberRun;
import io.github.vcrdeleteonfail.cucumber.testkit.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue (docs/safety.md): each case tags a failing scenario with a path that
 * must not be followed, runs the real Cucumber runtime with the plugin, and checks that the path is
 * refused with a warning naming the scenario and the tag, that nothing outside the cassette folder
 * changed, and that the cassette folder itself and its other cassettes survive.
 */
class HostileInputTest {

    /** Prepares the file system of a case: links and such. */
    @FunctionalInterface
    interface Setup {
        void prepare(Path cassettes, Path outside) throws IOException;
    }

    private static final Setup NOTHING = (cassettes, outside) -> {};

    @TempDir Path tmp;
    private Path cassettes;
    private Path outside;
    private Path scratch;

    @BeforeEach
    void createFolders() throws IOException {
        tmp = tmp.toRealPath();
        cassettes = Files.createDirectories(tmp.resolve("cassettes"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(cassettes.resolve("kept.yaml"), "kept");
        Files.createDirectories(cassettes.resolve("sub"));
        Files.writeString(cassettes.resolve("sub/inner.yaml"), "inner");
        Files.writeString(outside.resolve("secrets.yaml"), "secret");
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/data.yaml"), "data");
        scratch = Files.createDirectories(tmp.resolve("scratch"));
    }

    static Stream<Arguments> catalogue() {
        Setup linkToFile =
                (c, o) ->
                        Files.createSymbolicLink(
                                c.resolve("escape.yaml"), o.resolve("secrets.yaml"));
        Setup linkToFolder =
                (c, o) -> Files.createSymbolicLink(c.resolve("escape"), o.resolve("folder"));
        Setup linkToRoot = (c, o) -> Files.createSymbolicLink(c.resolve("escape"), c.getRoot());
        Setup selfLoop = (c, o) -> Files.createSymbolicLink(c.resolve("loop"), c.resolve("loop"));
        Setup pairLoop =
                (c, o) -> {
                    Files.createSymbolicLink(c.resolve("ping"), c.resolve("pong"));
                    Files.createSymbolicLink(c.resolve("pong"), c.resolve("ping"));
                };
        Setup linkToParent = (c, o) -> Files.createSymbolicLink(c.resolve("up"), c.getParent());
        Setup danglingOut =
                (c, o) -> Files.createSymbolicLink(c.resolve("gone.yaml"), o.resolve("missing"));
        return Stream.of(
                Arguments.of("parent folder", "..", NOTHING),
                Arguments.of("parent file", "../outside/secrets.yaml", NOTHING),
                Arguments.of("parent in the middle", "sub/../../outside/secrets.yaml", NOTHING),
                Arguments.of("parent at the end", "sub/..", NOTHING),
                Arguments.of("parent after dot", "./../outside", NOTHING),
                Arguments.of("many parents", "a/b/../../../outside/folder", NOTHING),
                Arguments.of("the folder itself", ".", NOTHING),
                Arguments.of("the folder itself, with slash", "./", NOTHING),
                Arguments.of("the folder itself, doubled", ".//./", NOTHING),
                Arguments.of("absolute path elsewhere", "/etc/passwd", NOTHING),
                Arguments.of("absolute root", "/", NOTHING),
                Arguments.of("absolute, doubled slash", "//etc/passwd", NOTHING),
                Arguments.of("absolute sibling", "${tmp}/outside/secrets.yaml", NOTHING),
                Arguments.of("absolute prefix sibling", "${tmp}/cassettes-evil/x.yaml", NOTHING),
                Arguments.of("absolute, the folder itself", "${tmp}/cassettes", NOTHING),
                Arguments.of("absolute through parent", "${tmp}/cassettes/../outside", NOTHING),
                Arguments.of("Windows drive, slash", "C:/Windows/win.ini", NOTHING),
                Arguments.of("Windows drive, backslash", "C:\\Windows\\win.ini", NOTHING),
                Arguments.of("Windows drive, relative", "C:secrets.yaml", NOTHING),
                Arguments.of("UNC path", "\\\\server\\share\\x.yaml", NOTHING),
                Arguments.of("backslash parent", "..\\outside\\secrets.yaml", NOTHING),
                Arguments.of("backslash inside a name", "sub\\inner.yaml", NOTHING),
                Arguments.of("empty path", "", NOTHING),
                Arguments.of("control character", "a\u0007b.yaml", NOTHING),
                Arguments.of("escape character", "\u001b[2Jx.yaml", NOTHING),
                Arguments.of(
                        "path through a link to a folder outside",
                        "escape/data.yaml",
                        linkToFolder),
                Arguments.of("path through a link to /", "escape/etc/passwd", linkToRoot),
                Arguments.of("path through a link loop", "ping/x.yaml", pairLoop),
                Arguments.of(
                        "path through a link to the parent",
                        "up/outside/secrets.yaml",
                        linkToParent));
    }

    /** Cassettes that are themselves links: removed as links, their targets untouched. */
    static Stream<Arguments> linkCassettes() {
        Setup linkToFile =
                (c, o) ->
                        Files.createSymbolicLink(
                                c.resolve("escape.yaml"), o.resolve("secrets.yaml"));
        Setup linkToFolder =
                (c, o) -> Files.createSymbolicLink(c.resolve("escape"), o.resolve("folder"));
        Setup selfLoop = (c, o) -> Files.createSymbolicLink(c.resolve("loop"), c.resolve("loop"));
        Setup danglingOut =
                (c, o) -> Files.createSymbolicLink(c.resolve("gone.yaml"), o.resolve("missing"));
        return Stream.of(
                Arguments.of("link to a file outside", "escape.yaml", linkToFile),
                Arguments.of("link to a folder outside", "escape", linkToFolder),
                Arguments.of("link loop to itself", "loop", selfLoop),
                Arguments.of("dangling link leading out", "gone.yaml", danglingOut));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("linkCassettes")
    void removesACassetteThatIsALinkAsALink(String name, String path, Setup setup)
            throws IOException {
        Map<String, String> cassettesBefore = snapshot(cassettes, null);
        setup.prepare(cassettes, outside);
        Map<String, String> outsideBefore = snapshot(tmp, cassettes);
        Path features = Files.createDirectories(tmp.resolve("features"));
        Files.writeString(
                features.resolve("hostile.feature"),
                "Feature: Hostile\n  @vcr-delete-on-fail:"
                        + path
                        + "\n  Scenario: Hostile\n    When a step fails\n",
                StandardCharsets.UTF_8);
        Path config = Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: " + cassettes);

        Result result = run(config, features);

        assertThat(result.exitStatus()).as("the run goes on to its end").isEqualTo(1);
        assertThat(snapshot(tmp, cassettes)).as("nothing outside changed").isEqualTo(outsideBefore);
        assertThat(Files.exists(cassettes.resolve(path), LinkOption.NOFOLLOW_LINKS))
                .as("the link is gone")
                .isFalse();
        assertThat(snapshot(cassettes, null))
                .as("the other cassettes survive")
                .isEqualTo(cassettesBefore);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("catalogue")
    void refusesAndTouchesNothingOutside(String name, String path, Setup setup) throws IOException {
        setup.prepare(cassettes, outside);
        String tagPath = path.replace("${tmp}", tmp.toString());
        Map<String, String> outsideBefore = snapshot(tmp, cassettes);
        Map<String, String> cassettesBefore = snapshot(cassettes, null);
        Path features = Files.createDirectories(tmp.resolve("features"));
        Files.writeString(
                features.resolve("hostile.feature"),
                "Feature: Hostile\n  @vcr-delete-on-fail:"
                        + tagPath
                        + "\n  Scenario: Hostile\n    When a step fails\n",
                StandardCharsets.UTF_8);
        Path config = Files.writeString(tmp.resolve("vcr.yaml"), "cassette-dir: " + cassettes);

        Result result = run(config, features);

        assertThat(result.exitStatus()).as("the run goes on to its end").isEqualTo(1);
        assertThat(result.log())
                .filteredOn(l -> l.startsWith("WARNING: ") || l.startsWith("SEVERE: "))
                .as("a warning names the scenario and the tag")
                .anySatisfy(
                        w ->
                                assertThat(w)
                                        .contains("\"Hostile\"")
                                        .contains("hostile.feature:3")
                                        .contains("@vcr-delete-on-fail:" + Printable.of(tagPath))
                                        .containsAnyOf("refused as unsafe", "failed to delete")
                                        .doesNotContainPattern("\\p{Cc}"));
        assertThat(snapshot(tmp, cassettes)).as("nothing outside changed").isEqualTo(outsideBefore);
        assertThat(Files.isDirectory(cassettes)).as("the cassette folder survives").isTrue();
        assertThat(snapshot(cassettes, null))
                .as("the other cassettes survive")
                .isEqualTo(cassettesBefore);
    }

    private Result run(Path config, Path features) {
        return CucumberRun.cli()
                .scratch(scratch)
                .sampleGlue(cassettes)
                .plugin(config.toString())
                .features(features)
                .run();
    }

    /** Every entry under a folder (links not followed) with its content or link target. */
    private static Map<String, String> snapshot(Path root, Path skip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                        if (dir.equals(skip)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        entries.put(root.relativize(dir) + "/", "");
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes a)
                            throws IOException {
                        entries.put(
                                root.relativize(file).toString(),
                                Files.isSymbolicLink(file)
                                        ? "-> " + Files.readSymbolicLink(file)
                                        : Files.readString(file, StandardCharsets.ISO_8859_1));
                        return FileVisitResult.CONTINUE;
                    }
                });
        entries.keySet()
                .removeIf(
                        k ->
                                k.startsWith("features")
                                        || k.startsWith("scratch")
                                        || k.equals("vcr.yaml"));
        return entries;
    }
}
