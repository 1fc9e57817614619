package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** {@code on-failure: delete}: removes every selected cassette; a passing unit costs nothing. */
@API(status = API.Status.INTERNAL)
public final class DeleteStrategy implements Strategy, Strategy.Unit {

    private final CassetteFolder folder;

    /**
     * Creates the strategy.
     *
     * @param folder the cassette folder
     */
    public DeleteStrategy(CassetteFolder folder) {
        this.folder = requireNonNull(folder, "folder");
    }

    @Override
    public boolean prepares() {
        return false;
    }

    @Override
    public Unit open(String key) {
        return this;
    }

    @Override
    public List<Handled> prepare(List<Target> targets) {
        return List.of();
    }

    @Override
    public List<Handled> fail(List<Target> targets, FailureNote note) {
        List<Handled> handled = new ArrayList<>(targets.size());
        for (Target target : targets) {
            FileResult result = folder.delete(target.path());
            handled.add(
                    new Handled(
                            target, outcome(result.kind()), result.detail(), result.wasFolder()));
        }
        return handled;
    }

    private static Outcome outcome(FileResult.Kind kind) {
        switch (kind) {
            case DELETED:
                return Outcome.DELETED;
            case ABSENT:
                return Outcome.NOTHING_TO_DELETE;
            default:
                return Outcomes.problem(kind, Outcome.DELETE_FAILED);
        }
    }

    @Override
    public void close() {}
}
