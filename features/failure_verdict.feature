Feature: Which scenarios count as failed
  A tagged scenario's cassettes are deleted when its final status is FAILED, PENDING,
  UNDEFINED or AMBIGUOUS: the same rule as Cucumber's own rerun plugin. Failures in Before,
  After, BeforeStep and AfterStep hooks count. SKIPPED (a failed assumption) and PASSED do not.
  Cassettes are deleted only after all of the scenario's After hooks have run.

  Scenario: Failed, pending, undefined and ambiguous scenarios lose their cassettes
    Given the cassettes exist:
      | statuses/Passes.yaml       |
      | statuses/Fails.yaml        |
      | statuses/Is_pending.yaml   |
      | statuses/Is_undefined.yaml |
      | statuses/Is_ambiguous.yaml |
      | statuses/Is_skipped.yaml   |
    And the feature file "statuses.feature":
      """
      @vcr-delete-on-fail
      Feature: Statuses
        Scenario: Passes
          When a step passes
        Scenario: Fails
          When a step fails
        Scenario: Is pending
          When a step is pending
        Scenario: Is undefined
          When a step nobody wrote
        Scenario: Is ambiguous
          When an ambiguous step
        Scenario: Is skipped
          When an assumption fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | statuses/Passes.yaml     |
      | statuses/Is_skipped.yaml |
    And the summary lists the cassettes:
      | outcome | cassette                   |
      | deleted | statuses/Fails.yaml        |
      | deleted | statuses/Is_pending.yaml   |
      | deleted | statuses/Is_undefined.yaml |
      | deleted | statuses/Is_ambiguous.yaml |

  Scenario Outline: A failure in a <hook> hook fails the scenario
    Given the cassette "hooks/Hook_fails.yaml" exists
    And the feature file "hooks.feature":
      """
      Feature: Hooks
        @vcr-delete-on-fail @fail-in-<tag>
        Scenario: Hook fails
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "hooks/Hook_fails.yaml" is gone

    Examples:
      | hook       | tag         |
      | Before     | before      |
      | After      | after       |
      | BeforeStep | before-step |
      | AfterStep  | after-step  |

  Scenario: Cassettes are deleted after the last After hook, even one that records
    Recorders such as WireMock write their cassette when recording stops, in an After hook.
    The plugin acts on TestCaseFinished, which Cucumber sends after all After hooks.

    Given the feature file "late.feature":
      """
      Feature: Late
        @vcr-delete-on-fail @record-in-after
        Scenario: Records when it stops
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | late/ |
    And the plugin logs:
      """
      Cassette late/Records_when_it_stops.yaml deleted for failed scenario
      """

  Scenario: A passing scenario that records keeps its new cassette
    Given the feature file "late.feature":
      """
      Feature: Late
        @vcr-delete-on-fail @record-in-after
        Scenario: Records when it stops
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run passes
    And the cassette folder holds exactly:
      | late/Records_when_it_stops.yaml |
    And the plugin logs nothing at INFO or above
