package io.github.vcrdeleteonfail.cucumber.internal.gherkin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Node;
import io.github.vcrdeleteonfail.cucumber.ScenarioInfo.ExampleRow;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutlineIndexTest {

    private static final URI LOGIN = URI.create("file:/f/login.feature");
    private final OutlineIndex index = new OutlineIndex();

    @Test
    void findsEachRowByItsLineAndForgetsItOnceItsScenarioFinished() {
        index.register(LOGIN, List.of(feature(outline(5, examples(9, 10, 11), examples(15, 16)))));

        assertThat(index.find(LOGIN, 10)).isEqualTo(ExampleRow.of(1, 2));
        assertThat(index.find(LOGIN, 16)).isEqualTo(ExampleRow.of(2, 2));
        assertThat(index.find(LOGIN, 5)).isNull();
        assertThat(index.find(URI.create("file:/f/other.feature"), 10)).isNull();

        index.forget(LOGIN, 10);
        index.forget(LOGIN, 99);

        assertThat(index.find(LOGIN, 10)).isNull();
        assertThat(index.find(LOGIN, 9)).isEqualTo(ExampleRow.of(1, 1));
    }

    @Test
    void aFeatureWithoutOutlinesTakesNoRoomAndReplacesWhatWasKnownOfIt() {
        index.register(LOGIN, List.of(feature(outline(5, examples(9)))));
        index.register(LOGIN, List.of(feature()));

        assertThat(index.find(LOGIN, 9)).isNull();
    }

    @Test
    void findsRowsOfOutlinesInsideRules() {
        index.register(LOGIN, List.of(feature(rule(outline(7, examples(12, 13))))));

        assertThat(index.find(LOGIN, 13)).isEqualTo(ExampleRow.of(1, 2));
    }

    private static Node.Feature feature(Node... children) {
        return new Node.Feature() {
            @Override
            public Collection<Node> elements() {
                return List.of(children);
            }

            @Override
            public Location getLocation() {
                return new Location(1, 1);
            }

            @Override
            public Optional<String> getKeyword() {
                return Optional.of("Feature");
            }

            @Override
            public Optional<String> getName() {
                return Optional.of("F");
            }

            @Override
            public Optional<Node> getParent() {
                return Optional.empty();
            }
        };
    }

    private static Node.Rule rule(Node... children) {
        return new Node.Rule() {
            @Override
            public Collection<Node> elements() {
                return List.of(children);
            }

            @Override
            public Location getLocation() {
                return new Location(3, 1);
            }

            @Override
            public Optional<String> getKeyword() {
                return Optional.of("Rule");
            }

            @Override
            public Optional<String> getName() {
                return Optional.of("R");
            }

            @Override
            public Optional<Node> getParent() {
                return Optional.empty();
            }
        };
    }

    private static Node.ScenarioOutline outline(int line, Node.Examples... examples) {
        return new Node.ScenarioOutline() {
            @Override
            public Collection<Node.Examples> elements() {
                return List.of(examples);
            }

            @Override
            public Location getLocation() {
                return new Location(line, 1);
            }

            @Override
            public Optional<String> getKeyword() {
                return Optional.of("Scenario Outline");
            }

            @Override
            public Optional<String> getName() {
                return Optional.of("O");
            }

            @Override
            public Optional<Node> getParent() {
                return Optional.empty();
            }
        };
    }

    private static Node.Examples examples(int... rowLines) {
        List<Node.Example> rows = new java.util.ArrayList<>();
        for (int rowLine : rowLines) {
            rows.add(
                    new Node.Example() {
                        @Override
                        public Location getLocation() {
                            return new Location(rowLine, 1);
                        }

                        @Override
                        public Optional<String> getKeyword() {
                            return Optional.empty();
                        }

                        @Override
                        public Optional<String> getName() {
                            return Optional.empty();
                        }

                        @Override
                        public Optional<Node> getParent() {
                            return Optional.empty();
                        }
                    });
        }
        return new Node.Examples() {
            @Override
            public Collection<Node.Example> elements() {
                return rows;
            }

            @Override
            public Location getLocation() {
                return new Location(rowLines[0] - 2, 1);
            }

            @Override
            public Optional<String> getKeyword() {
                return Optional.of("Examples");
            }

            @Override
            public Optional<String> getName() {
                return Optional.empty();
            }

            @Override
            public Optional<Node> getParent() {
                return Optional.empty();
            }
        };
    }
}
