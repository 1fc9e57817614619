Feature: What the hand-written hook gets wrong
  Teams without this plugin write an After hook that deletes the cassette when
  `scenario.isFailed()`. That hook misses scenarios that fail in a later After hook (it has
  already run), and PENDING, UNDEFINED and AMBIGUOUS scenarios (`isFailed()` is true only for
  FAILED). The plugin acts on the final status, after the last After hook.

  Background:
    Given the cassettes exist:
      | hooks/Fails.yaml             |
      | hooks/Fails_in_a_late_hook.yaml |
      | hooks/Is_pending.yaml        |
      | hooks/Is_undefined.yaml      |
      | hooks/Is_ambiguous.yaml      |

  Scenario: The hand-written hook leaves partial cassettes behind
    Given the feature file "hooks.feature":
      """
      @hand-written-hook
      Feature: Hooks
        Scenario: Fails
          When a step fails
        @fail-in-late-after
        Scenario: Fails in a late hook
          When a step passes
        Scenario: Is pending
          When a step is pending
        Scenario: Is undefined
          When a step nobody wrote
        Scenario: Is ambiguous
          When an ambiguous step
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | hooks/Fails_in_a_late_hook.yaml |
      | hooks/Is_pending.yaml           |
      | hooks/Is_undefined.yaml         |
      | hooks/Is_ambiguous.yaml         |

  Scenario: The plugin deletes the cassettes of every failed scenario
    Given the feature file "hooks.feature":
      """
      @vcr-delete-on-fail
      Feature: Hooks
        Scenario: Fails
          When a step fails
        @fail-in-late-after
        Scenario: Fails in a late hook
          When a step passes
        Scenario: Is pending
          When a step is pending
        Scenario: Is undefined
          When a step nobody wrote
        Scenario: Is ambiguous
          When an ambiguous step
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | hooks/ |
