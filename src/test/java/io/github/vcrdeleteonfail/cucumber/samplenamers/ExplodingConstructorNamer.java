package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/** A namer for tests whose constructor fails. */
public class ExplodingConstructorNamer implements ScenarioCassetteNamer {
    public ExplodingConstructorNamer() {
        throw new IllegalStateException("constructor failed on purpose");
    }

    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        return List.of();
    }
}
