package io.github.vcrdeleteonfail.cucumber.internal.gherkin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Node;
import io.github.vcrdeleteonfail.cucumber.DefaultCassetteNamer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameCollisionsTest {

    private static final URI USERS = URI.create("file:/repo/features/users.feature");

    private final NameCollisions collisions =
            new NameCollisions(new DefaultCassetteNamer()::cassettesFor, true);

    // --- within one feature file ---

    @Test
    void warnsAboutTwoScenariosWhoseNamesDifferOnlyInReplacedCharacters() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        scenario("Fetch user!", 3),
                                        scenario("List users", 6),
                                        scenario("Fetch user?", 9))));

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .contains("\"Fetch user!\" (line 3) and \"Fetch user?\" (line 9)")
                .contains("of " + USERS)
                .contains("share the default cassette " + Path.of("users", "Fetch_user_.yaml"))
                .contains("Rename one of them")
                .doesNotContain("List users");
    }

    @Test
    void escapesInvisibleCharactersOfTheNamesInTheWarning() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        scenario("Fetch\u202euser!", 3),
                                        scenario("Fetch\u202euser?", 9))));

        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("\"Fetch\\u202Euser!\" (line 3) and \"Fetch\\u202Euser?\" (line 9)")
                .doesNotContain("\u202e");
    }

    @Test
    void warnsAboutNamesThatDifferOnlyInLetterCase() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        scenario("Fetch user", 3),
                                        scenario("fetch USER", 5))));

        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("\"Fetch user\" (line 3) and \"fetch USER\" (line 5)")
                .contains("in letter case");
    }

    @Test
    void namesEveryScenarioOfAGroupSharingOneCassette() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        scenario("a b", 2),
                                        scenario("a-b", 4),
                                        scenario("a.b", 6),
                                        scenario("a  b", 8))));

        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("\"a b\" (line 2) and \"a.b\" (line 6) and \"a  b\" (line 8)")
                .doesNotContain("\"a-b\"");
    }

    @Test
    void warnsOncePerCollidingGroup() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        scenario("Fetch user!", 3),
                                        scenario("Fetch user?", 5),
                                        scenario("Delete user (soft)", 7),
                                        scenario("Delete user [soft]", 9))));

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("Fetch_user_.yaml");
        assertThat(warnings.get(1)).contains("Delete_user_soft_.yaml");
    }

    @Test
    void saysNothingAboutDistinctNames() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        scenario("Fetch user", 3),
                                        scenario("Fetch users", 6),
                                        scenario("Fetch-user", 9))));

        assertThat(warnings).isEmpty();
    }

    @Test
    void warnsAboutTwoOutlinesWithTheSameSanitisedName() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        outline("Log in as admin!", 3, examples(5, example(7))),
                                        outline(
                                                "Log in as admin?",
                                                10,
                                                examples(12, example(14))))));

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .contains(
                        "\"Log in as admin! (outline)\" (line 3) and \"Log in as admin? (outline)\""
                                + " (line 10)")
                .contains(Path.of("users", "Log_in_as_admin___examples-1-row-1.yaml").toString());
    }

    @Test
    void skipsOutlinesWithPlaceholdersInTheirNames() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        outline("Log in as <role>!", 3, examples(5, example(7))),
                                        outline("Log in as <role>?", 10, examples(12, example(14))),
                                        outline(
                                                "Log in as <role>",
                                                17,
                                                examples(19, example(21))))));

        assertThat(warnings).isEmpty();
    }

    @Test
    void doesNotConfuseAnOutlineWithAScenarioOfTheSameName() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        scenario("Log in!", 3),
                                        outline("Log in?", 6, examples(8, example(10))))));

        assertThat(warnings).isEmpty();
    }

    @Test
    void checksScenariosInsideRules() {
        List<String> warnings =
                collisions.check(
                        USERS,
                        List.of(
                                feature(
                                        "Users",
                                        rule("Admins", 2, scenario("Fetch user!", 4)),
                                        rule(
                                                "Guests",
                                                8,
                                                scenario("Fetch user?", 10),
                                                outline("Browse!", 12, examples(14, example(16))),
                                                outline(
                                                        "Browse?",
                                                        18,
                                                        examples(20, example(22)))))));

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0))
                .contains("\"Fetch user!\" (line 4) and \"Fetch user?\" (line 10)");
        assertThat(warnings.get(1))
                .contains("\"Browse! (outline)\" (line 12) and \"Browse? (outline)\" (line 18)");
    }

    @Test
    void comparesScenariosOfOneFileOnly() {
        URI orders = URI.create("file:/repo/features/orders.feature");

        assertThat(collisions.check(USERS, List.of(feature("Users", scenario("Fetch!", 3)))))
                .isEmpty();
        assertThat(collisions.check(orders, List.of(feature("Orders", scenario("Fetch?", 3)))))
                .isEmpty();
    }

    // --- feature files with the same name ---

    @Test
    void warnsAboutFeatureFilesWithTheSameNameInDifferentFolders() {
        URI admin = URI.create("file:/repo/features/admin/users.feature");
        URI shop = URI.create("file:/repo/features/shop/users.feature");

        List<String> first =
                collisions.check(admin, List.of(feature("Admin users", scenario("Fetch", 3))));
        List<String> second =
                collisions.check(shop, List.of(feature("Shop users", scenario("Browse", 3))));

        assertThat(first).isEmpty();
        assertThat(second).hasSize(1);
        assertThat(second.get(0))
                .contains("The feature files " + admin + " and " + shop)
                .contains("both keep their default cassettes in users/")
                .contains("Rename one of the files");
    }

    @Test
    void warnsAboutTheSameFileNameOnTheClasspathAndInAFolder() {
        URI classpath = URI.create("classpath:features/users.feature");
        URI file = URI.create("file:/repo/other/users.feature");

        collisions.check(classpath, List.of(feature("Users", scenario("Fetch", 3))));

        assertThat(collisions.check(file, List.of(feature("Users", scenario("Fetch", 3)))))
                .singleElement()
                .asString()
                .contains(classpath + " and " + file);
    }

    @Test
    void saysNothingWhenTheSameFeatureFileIsCheckedTwice() {
        List<Node> nodes = List.of(feature("Users", scenario("Fetch", 3)));

        assertThat(collisions.check(USERS, nodes)).isEmpty();
        assertThat(collisions.check(USERS, nodes)).isEmpty();
    }

    @Test
    void saysNothingAboutFeatureFilesWithDifferentNames() {
        collisions.check(USERS, List.of(feature("Users", scenario("Fetch", 3))));

        assertThat(
                        collisions.check(
                                URI.create("file:/repo/features/admin/orders.feature"),
                                List.of(feature("Orders", scenario("Fetch", 3)))))
                .isEmpty();
    }

    @Test
    void remembersNoFolderForAFeatureWithoutScenarios() {
        URI empty = URI.create("file:/repo/features/a/users.feature");
        URI full = URI.create("file:/repo/features/b/users.feature");

        assertThat(collisions.check(empty, List.of(feature("Users")))).isEmpty();
        assertThat(collisions.check(full, List.of(feature("Users", scenario("Fetch", 3)))))
                .isEmpty();
    }

    @Test
    void reportsBothKindsOfCollisionForOneFile() {
        URI admin = URI.create("file:/repo/features/admin/users.feature");
        collisions.check(USERS, List.of(feature("Users", scenario("Fetch", 3))));

        List<String> warnings =
                collisions.check(
                        admin,
                        List.of(feature("Users", scenario("Fetch!", 3), scenario("Fetch?", 5))));

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("\"Fetch!\" (line 3) and \"Fetch?\" (line 5)");
        assertThat(warnings.get(1)).contains("The feature files " + USERS + " and " + admin);
    }

    // --- a minimal Gherkin tree ---

    private static Node.Feature feature(String name, Node... children) {
        return new Feature(name, children);
    }

    private static Node.Rule rule(String name, int line, Node... children) {
        return new Rule(name, line, children);
    }

    private static Node.Scenario scenario(String name, int line) {
        return new Scenario(name, line);
    }

    private static Node.ScenarioOutline outline(String name, int line, Node.Examples... examples) {
        return new Outline(name, line, examples);
    }

    private static Node.Examples examples(int line, Node.Example... rows) {
        return new Examples(line, rows);
    }

    private static Node.Example example(int line) {
        return new Example(line);
    }

    private abstract static class TestNode implements Node {
        private final String keyword;
        private final String name;
        private final Location location;

        TestNode(String keyword, String name, int line) {
            this.keyword = keyword;
            this.name = name;
            this.location = new Location(line, 1);
        }

        @Override
        public Location getLocation() {
            return location;
        }

        @Override
        public Optional<String> getKeyword() {
            return Optional.of(keyword);
        }

        @Override
        public Optional<String> getName() {
            return Optional.ofNullable(name);
        }

        @Override
        public Optional<Node> getParent() {
            return Optional.empty();
        }
    }

    private static final class Feature extends TestNode implements Node.Feature {
        private final List<Node> children;

        Feature(String name, Node... children) {
            super("Feature", name, 1);
            this.children = Arrays.asList(children);
        }

        @Override
        public Collection<Node> elements() {
            return children;
        }
    }

    private static final class Rule extends TestNode implements Node.Rule {
        private final List<Node> children;

        Rule(String name, int line, Node... children) {
            super("Rule", name, line);
            this.children = Arrays.asList(children);
        }

        @Override
        public Collection<Node> elements() {
            return children;
        }
    }

    private static final class Scenario extends TestNode implements Node.Scenario {
        Scenario(String name, int line) {
            super("Scenario", name, line);
        }
    }

    private static final class Outline extends TestNode implements Node.ScenarioOutline {
        private final List<Node.Examples> examples;

        Outline(String name, int line, Node.Examples... examples) {
            super("Scenario Outline", name, line);
            this.examples = Arrays.asList(examples);
        }

        @Override
        public Collection<Node.Examples> elements() {
            return examples;
        }
    }

    private static final class Examples extends TestNode implements Node.Examples {
        private final List<Node.Example> rows;

        Examples(int line, Node.Example... rows) {
            super("Examples", "", line);
            this.rows = Arrays.asList(rows);
        }

        @Override
        public Collection<Node.Example> elements() {
            return rows;
        }
    }

    private static final class Example extends TestNode implements Node.Example {
        Example(int line) {
            super("Example", "", line);
        }
    }
}
