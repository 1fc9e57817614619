package io.github.vcrdeleteonfail.cucumber.internal.files;

import static io.github.vcrdeleteonfail.cucumber.internal.files.CassettePathTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vcrdeleteonfail.cucumber.internal.files.RandomTrees.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The put-back of a copy an earlier run kept (its put-back refused), over random cassettes (a file
 * or a small folder), random recordings and random times: recovery puts the saved state back over
 * whatever was last modified up to the refusal (the failed scenario's recording), and never over,
 * nor removes, what was modified after it (a recording made since), unless that is byte for byte
 * the saved state; a copy stays exactly as long as a newer recording stands at the place.
 */
class RecoveryPropertyTest {

    /** When the earlier run's put-back was refused. */
    private static final Instant REFUSED = Instant.parse("2026-11-30T12:00:00.000001Z");

    /** What happened at the cassette's place between the refusal and the next run. */
    enum After {
        /** Nothing: the failed scenario's recording is there. */
        UNTOUCHED,
        /** The cassette was deleted. */
        DELETED,
        /** Other bytes, written with times up to the refusal (a copy that kept its times). */
        REWRITTEN_WITH_OLD_TIMES,
        /** Recorded afresh: something in it modified after the refusal. */
        RECORDED_SINCE,
        /** The saved state's very bytes, modified after the refusal. */
        SAME_BYTES_SINCE
    }

    @Provide
    Arbitrary<Map<String, String>> contents() {
        Arbitrary<String> text = Arbitraries.of("a", "b", "c", "");
        return Arbitraries.maps(Arbitraries.of("1.yaml", "2.yaml", "sub/3.yaml"), text)
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(TreeMap::new);
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void aKeptCopyGoesBackOverTheFailedRecordingButNeverOverOneMadeSince(
            @ForAll boolean folder,
            @ForAll boolean absentBefore,
            @ForAll boolean aside,
            @ForAll boolean handles,
            @ForAll After after,
            @ForAll("contents") Map<String, String> previous,
            @ForAll("contents") Map<String, String> failed,
            @ForAll("contents") Map<String, String> recorded,
            @ForAll @LongRange(min = 0, max = 5_000) long olderByMillis,
            @ForAll @LongRange(min = 1, max = 5_000) long newerByMicros,
            @ForAll boolean newerIsTheFolderItself)
            throws IOException {
        Statistics.collect(after, absentBefore ? "absent before" : "saved");
        try (Sandbox box = new Sandbox()) {
            Path place = box.cassettes.resolve("c");
            Instant older = REFUSED.minusMillis(olderByMillis);
            Instant newer = REFUSED.plusNanos(newerByMicros * 1000);
            put(place, folder, failed, older, null);
            WorkFolder dead = WorkFolder.at(box.work, box.cassettes, "dead");
            dead.ensureRun();
            if (!absentBefore) {
                put(box.work.resolve("dead/copies/1"), folder, previous, older, null);
            }
            dead.journal()
                    .write(
                            JournalEntry.of(
                                            1,
                                            aside ? JournalEntry.ASIDE : JournalEntry.SNAPSHOT,
                                            absentBefore ? "absent" : "held",
                                            dead.cassetteDir(),
                                            path("c"))
                                    .with(JournalEntry.REFUSED, REFUSED.toString()));
            dead.close();

            switch (after) {
                case DELETED:
                    TestFiles.deleteTree(place);
                    break;
                case REWRITTEN_WITH_OLD_TIMES:
                    put(place, folder, recorded, older, null);
                    break;
                case RECORDED_SINCE:
                    // In a folder, one file is newer, or the folder itself (an entry removed).
                    put(place, folder, recorded, older, newerIsTheFolderItself ? null : newer);
                    if (!folder || newerIsTheFolderItself) {
                        Files.setLastModifiedTime(place, FileTime.from(newer));
                    }
                    break;
                case SAME_BYTES_SINCE:
                    put(place, folder, previous, newer, null);
                    break;
                default:
                    break;
            }
            Map<String, String> before = TreeState.of(box.cassettes);
            boolean sameAsSaved =
                    !absentBefore
                            && before.equals(
                                    renamed(TreeState.of(box.work.resolve("dead/copies")), "c"));

            WorkFolder next = WorkFolder.at(box.work, box.cassettes, "next");
            List<Repair> repairs = next.recover(handles);
            next.close();

            boolean since =
                    (after == After.RECORDED_SINCE || after == After.SAME_BYTES_SINCE)
                            && !sameAsSaved;
            if (since) {
                assertThat(TreeState.of(box.cassettes))
                        .as("the recording made since stays")
                        .isEqualTo(before);
            } else if (absentBefore) {
                assertThat(TreeState.of(box.cassettes)).as("absent, as before").isEmpty();
            } else {
                put(box.root.resolve("expected/c"), folder, previous, older, null);
                assertThat(TreeState.of(box.cassettes))
                        .as("the saved state is back")
                        .isEqualTo(TreeState.of(box.root.resolve("expected")));
            }
            boolean waits = since && !absentBefore;
            assertThat(repairs)
                    .singleElement()
                    .satisfies(r -> assertThat(r.waits()).isEqualTo(waits));
            assertThat(box.work.resolve("dead/copies/1"))
                    .as("the copy stays exactly while a newer recording stands")
                    .matches(copy -> Files.exists(copy) == waits);
            assertThat(box.work.resolve("dead"))
                    .as("the entry stays with it")
                    .matches(run -> Files.exists(run) == waits);
        }
    }

    /** A state of the copies folder as if its copy "1" were named {@code name}. */
    private static Map<String, String> renamed(Map<String, String> copies, String name) {
        Map<String, String> state = new TreeMap<>();
        copies.forEach((k, v) -> state.put(name + k.substring(1), v));
        return state;
    }

    /**
     * Writes a cassette: a folder of the given files, or a file of their bytes run together; every
     * entry modified at {@code time}, but {@code newer} (if any) for the first file.
     */
    private static void put(
            Path place, boolean folder, Map<String, String> files, Instant time, Instant newer)
            throws IOException {
        if (Files.exists(place, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            TestFiles.deleteTree(place);
        }
        if (!folder) {
            TestFiles.write(place, String.join("|", files.values()));
            Files.setLastModifiedTime(place, FileTime.from(time));
            return;
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            written.add(TestFiles.write(place.resolve(file.getKey()), file.getValue()));
        }
        for (Path file : written) {
            Files.setLastModifiedTime(file, FileTime.from(time));
        }
        if (newer != null) {
            Files.setLastModifiedTime(written.get(0), FileTime.from(newer));
        }
        if (Files.isDirectory(place.resolve("sub"))) {
            Files.setLastModifiedTime(place.resolve("sub"), FileTime.from(time));
        }
        Files.setLastModifiedTime(place, FileTime.from(time));
    }
}
