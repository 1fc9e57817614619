package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * A namer for tests that names paths a tag could not use (outside the cassette folder, a
 * right-to-left override, a backslash, a Windows drive), and a safe one.
 */
public class EscapingNamer implements ScenarioCassetteNamer {
    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        return List.of(
                Path.of("../outside/secrets.yaml"),
                Path.of("evil\u202Elmay.yaml"),
                Path.of("back\\slash.yaml"),
                Path.of("C:drive.yaml"),
                Path.of("safe.yaml"));
    }

    @Override
    public String toString() {
        return "EscapingNamer";
    }
}
