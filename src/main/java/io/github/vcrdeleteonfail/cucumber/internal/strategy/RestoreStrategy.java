package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.CassettePath;
import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.files.Undo;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * {@code on-failure: restore}: copies the selected cassettes before the unit writes them, and on
 * failure undoes exactly what it did: removes what it created, puts back what it changed, leaves
 * the rest. The copies go when the unit ends.
 */
@API(status = API.Status.INTERNAL)
public final class RestoreStrategy implements Strategy {

    private final CassetteFolder folder;

    /**
     * Creates the strategy.
     *
     * @param folder the cassette folder
     */
    public RestoreStrategy(CassetteFolder folder) {
        this.folder = requireNonNull(folder, "folder");
    }

    @Override
    public boolean prepares() {
        return true;
    }

    @Override
    public Unit open(String key) {
        return new RestoreUnit(folder, key);
    }

    private static final class RestoreUnit implements Unit {
        private final CassetteFolder folder;
        private final String key;
        private final Map<CassettePath, String> unsaved = new HashMap<>();
        private final List<CassettePath> saved = new ArrayList<>();
        private final Map<CassettePath, Boolean> folders = new HashMap<>();
        private Undo undo;

        RestoreUnit(CassetteFolder folder, String key) {
            this.folder = folder;
            this.key = key;
        }

        @Override
        public synchronized List<Handled> prepare(List<Target> targets) {
            List<Handled> problems = new ArrayList<>();
            for (Target target : targets) {
                if (undo == null) {
                    undo = folder.begin(key);
                }
                FileResult result = undo.snapshot(target.path());
                if (result.wasFolder() != null) {
                    folders.put(target.path(), result.wasFolder());
                }
                switch (result.kind()) {
                    case REFUSED:
                    case BUSY:
                    case FAILED:
                        unsaved.put(target.path(), result.detail());
                        problems.add(
                                new Handled(
                                        target,
                                        Outcomes.problem(result.kind(), Outcome.RESTORE_FAILED),
                                        "no copy could be taken before it was written ("
                                                + result.detail()
                                                + "); if the scenario fails, it is left as it is"));
                        break;
                    default:
                        saved.add(target.path());
                }
            }
            return problems;
        }

        @Override
        public synchronized Boolean sawFolder(CassettePath cassette) {
            return folders.get(cassette);
        }

        @Override
        public synchronized List<Handled> fail(List<Target> targets, FailureNote note) {
            List<Handled> handled = new ArrayList<>();
            Map<CassettePath, Target> byPath = new HashMap<>();
            for (Target target : targets) {
                byPath.put(target.path(), target);
                if (!covered(target.path())) {
                    String why = unsaved.get(target.path());
                    handled.add(
                            new Handled(
                                    target,
                                    Outcome.RESTORE_FAILED,
                                    why != null
                                            ? "no copy was taken before it was written ("
                                                    + why
                                                    + "); left as it is"
                                            : "no copy was taken when the scenario started"
                                                    + " (register cassettes before recording"
                                                    + " them); left as it is"));
                }
            }
            if (undo != null) {
                for (Undo.Restoration restored : undo.restoreAll()) {
                    Target target =
                            byPath.getOrDefault(
                                    restored.cassette(),
                                    new Target(restored.cassette(), "a copy taken earlier"));
                    FileResult result = restored.result();
                    handled.add(new Handled(target, outcome(result.kind()), result.detail()));
                }
            }
            return handled;
        }

        private boolean covered(CassettePath path) {
            for (CassettePath copy : saved) {
                if (path.isWithin(copy)) {
                    return true;
                }
            }
            return false;
        }

        private static Outcome outcome(FileResult.Kind kind) {
            switch (kind) {
                case RESTORED:
                case PUT_BACK:
                    return Outcome.RESTORED;
                case REMOVED_CREATED:
                case DELETED:
                    return Outcome.DELETED;
                case UNCHANGED:
                case ABSENT:
                    return Outcome.UNCHANGED;
                default:
                    return Outcomes.problem(kind, Outcome.RESTORE_FAILED);
            }
        }

        @Override
        public synchronized void close() {
            if (undo != null) {
                undo.close();
                undo = null;
            }
        }
    }
}
