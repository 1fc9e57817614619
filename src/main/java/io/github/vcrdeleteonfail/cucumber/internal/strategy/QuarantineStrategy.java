package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static java.util.Objects.requireNonNull;

import io.github.vcrdeleteonfail.cucumber.internal.files.CassetteFolder;
import io.github.vcrdeleteonfail.cucumber.internal.files.FileResult;
import io.github.vcrdeleteonfail.cucumber.internal.report.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code on-failure: quarantine}: moves every selected cassette into the run's quarantine folder,
 * with a note of the failure beside it; a passing unit costs nothing.
 */
@API(status = API.Status.INTERNAL)
public final class QuarantineStrategy implements Strategy, Strategy.Unit {

    private final CassetteFolder folder;
    private final Path runFolder;

    /**
     * Creates the strategy.
     *
     * @param folder the cassette folder
     * @param runFolder this run's folder inside {@code quarantine-dir}
     */
    public QuarantineStrategy(CassetteFolder folder, Path runFolder) {
        this.folder = requireNonNull(folder, "folder");
        this.runFolder = requireNonNull(runFolder, "runFolder");
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
            FileResult result =
                    folder.quarantine(
                            target.path(), runFolder, note.forCassette(target.path().toString()));
            handled.add(
                    new Handled(
                            target, outcome(result.kind()), result.detail(), result.wasFolder()));
        }
        return handled;
    }

    private static Outcome outcome(FileResult.Kind kind) {
        switch (kind) {
            case MOVED:
                return Outcome.QUARANTINED;
            case ABSENT:
                return Outcome.NOTHING_TO_DELETE;
            default:
                return Outcomes.problem(kind, Outcome.QUARANTINE_FAILED);
        }
    }

    @Override
    public void close() {}
}
