package io.github.vcrdeleteonfail.cucumber;

import static java.util.Objects.requireNonNull;

import io.cucumber.java.Scenario;
import io.github.vcrdeleteonfail.cucumber.internal.run.PluginRun;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable view of one scenario: what namers name cassettes from. The plugin builds it from
 * Cucumber's {@code TestCase}, glue code from {@code io.cucumber.java.Scenario} ({@link
 * #from(Scenario)}) or {@code Cassettes.currentScenario()}; all give equal values for one scenario,
 * so both sides name the same cassettes.
 */
public final class ScenarioInfo {

    private final String id;
    private final String name;
    private final URI uri;
    private final int line;
    private final List<String> tags;
    private final ExampleRow exampleRow;

    private ScenarioInfo(
            String id, String name, URI uri, int line, Collection<String> tags, ExampleRow row) {
        this.id = requireNonNull(id, "id");
        this.name = requireNonNull(name, "name");
        this.uri = requireNonNull(uri, "uri");
        this.line = line;
        this.tags = List.copyOf(requireNonNull(tags, "tags"));
        this.exampleRow = row;
    }

    /**
     * Creates a view from explicit values, for tests of custom namers.
     *
     * @param id the scenario's id
     * @param name the scenario's name, placeholders of an outline already replaced
     * @param uri the feature file's URI
     * @param line the line of the scenario, or of the example row for an outline example
     * @param tags the scenario's tags including inherited ones, each starting with {@code @}
     * @param exampleRow the example row when the scenario is a row of a Scenario Outline, else null
     * @return the view
     */
    public static ScenarioInfo of(
            String id,
            String name,
            URI uri,
            int line,
            Collection<String> tags,
            ExampleRow exampleRow) {
        return new ScenarioInfo(id, name, uri, line, tags, exampleRow);
    }

    /**
     * Creates the view of a scenario, as glue code sees it; names computed from it equal the
     * plugin's. An outline row is recognised from the Gherkin structure the plugin received, so the
     * row is known only while the plugin is registered in the same run.
     *
     * @param scenario the scenario passed to a hook or step
     * @return the view
     */
    public static ScenarioInfo from(Scenario scenario) {
        requireNonNull(scenario, "scenario");
        String id = scenario.getId();
        PluginRun run = ActiveRuns.acting(id, "ScenarioInfo.from");
        if (run != null) {
            return run.scenario(
                    id,
                    scenario.getName(),
                    scenario.getUri(),
                    scenario.getLine(),
                    scenario.getSourceTagNames());
        }
        return new ScenarioInfo(
                id,
                scenario.getName(),
                scenario.getUri(),
                scenario.getLine(),
                scenario.getSourceTagNames(),
                null);
    }

    /**
     * Returns the scenario's id, unique within a run.
     *
     * @return the id ({@code TestCase.getId().toString()}, equal to {@code Scenario.getId()})
     */
    public String getId() {
        return id;
    }

    /**
     * Returns the scenario's name; for an outline example, with its placeholders replaced.
     *
     * @return the name, possibly empty
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the URI of the feature file.
     *
     * @return the URI, for example {@code file:/repo/features/login.feature} or {@code
     *     classpath:features/login.feature}
     */
    public URI getUri() {
        return uri;
    }

    /**
     * Returns the line of the scenario in its feature file (the example row's line for outlines).
     *
     * @return the 1-based line
     */
    public int getLine() {
        return line;
    }

    /**
     * Returns the tags of the scenario, inherited ones included, each starting with {@code @}.
     *
     * @return an unmodifiable list
     */
    public List<String> getTags() {
        return tags;
    }

    /**
     * Returns where the scenario sits in its Scenario Outline, when it is an outline example.
     *
     * @return the example row, or empty for a plain scenario
     */
    public Optional<ExampleRow> getExampleRow() {
        return Optional.ofNullable(exampleRow);
    }

    /**
     * Returns the feature file's name without folder and without the {@code .feature} suffix.
     *
     * @return for example {@code login} for {@code classpath:features/login.feature}
     */
    public String getFeatureName() {
        String path = uri.isOpaque() ? uri.getSchemeSpecificPart() : uri.getPath();
        if (path == null) {
            path = uri.toString();
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".feature") ? file.substring(0, file.length() - 8) : file;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ScenarioInfo)) {
            return false;
        }
        ScenarioInfo that = (ScenarioInfo) o;
        return line == that.line
                && id.equals(that.id)
                && name.equals(that.name)
                && uri.equals(that.uri)
                && tags.equals(that.tags)
                && Objects.equals(exampleRow, that.exampleRow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, uri, line, tags, exampleRow);
    }

    @Override
    public String toString() {
        return "\"" + name + "\" (" + location() + ")";
    }

    /**
     * Returns the scenario's location for messages.
     *
     * @return {@code <feature uri>:<line>}
     */
    public String location() {
        return uri + ":" + line;
    }

    /** The position of an outline example: which Examples block, which row. */
    public static final class ExampleRow {
        private final int examplesIndex;
        private final int rowIndex;

        private ExampleRow(int examplesIndex, int rowIndex) {
            if (examplesIndex < 1 || rowIndex < 1) {
                throw new IllegalArgumentException(
                        "example positions are 1-based, got examples "
                                + examplesIndex
                                + ", row "
                                + rowIndex);
            }
            this.examplesIndex = examplesIndex;
            this.rowIndex = rowIndex;
        }

        /**
         * Creates an example row position.
         *
         * @param examplesIndex the 1-based index of the Examples block within its outline
         * @param rowIndex the 1-based index of the row within its Examples block (header excluded)
         * @return the position
         */
        public static ExampleRow of(int examplesIndex, int rowIndex) {
            return new ExampleRow(examplesIndex, rowIndex);
        }

        /**
         * Returns the 1-based index of the Examples block within its Scenario Outline.
         *
         * @return the index
         */
        public int getExamplesIndex() {
            return examplesIndex;
        }

        /**
         * Returns the 1-based index of the row within its Examples block, header excluded.
         *
         * @return the index
         */
        public int getRowIndex() {
            return rowIndex;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ExampleRow
                    && ((ExampleRow) o).examplesIndex == examplesIndex
                    && ((ExampleRow) o).rowIndex == rowIndex;
        }

        @Override
        public int hashCode() {
            return 31 * examplesIndex + rowIndex;
        }

        @Override
        public String toString() {
            return "examples " + examplesIndex + ", row " + rowIndex;
        }
    }
}
