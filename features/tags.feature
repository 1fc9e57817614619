Feature: Tags select the cassettes
  `@vcr-delete-on-fail` selects the scenario's default cassette, `@vcr-delete-on-fail:<path>`
  a file or folder relative to the cassette folder (repeatable, combined with the bare tag),
  and `@keep-cassette` keeps everything. Tags are inherited from Feature, Rule, Scenario
  Outline and Examples, the Gherkin way.

  Scenario: Without any of the plugin's tags nothing is touched
    Given the cassette "plain/Fails.yaml" exists
    And the feature file "plain.feature":
      """
      Feature: Plain
        @wip
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "plain/Fails.yaml" is untouched
    And the plugin logs nothing at INFO or above

  Scenario: Path tags and the bare tag combine
    Given the cassettes exist:
      | combined/Fails.yaml |
      | shared/users.yaml   |
      | shared/orders.yaml  |
      | shared/other.yaml   |
    And the feature file "combined.feature":
      """
      Feature: Combined
        @vcr-delete-on-fail @vcr-delete-on-fail:shared/users.yaml @vcr-delete-on-fail:shared/orders.yaml
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | shared/other.yaml |
      | combined/ |

  Scenario: A path tag alone does not select the default cassette
    Given the cassettes exist:
      | only/Fails.yaml   |
      | shared/users.yaml |
    And the feature file "only.feature":
      """
      Feature: Only
        @vcr-delete-on-fail:shared/users.yaml
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | only/Fails.yaml |
      | shared/ |

  Scenario: A path tag can name a folder cassette, such as a WireMock recording
    Given the folder cassette "wiremock/users" exists
    And the feature file "folder.feature":
      """
      Feature: Folder
        @vcr-delete-on-fail:wiremock/users
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "wiremock/users" is gone
    And the cassette folder holds exactly:
      | wiremock/ |

  Scenario: @keep-cassette wins over every other tag, wherever it is inherited from
    Given the cassettes exist:
      | keep/Fails.yaml   |
      | shared/users.yaml |
    And the feature file "keep.feature":
      """
      @keep-cassette
      Feature: Keep
        @vcr-delete-on-fail @vcr-delete-on-fail:shared/users.yaml
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "keep/Fails.yaml" is untouched
    And the cassette "shared/users.yaml" is untouched
    And the summary lists the cassettes:
      | outcome     | cassette                      |
      | kept by tag | all cassettes of the scenario |

  Scenario: Tags are inherited from Feature, Rule, Scenario Outline and Examples
    Given the cassettes exist:
      | from-feature.yaml |
      | from-rule.yaml    |
      | from-outline.yaml |
      | from-examples-1.yaml |
      | from-examples-2.yaml |
      | untagged-rule.yaml   |
    And the feature file "inheritance.feature":
      """
      @vcr-delete-on-fail:from-feature.yaml
      Feature: Inheritance

        @vcr-delete-on-fail:from-rule.yaml
        Rule: Tagged rule
          @vcr-delete-on-fail:from-outline.yaml
          Scenario Outline: Row <row>
            When a step <result>

            @vcr-delete-on-fail:from-examples-1.yaml
            Examples: first
              | row | result |
              | 1   | passes |

            @vcr-delete-on-fail:from-examples-2.yaml
            Examples: second
              | row | result |
              | 2   | fails  |
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | from-examples-1.yaml |
      | untagged-rule.yaml   |
