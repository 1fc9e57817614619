package io.github.vcrdeleteonfail.cucumber.samplenamers;

import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo;
import java.nio.file.Path;
import java.util.List;

/** A composed namer for tests: the default cassette and its {@code .enc} twin. */
public class EncryptedNamer implements ScenarioCassetteNamer {
    private final ScenarioCassetteNamer delegate = new DefaultCassetteNamer().withSuffixes(".enc");

    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        return delegate.cassettesFor(scenario);
    }
}
