package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Names a namer's cassettes plus suffixed variants of each; see {@link ScenarioCassetteNamer}. */
final class SuffixVariantsNamer implements ScenarioCassetteNamer {

    private final ScenarioCassetteNamer delegate;
    private final List<String> suffixes;

    SuffixVariantsNamer(ScenarioCassetteNamer delegate, List<String> suffixes) {
        this.delegate = requireNonNull(delegate, "delegate");
        for (String suffix : suffixes) {
            if (suffix.isEmpty() || suffix.contains("/") || suffix.contains("\\")) {
                throw new IllegalArgumentException(
                        "Invalid cassette suffix '"
                                + suffix
                                + "': a suffix is appended to a file name, such as '.enc'; it"
                                + " must not be empty or contain '/' or '\\'");
            }
        }
        this.suffixes = List.copyOf(suffixes);
    }

    @Override
    public List<Path> cassettesFor(ScenarioInfo scenario) {
        List<Path> names = delegate.cassettesFor(scenario);
        List<Path> result = new ArrayList<>(names.size() * (suffixes.size() + 1));
        for (Path name : names) {
            result.add(name);
            for (String suffix : suffixes) {
                result.add(name.resolveSibling(name.getFileName() + suffix));
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return delegate + " with suffixes " + suffixes;
    }
}
