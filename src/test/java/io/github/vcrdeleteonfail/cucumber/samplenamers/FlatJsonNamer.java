package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/** A custom namer for tests: {@code flat/<sanitised scenario name>.json}. */
public class FlatJsonNamer implements ScenarioCassetteNamer {
    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        return List.of(
                Path.of("flat", DefaultCassetteNamer.sanitise(scenario.getName()) + ".json"));
    }

    @Override
    public String toString() {
        return "FlatJsonNamer";
    }
}
