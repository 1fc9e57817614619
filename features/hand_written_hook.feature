Feature: What the hand-written hook gets wrong
  Teams without this plugin write an After hook that deletes the cassette when
  `scenario.isFailed()`. That hook misses scenarios that fail in a later After hook (it has
  already run), and PENDING, UNDEFINED and AMBIGUOUS scenarios (`isFailed()` is true only for
  FAILED). The plugin acts on the final status, after the last After hook.

  Scenario: In one run, the hand-written hook leaves partial cassettes behind that the plugin removes
    Given the cassettes exist:
      | by_hand/Fails.yaml                |
      | by_hand/Fails_in_a_late_hook.yaml |
      | by_hand/Is_pending.yaml           |
      | by_hand/Is_undefined.yaml         |
      | by_hand/Is_ambiguous.yaml         |
      | by_hand/Passes.yaml               |
      | by_plugin/Fails.yaml              |
      | by_plugin/Fails_in_a_late_hook.yaml |
      | by_plugin/Is_pending.yaml         |
      | by_plugin/Is_undefined.yaml       |
      | by_plugin/Is_ambiguous.yaml       |
      | by_plugin/Passes.yaml             |
    And the feature file "by_hand.feature":
      """
      @hand-written-hook
      Feature: By hand
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
        Scenario: Passes
          When a step passes
      """
    And the feature file "by_plugin.feature":
      """
      @vcr-delete-on-fail
      Feature: By plugin
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
        Scenario: Passes
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | by_hand/Fails_in_a_late_hook.yaml |
      | by_hand/Is_pending.yaml           |
      | by_hand/Is_undefined.yaml         |
      | by_hand/Is_ambiguous.yaml         |
      | by_hand/Passes.yaml               |
      | by_plugin/Passes.yaml             |
    And the summary lists the cassettes:
      | outcome | cassette                            |
      | deleted | by_plugin/Fails.yaml                |
      | deleted | by_plugin/Fails_in_a_late_hook.yaml |
      | deleted | by_plugin/Is_pending.yaml           |
      | deleted | by_plugin/Is_undefined.yaml         |
      | deleted | by_plugin/Is_ambiguous.yaml         |

  Scenario: The plugin deletes the cassettes of every failed scenario
    Given the cassettes exist:
      | hooks/Fails.yaml                |
      | hooks/Fails_in_a_late_hook.yaml |
      | hooks/Is_pending.yaml           |
      | hooks/Is_undefined.yaml         |
      | hooks/Is_ambiguous.yaml         |
    And the feature file "hooks.feature":
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
