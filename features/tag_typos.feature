Feature: Tags that look like ours but are not
  A tag that is probably a misspelling of the plugin's tags gets a warning with the right
  spelling, once per tag. A misspelt delete tag is ignored; a misspelt keep tag keeps the
  scenario's cassettes, since losing a good recording is worse than keeping a stale one.

  Scenario Outline: A misspelt delete tag is ignored, with a warning: <tag>
    Given the cassette "typos/Fails.yaml" exists
    And the feature file "typos.feature":
      """
      Feature: Typos
        <tag>
        Scenario: Fails
          When a step fails
        <tag>
        Scenario: Fails too
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "typos/Fails.yaml" is untouched
    And the plugin warns exactly once:
      """
      The tag <tag> of "Fails
      looks like a misspelling of <right>; vcr-delete-on-fail ignores it. Write <right> if that is what you meant (warned once per tag).
      """

    Examples:
      | tag                        | right                      |
      | @vcr_delete_on_fail        | @vcr-delete-on-fail        |
      | @VCR-delete-on-fail        | @vcr-delete-on-fail        |
      | @vcr-delete-on-fial        | @vcr-delete-on-fail        |
      | @vcr_delete_on_fail:a.yaml | @vcr-delete-on-fail:a.yaml |

  Scenario: A misspelt keep tag keeps the cassettes, with a warning
    Given the cassette "typos/Fails.yaml" exists
    And the feature file "typos.feature":
      """
      @vcr-delete-on-fail
      Feature: Typos
        @keep-cassettes
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "typos/Fails.yaml" is untouched
    And the plugin warns:
      """
      The tag @keep-cassettes of "Fails" (file://<tmp>/features/typos.feature:4) looks like a misspelling of @keep-cassette; to be safe, scenarios with it keep their cassettes as if tagged @keep-cassette.
      """
    And the summary lists the cassettes:
      | outcome     | cassette                      |
      | kept by tag | all cassettes of the scenario |
