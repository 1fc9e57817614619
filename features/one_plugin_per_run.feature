Feature: One plugin acts per run
  The CLI, JUnit 4 and TestNG add up the plugins of `cucumber.properties` and `--plugin`, so the
  plugin can end up registered twice for one run, possibly with two configurations. Only the
  first registration acts; the second says so in a WARNING that names both registrations and
  their configuration, and touches nothing. `Cassettes` and `DeleteOnFail` talk to the acting one.

  Scenario: Registered twice, only the first registration acts
    Given the cassette "twice/Replays_and_fails.yaml" holds "committed recording"
    And the feature file "twice.feature":
      """
      @vcr-delete-on-fail
      Feature: Twice
        Scenario: Replays and fails
          When a step fails
      """
    And the plugin configuration:
      """
      on-failure: restore
      """
    And the plugin is registered a second time, with the configuration:
      """
      on-failure: delete
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "twice/Replays_and_fails.yaml" still holds "committed recording"
    And the plugin warns exactly once:
      """
      vcr-delete-on-fail is registered twice for one run: VcrDeleteOnFailPlugin:<tmp>/vcr-default-test.yaml (configuration: file <tmp>/vcr-default-test.yaml) and VcrDeleteOnFailPlugin:<tmp>/vcr-second.yaml (configuration: file <tmp>/vcr-second.yaml). Only the first acts
      """
    And the summary lists the cassettes:
      | outcome          | cassette                     |
      | kept (unchanged) | twice/Replays_and_fails.yaml |

  Scenario: Glue code talks to the acting registration
    Given the feature file "twice.feature":
      """
      @vcr-delete-on-fail
      Feature: Twice
        Scenario: Records and fails
          Given the recorder writes "partial" into the default cassette
          When a step fails
      """
    And the plugin configuration:
      """
      extension: .json
      """
    And the plugin is registered a second time, with the configuration:
      """
      extension: .txt
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | twice/ |
    And the summary lists the cassettes:
      | outcome | cassette                     |
      | deleted | twice/Records_and_fails.json |
