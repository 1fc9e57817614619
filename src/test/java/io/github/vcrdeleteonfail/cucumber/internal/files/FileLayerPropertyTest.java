package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.ExpectedTree.exists;
import static io.github.vcrdeleteonfail.cucumber.internal.files.ExpectedTree.subtree;
import static io.github.vcrdeleteonfail.cucumber.internal.files.ExpectedTree.way;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.files.ExpectedTree.Way;
import io.github.vcrdeleteonfail.cucumber.internal.files.RandomTrees.Case;
import io.github.vcrdeleteonfail.cucumber.internal.files.RandomTrees.Pick;
import io.github.vcrdeleteonfail.cucumber.internal.files.RandomTrees.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Properties of the file layer over random trees (files with random bytes, folders, links pointing
 * inside, outside and nowhere), random overlapping selections in every spelling, and random writes
 * by the scenario, in both folder modes, compared path by path (type, bytes, link target): delete
 * and quarantine remove exactly the union of the selection, quarantine holds exactly those entries,
 * restore gives back exactly the start state of the selected parts and keeps every other write of
 * the scenario, and the outside tree never changes.
 */
class FileLayerPropertyTest {

    private static final int TRIES = 100;

    @Provide
    Arbitrary<Case> cases() {
        return RandomTrees.cases();
    }

    @Property(tries = TRIES)
    @StatisticsReport(onFailureOnly = true)
    void deleteRemovesExactlyTheUnionOfTheSelection(
            @ForAll("cases") Case scenario, @ForAll boolean handles) throws IOException {
        bothFolderModes(handles);
        try (Sandbox box = new Sandbox()) {
            RandomTrees.build(box, scenario.tree());
            Map<String, String> start = TreeState.of(box.cassettes);
            Map<String, String> outside = TreeState.of(box.outside);
            WorkFolder work = WorkFolder.at(box.work, box.cassettes, "run");
            CassetteFolder folder = new CassetteFolder(box.cassettes, work, handles);
            Map<String, String> expected = start;

            for (CassettePath cassette : selection(box, scenario.picks())) {
                FileResult result = folder.delete(cassette);

                FileResult.Kind kind =
                        way(start, cassette) == Way.LINK
                                ? FileResult.Kind.REFUSED
                                : exists(start, cassette)
                                        ? FileResult.Kind.DELETED
                                        : FileResult.Kind.ABSENT;
                Statistics.collect(kind);
                assertThat(result.kind()).as(cassette + ": " + result).isEqualTo(kind);
                if (kind == FileResult.Kind.DELETED) {
                    expected = ExpectedTree.without(expected, cassette);
                }
            }
            work.close();

            assertThat(TreeState.of(box.cassettes)).isEqualTo(expected);
            assertThat(TreeState.of(box.outside)).as("the outside tree").isEqualTo(outside);
            assertThat(box.work).as("the work folder").doesNotExist();
        }
    }

    @Property(tries = TRIES)
    @StatisticsReport(onFailureOnly = true)
    void quarantineMovesExactlyTheUnionOfTheSelectionWithItsBytes(
            @ForAll("cases") Case scenario,
            @ForAll boolean handles,
            @ForAll boolean crossFileSystem)
            throws IOException {
        bothFolderModes(handles);
        try (Sandbox box = new Sandbox()) {
            RandomTrees.build(box, scenario.tree());
            Map<String, String> start = TreeState.of(box.cassettes);
            Map<String, String> outside = TreeState.of(box.outside);
            WorkFolder work = WorkFolder.at(box.work, box.cassettes, "run");
            CassetteFolder folder =
                    new CassetteFolder(box.cassettes, work, handles, crossFileSystem);
            Map<String, String> expected = start;
            Map<String, String> quarantined = new TreeMap<>();

            for (CassettePath cassette : selection(box, scenario.picks())) {
                String note = "scenario: quarantined " + cassette + "\n";
                FileResult result = folder.quarantine(cassette, box.quarantine, note);

                FileResult.Kind kind =
                        way(start, cassette) == Way.LINK
                                ? FileResult.Kind.REFUSED
                                : exists(start, cassette)
                                        ? FileResult.Kind.MOVED
                                        : FileResult.Kind.ABSENT;
                Statistics.collect(kind);
                assertThat(result.kind()).as(cassette + ": " + result).isEqualTo(kind);
                if (kind == FileResult.Kind.MOVED) {
                    assertThat(result.destination())
                            .contains(cassette.resolveAgainst(box.quarantine));
                    expected = ExpectedTree.without(expected, cassette);
                    List<String> segments = cassette.segments();
                    for (int i = 1; i < segments.size(); i++) {
                        quarantined.put(String.join("/", segments.subList(0, i)), "folder");
                    }
                    quarantined.putAll(subtree(start, cassette));
                    quarantined.put(
                            cassette + QuarantineMove.NOTE_SUFFIX,
                            "file "
                                    + Base64.getEncoder()
                                            .encodeToString(note.getBytes(StandardCharsets.UTF_8)));
                }
            }
            work.close();

            assertThat(TreeState.of(box.cassettes)).isEqualTo(expected);
            assertThat(TreeState.of(box.quarantine)).as("the quarantine").isEqualTo(quarantined);
            assertThat(TreeState.of(box.outside)).as("the outside tree").isEqualTo(outside);
            assertThat(box.work).as("the work folder").doesNotExist();
        }
    }

    @Property(tries = TRIES)
    @StatisticsReport(onFailureOnly = true)
    void restoreGivesBackExactlyTheSelectedPartsAndKeepsTheScenariosOtherWrites(
            @ForAll("cases") Case scenario, @ForAll boolean handles, @ForAll boolean normalised)
            throws IOException {
        bothFolderModes(handles);
        try (Sandbox box = new Sandbox()) {
            RandomTrees.build(box, scenario.tree());
            Map<String, String> start = TreeState.of(box.cassettes);
            Map<String, String> outside = TreeState.of(box.outside);
            WorkFolder work = WorkFolder.at(box.work, box.cassettes, "run");
            CassetteFolder folder = new CassetteFolder(box.cassettes, work, handles);
            List<CassettePath> selected = selection(box, scenario.picks());
            // The core snapshots the normalised selection; Undo must cope with the raw one too.
            List<CassettePath> snapshotted = normalised ? selected : parsed(box, scenario.picks());
            Map<CassettePath, FileResult.Kind> restored = new HashMap<>();
            boolean copyKept;

            try (Undo undo = folder.begin("scenario")) {
                for (CassettePath cassette : snapshotted) {
                    FileResult result = undo.snapshot(cassette);
                    if (normalised) {
                        assertThat(result.kind())
                                .as(cassette + ": " + result)
                                .isEqualTo(
                                        way(start, cassette) == Way.LINK
                                                ? FileResult.Kind.REFUSED
                                                : exists(start, cassette)
                                                        ? FileResult.Kind.UNCHANGED
                                                        : FileResult.Kind.ABSENT);
                    }
                }
                RandomTrees.apply(box, scenario.writes());
                Map<String, String> written = TreeState.of(box.cassettes);
                Map<String, String> expected = written;
                Map<CassettePath, FileResult.Kind> kinds = new HashMap<>();
                for (CassettePath cassette : selected) {
                    if (way(start, cassette) == Way.LINK) {
                        Statistics.collect("REFUSED when snapshotted");
                        continue; // nothing saved, nothing restored
                    }
                    Way now = way(written, cassette);
                    FileResult.Kind kind;
                    if (now == Way.LINK) {
                        kind = FileResult.Kind.REFUSED;
                    } else if (!exists(start, cassette)) {
                        kind =
                                exists(written, cassette)
                                        ? FileResult.Kind.REMOVED_CREATED
                                        : FileResult.Kind.UNCHANGED;
                        expected = ExpectedTree.without(expected, cassette);
                    } else if (now == Way.FILE) {
                        kind = FileResult.Kind.FAILED; // the saved copy stays for recovery
                    } else {
                        kind =
                                now == Way.OPEN
                                                && subtree(written, cassette)
                                                        .equals(subtree(start, cassette))
                                        ? FileResult.Kind.UNCHANGED
                                        : FileResult.Kind.RESTORED;
                        expected = ExpectedTree.putBack(expected, start, cassette);
                    }
                    kinds.put(cassette, kind);
                    Statistics.collect(kind);
                }

                for (Undo.Restoration restoration : undo.restoreAll()) {
                    restored.put(restoration.cassette(), restoration.result().kind());
                }

                if (normalised) {
                    assertThat(restored).isEqualTo(kinds);
                }
                // A copy stays for recovery when it could not go back, or a link refused it.
                copyKept = false;
                for (Map.Entry<CassettePath, FileResult.Kind> one : restored.entrySet()) {
                    copyKept |=
                            one.getValue() == FileResult.Kind.FAILED
                                    || one.getValue() == FileResult.Kind.REFUSED
                                            && exists(start, one.getKey());
                }
                assertThat(TreeState.of(box.cassettes)).isEqualTo(expected);
            }
            work.close();

            assertThat(TreeState.of(box.outside)).as("the outside tree").isEqualTo(outside);
            assertThat(box.work.toFile().exists())
                    .as("the work folder is kept exactly when a saved copy could not go back")
                    .isEqualTo(copyKept);
        }
    }

    /** Parses every pick, checking that each spelling gives the plain path. */
    private static List<CassettePath> parsed(Sandbox box, List<Pick> picks) {
        List<CassettePath> paths = new ArrayList<>();
        for (Pick pick : picks) {
            CassettePath.Parsed parsed = pick.parse(box.cassettes);
            assertThat(parsed.refusal()).as(pick.toString()).isEmpty();
            assertThat(parsed.path().orElseThrow().segments()).isEqualTo(pick.segments());
            paths.add(parsed.path().orElseThrow());
        }
        return paths;
    }

    /** The selection as the core normalises it: top-most distinct paths, covering every pick. */
    private static List<CassettePath> selection(Sandbox box, List<Pick> picks) {
        List<CassettePath> paths = parsed(box, picks);
        List<CassettePath> top = CassettePath.topMost(paths);
        assertThat(paths).allMatch(p -> top.stream().anyMatch(p::isWithin));
        assertThat(paths).containsAll(top);
        for (CassettePath a : top) {
            assertThat(top).filteredOn(b -> b != a && (a.isWithin(b) || b.isWithin(a))).isEmpty();
        }
        Statistics.label("selection")
                .collect(top.size() < paths.size() ? "overlapping" : "disjoint");
        return top;
    }

    /** Every property runs in both folder modes, each often enough to count. */
    private static void bothFolderModes(boolean handles) {
        Statistics.label("folders").collect(handles ? "handles" : "checked paths");
        Statistics.label("folders")
                .coverage(
                        coverage -> {
                            coverage.check("handles").count(n -> n >= 10);
                            coverage.check("checked paths").count(n -> n >= 10);
                        });
    }
}
