package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/** A namer for tests that fails for scenarios whose name contains "explode". */
public class ThrowingNamer implements ScenarioCassetteNamer {
    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        if (scenario.getName().contains("explode")) {
            throw new IllegalStateException("namer exploded on purpose");
        }
        return List.of(Path.of("thrown", scenario.getName() + ".yaml"));
    }

    @Override
    public String toString() {
        return "ThrowingNamer";
    }
}
