Feature: Nothing good is lost: delete, quarantine or restore
  The key `on-failure` chooses what happens to the cassettes of a failed scenario:
  `delete` (the default, like the Python plugin), `quarantine` (move them into
  `quarantine-dir`, under a folder per run, with a note of the failure beside each), or
  `restore` (undo exactly what the failed scenario did: remove what it created, put back the
  previous bytes of what it changed, leave the rest). Restore snapshots the selected cassettes
  when the scenario starts, and removes the snapshots when it ends.

  Background:
    Given the cassette "strategy/Modifies_and_fails.yaml" holds "committed recording"
    And the cassette "strategy/Replays_and_fails.yaml" holds "committed recording"
    And the feature file "strategy.feature":
      """
      @vcr-delete-on-fail
      Feature: Strategy
        Scenario: Creates and fails
          Given the recorder writes "partial recording" into the default cassette
          When a step fails
        Scenario: Modifies and fails
          Given the recorder writes "partial recording" into the default cassette
          When a step fails
        Scenario: Replays and fails
          When a step fails
      """

  Scenario: delete removes every selected cassette, even a good one the run never wrote
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | strategy/ |

  Scenario: restore undoes exactly what the failed scenarios did
    Given the plugin configuration:
      """
      on-failure: restore
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | strategy/Modifies_and_fails.yaml |
      | strategy/Replays_and_fails.yaml  |
    And the cassette "strategy/Modifies_and_fails.yaml" still holds "committed recording"
    And the cassette "strategy/Replays_and_fails.yaml" still holds "committed recording"
    And the summary lists the cassettes:
      | outcome          | cassette                         |
      | deleted          | strategy/Creates_and_fails.yaml  |
      | restored         | strategy/Modifies_and_fails.yaml |
      | kept (unchanged) | strategy/Replays_and_fails.yaml  |
    And no snapshot is left behind

  Scenario: restore puts back a folder cassette and one the scenario removed
    Given the folder cassette "wiremock/users" exists
    And the cassette "shared/token.yaml" holds "committed token"
    And the feature file "strategy.feature":
      """
      Feature: Strategy
        @vcr-delete-on-fail:wiremock/users @vcr-delete-on-fail:shared/token.yaml
        Scenario: Rewrites a folder and removes a file
          Given the recorder writes "partial" into "wiremock/users/mappings/get-user.json"
          And the recorder writes "new" into "wiremock/users/mappings/extra.json"
          And the recorder removes "shared/token.yaml"
          When a step fails
      """
    And the plugin configuration:
      """
      on-failure: restore
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | strategy/Modifies_and_fails.yaml       |
      | strategy/Replays_and_fails.yaml        |
      | wiremock/users/mappings/get-user.json  |
      | wiremock/users/__files/body-user.json  |
      | shared/token.yaml                      |
    And the cassette "wiremock/users/mappings/get-user.json" still holds "{}"
    And the cassette "shared/token.yaml" still holds "committed token"
    And no snapshot is left behind

  Scenario: restore keeps what a passing scenario recorded, and leaves no snapshot
    Given the feature file "strategy.feature":
      """
      @vcr-delete-on-fail
      Feature: Strategy
        Scenario: Modifies and fails
          Given the recorder writes "fresh recording" into the default cassette
          When a step passes
      """
    And the plugin configuration:
      """
      on-failure: restore
      """
    When Cucumber runs the features
    Then the sample run passes
    And the cassette "strategy/Modifies_and_fails.yaml" still holds "fresh recording"
    And no snapshot is left behind

  Scenario: quarantine moves the cassettes aside, with a note of the failure
    Given the plugin configuration:
      """
      on-failure: quarantine
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | strategy/ |
    And the quarantine folder of the run holds exactly:
      | strategy/Creates_and_fails.yaml                 |
      | strategy/Creates_and_fails.yaml.failure.yaml    |
      | strategy/Modifies_and_fails.yaml                |
      | strategy/Modifies_and_fails.yaml.failure.yaml   |
      | strategy/Replays_and_fails.yaml                 |
      | strategy/Replays_and_fails.yaml.failure.yaml    |
    And the quarantined file "strategy/Modifies_and_fails.yaml" holds "partial recording"
    And the quarantined file "strategy/Replays_and_fails.yaml" holds "committed recording"
    And the quarantined file "strategy/Modifies_and_fails.yaml.failure.yaml" says:
      """
      scenario: "Modifies and fails"
      feature: "file://<tmp>/features/strategy.feature"
      line: 6
      status: FAILED
      error: "java.lang.AssertionError: step failed on purpose"
      cassette: "strategy/Modifies_and_fails.yaml"
      run: "run
      when: "
      """

  Scenario: A cassette that cannot be quarantined is reported, and the run goes on
    Given the file "not-a-folder" outside the cassette folder
    And the plugin configuration:
      """
      on-failure: quarantine
      quarantine-dir: <tmp>/outside/not-a-folder/quarantine
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "strategy/Modifies_and_fails.yaml" still holds "partial recording"
    And the summary says:
      """
      3 failed to quarantine
      failed to quarantine: strategy/Modifies_and_fails.yaml <- failed scenario "Modifies and fails"
      could not move it to <tmp>/outside/not-a-folder/quarantine/
      """

  Scenario: The report file says the same as the summary, as JSON, named per JVM
    Given the plugin configuration:
      """
      on-failure: restore
      report: <tmp>/reports/vcr-{pid}.json
      """
    When Cucumber runs the features
    Then the report file "reports/vcr-{pid}.json" says:
      """
      "cassetteDir": "<cassette-dir>",
      "onFailure": "restore",
      "counts": {"deleted": 1, "quarantined": 0, "restored": 1, "kept (unchanged)": 1,
      {"outcome": "restored", "cassette": "strategy/Modifies_and_fails.yaml", "for": "failed scenario \"Modifies and fails\" (file://<tmp>/features/strategy.feature:6) FAILED"
      """

  Scenario Outline: report-only and dry runs touch nothing, whatever the strategy: <strategy>
    Given the plugin configuration:
      """
      on-failure: <strategy>
      report-only: true
      """
    When Cucumber runs the features
    Then the cassette "strategy/Modifies_and_fails.yaml" still holds "partial recording"
    And the cassette "strategy/Replays_and_fails.yaml" still holds "committed recording"
    And the plugin logs:
      """
      Cassette strategy/Replays_and_fails.yaml kept (report-only) for failed scenario "Replays and fails"
      would <strategy>
      """

    Examples:
      | strategy   |
      | delete     |
      | quarantine |
      | restore    |

  Scenario: restore also covers cassettes registered by glue code and guarded blocks
    Given the cassette "glue/registered.yaml" holds "committed registered"
    And the cassette "guarded/block.yaml" holds "committed block"
    And the feature file "strategy.feature":
      """
      Feature: Strategy
        Scenario: Registers, writes and fails
          Given glue registers "glue/registered.yaml" to delete on failure
          And the recorder writes "partial registered" into "glue/registered.yaml"
          When a guarded block records "guarded/block.yaml" and fails
      """
    And the plugin configuration:
      """
      on-failure: restore
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "glue/registered.yaml" still holds "committed registered"
    And the cassette "guarded/block.yaml" still holds "committed block"
    And no snapshot is left behind
