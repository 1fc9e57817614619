package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/** A namer for tests with a recursion bug: it throws StackOverflowError for every scenario. */
public class RecursiveNamer implements ScenarioCassetteNamer {
    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        return cassettesFor(scenario);
    }

    @Override
    public String toString() {
        return "RecursiveNamer";
    }
}
