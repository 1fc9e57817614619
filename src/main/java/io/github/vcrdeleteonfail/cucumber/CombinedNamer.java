package io.github.vcrdeleteonfail.cucumber;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names the cassettes of several namers, in order, without duplicates. */
final class CombinedNamer implements ScenarioCassetteNamer {

    private final List<ScenarioCassetteNamer> namers;

    CombinedNamer(List<ScenarioCassetteNamer> namers) {
        this.namers = List.copyOf(namers);
    }

    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        Set<Path> names = new LinkedHashSet<>();
        for (ScenarioCassetteNamer namer : namers) {
            names.addAll(namer.cassettesFor(scenario));
        }
        return new ArrayList<>(names);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (ScenarioCassetteNamer namer : namers) {
            text.append(text.length() == 0 ? "" : " and ").append(namer);
        }
        return text.toString();
    }
}
