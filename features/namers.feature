Feature: Pluggable namers
  The default cassettes come from a `ScenarioCassetteNamer`: the class named by the key `namer`
  (public no-argument constructor), else the single namer registered for `java.util.ServiceLoader`
  in `META-INF/services/io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer`, else
  `DefaultCassetteNamer`. Namers compose: `withSuffixes(".enc")` adds suffixed twins, `and(other)`
  adds another namer's names. A namer that fails or names an unsafe path for one scenario is
  reported, and the run goes on.

  Background:
    Given the feature file "namers.feature":
      """
      @vcr-delete-on-fail
      Feature: Namers
        Scenario: Fails
          When a step fails
      """

  Scenario: A namer chosen by class name
    Given the cassettes exist:
      | flat/Fails.json    |
      | namers/Fails.yaml  |
    And the plugin configuration:
      """
      namer: io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | namers/Fails.yaml |
      | flat/ |

  Scenario: A namer registered for ServiceLoader
    Given the cassettes exist:
      | flat/Fails.json    |
      | namers/Fails.yaml  |
    And the classpath resource "META-INF/services/io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer":
      """
      # found by java.util.ServiceLoader
      io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | namers/Fails.yaml |
      | flat/ |

  Scenario: A composed namer deletes the encrypted and the clear-text cassette
    Given the cassettes exist:
      | namers/Fails.yaml     |
      | namers/Fails.yaml.enc |
      | namers/Other.yaml     |
    And the plugin configuration:
      """
      namer: io.github.vcrdeleteonfail.cucumber.samplenamers.EncryptedNamer
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | namers/Other.yaml |

  Scenario: A namer that throws for one scenario is reported, and the run goes on
    Given the cassettes exist:
      | thrown/Fails.yaml |
      | shared/explode.yaml |
    And the feature file "namers.feature":
      """
      @vcr-delete-on-fail
      Feature: Namers
        @vcr-delete-on-fail:shared/explode.yaml
        Scenario: Names explode
          When a step fails
        Scenario: Fails
          When a step fails
      """
    And the plugin configuration:
      """
      namer: io.github.vcrdeleteonfail.cucumber.samplenamers.ThrowingNamer
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | shared/ |
      | thrown/ |
    And the plugin warns:
      """
      Cassette default cassettes namer failed for failed scenario "Names explode"
      """
    And the plugin warns:
      """
      the namer ThrowingNamer threw java.lang.IllegalStateException: namer exploded on purpose; fix the namer (the scenario's other cassettes were handled)
      """

  Scenario: Paths from a namer get the same checks as tag paths, each refused on its own
    Given the file "secrets.yaml" outside the cassette folder
    And the cassette "safe.yaml" exists
    And the plugin configuration:
      """
      namer: io.github.vcrdeleteonfail.cucumber.samplenamers.EscapingNamer
      """
    When Cucumber runs the features
    Then the cassette "safe.yaml" is gone
    And every file outside the cassette folder is untouched
    And the plugin warns:
      """
      Cassette ../outside/secrets.yaml refused as unsafe for failed scenario "Fails"
      """
    And the plugin warns:
      """
      Cassette evil\u202Elmay.yaml refused as unsafe for failed scenario "Fails"
      the path contains the invisible format character U+202E
      """
    And the plugin warns:
      """
      Cassette back\slash.yaml refused as unsafe for failed scenario "Fails"
      backslash
      """
    And the plugin warns:
      """
      Cassette C:drive.yaml refused as unsafe for failed scenario "Fails"
      Windows drive
      """

  Scenario Outline: A namer that cannot be used fails the run before any scenario starts: <problem>
    Given the plugin configuration:
      """
      namer: <class>
      """
    When Cucumber runs the features
    Then the run fails before any scenario starts, saying:
      """
      the key 'namer' from file <tmp>/vcr-default-test.yaml must be the name of a class implementing io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer with a public no-argument constructor, but it is the text '<class>', a class that <message>
      """

    Examples:
      | problem            | class                                                                      | message                                                                        |
      | missing            | com.example.MissingNamer                                                   | is not on the test classpath (check the spelling, package included)            |
      | not a namer        | io.github.vcrdeleteonfail.cucumber.samplenamers.NotANamer                  | does not implement ScenarioCassetteNamer                                       |
      | no constructor     | io.github.vcrdeleteonfail.cucumber.samplenamers.NoDefaultConstructorNamer  | has no public no-argument constructor                                          |
      | constructor throws | io.github.vcrdeleteonfail.cucumber.samplenamers.ExplodingConstructorNamer  | threw java.lang.IllegalStateException: constructor failed on purpose from its constructor |
      | an interface       | io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer                   | is abstract                                                                    |

  Scenario: Several namers registered for ServiceLoader must be chosen between
    Given the classpath resource "META-INF/services/io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer":
      """
      io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer
      io.github.vcrdeleteonfail.cucumber.samplenamers.EncryptedNamer
      """
    When Cucumber runs the features
    Then the run fails before any scenario starts, saying:
      """
      several namers are registered in META-INF/services/io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer: [io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer, io.github.vcrdeleteonfail.cucumber.samplenamers.EncryptedNamer]. Choose one with the key 'namer'.
      """
