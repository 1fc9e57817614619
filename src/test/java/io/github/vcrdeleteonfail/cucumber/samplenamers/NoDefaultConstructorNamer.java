package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/** A namer for tests that cannot be created by class name. */
public class NoDefaultConstructorNamer implements ScenarioCassetteNamer {
    private final String folder;

    public NoDefaultConstructorNamer(String folder) {
        this.folder = folder;
    }

    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        return List.of(Path.of(folder, scenario.getName()));
    }
}
