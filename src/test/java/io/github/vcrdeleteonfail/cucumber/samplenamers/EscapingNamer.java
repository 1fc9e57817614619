package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/** A namer for tests that names a path outside the cassette folder, and a safe one. */
public class EscapingNamer implements ScenarioCassetteNamer {
    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        return List.of(Path.of("../outside/secrets.yaml"), Path.of("safe.yaml"));
    }

    @Override
    public String toString() {
        return "EscapingNamer";
    }
}
