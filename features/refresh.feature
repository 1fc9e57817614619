Feature: Safe refresh: re-record against the live service, keep the old recording if the new one fails
  The key `refresh` (`none`, `all`, or a Cucumber tag expression such as
  `@payments and not @slow`) selects tagged scenarios that start without their cassettes: before any hook runs, each
  existing cassette is moved aside into the recovery folder (`snapshot-dir`), so a record-once
  recorder records afresh. When the scenario ends:
  - it passed and wrote a new cassette: the new one stays, the old one is discarded ("refreshed");
  - it passed but wrote nothing new there: the old one comes back;
  - it failed (any failing status): the new one is removed and the old one comes back byte for
    byte, whatever `on-failure` says ("kept the previous recording").
  `refresh-older-than` (`30d`, `12h`, `90m`, or ISO-8601 such as `P30D`) narrows the choice to
  scenarios with a cassette whose newest file is older than that; alone, it means `refresh: all`
  narrowed by age. A scenario tagged `@keep-cassette`, a dry run, `report-only` and
  `enabled: false` move nothing. Cassettes registered by glue code are not refreshed.

  Background:
    Given the cassette "refresh/Passes.yaml" holds "old recording"
    And the cassette "refresh/Fails.yaml" holds "old recording"
    And the cassette "refresh/Replays.yaml" holds "old recording"
    And the feature file "refresh.feature":
      """
      @vcr-delete-on-fail
      Feature: Refresh
        Scenario: Passes
          Given a record-once recorder records "new recording" into the default cassette
        Scenario: Fails
          Given a record-once recorder records "partial recording" into the default cassette
          When a step fails
        Scenario: Replays
          When a step passes
      """

  Scenario: Without refresh, a record-once recorder replays the old recordings
    When Cucumber runs the features
    Then the cassette "refresh/Passes.yaml" still holds "old recording"
    And the cassette "refresh/Replays.yaml" still holds "old recording"
    And the cassette "refresh/Fails.yaml" is gone

  Scenario: refresh all: a pass keeps the new recording, a failure gets the old one back
    Given the plugin configuration:
      """
      refresh: all
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "refresh/Passes.yaml" still holds "new recording"
    And the cassette "refresh/Fails.yaml" still holds "old recording"
    And the cassette "refresh/Replays.yaml" still holds "old recording"
    And the summary lists the cassettes:
      | outcome                     | cassette             |
      | refreshed                   | refresh/Passes.yaml  |
      | kept the previous recording | refresh/Fails.yaml   |
      | kept the previous recording | refresh/Replays.yaml |
    And the plugin logs:
      """
      Cassette refresh/Fails.yaml kept the previous recording for failed scenario "Fails"
      the refresh failed (FAILED): the new recording was removed and the previous one put back
      """
    And the plugin logs:
      """
      Cassette refresh/Replays.yaml kept the previous recording for refreshed scenario "Replays"
      nothing new was recorded, so the previous recording is back
      """
    And no snapshot is left behind

  Scenario Outline: A failed refresh keeps the previous recording whatever on-failure says: <strategy>
    Given the plugin configuration:
      """
      refresh: all
      on-failure: <strategy>
      """
    When Cucumber runs the features
    Then the cassette "refresh/Fails.yaml" still holds "old recording"
    And the cassette "refresh/Passes.yaml" still holds "new recording"
    And no snapshot is left behind

    Examples:
      | strategy   |
      | delete     |
      | quarantine |
      | restore    |

  Scenario: A failed first recording is removed, whatever on-failure says
    Given the feature file "refresh.feature":
      """
      @vcr-delete-on-fail
      Feature: Refresh
        Scenario: Records for the first time and fails
          Given a record-once recorder records "partial recording" into the default cassette
          When a step fails
      """
    And the plugin configuration:
      """
      refresh: all
      on-failure: quarantine
      """
    When Cucumber runs the features
    Then the cassette "refresh/Records_for_the_first_time_and_fails.yaml" is gone
    And the summary lists the cassettes:
      | outcome | cassette                                          |
      | deleted | refresh/Records_for_the_first_time_and_fails.yaml |
    And the plugin logs:
      """
      the refresh failed (FAILED): the new recording was removed; there was none before
      """

  Scenario: A tag expression chooses the scenarios to refresh
    Given the cassette "refresh/Pays.yaml" holds "old recording"
    And the feature file "refresh.feature":
      """
      @vcr-delete-on-fail
      Feature: Refresh
        @payments
        Scenario: Pays
          Given a record-once recorder records "new recording" into the default cassette
        @payments @slow
        Scenario: Passes
          Given a record-once recorder records "new recording" into the default cassette
      """
    And the plugin configuration:
      """
      refresh: '@payments and not @slow'
      """
    When Cucumber runs the features
    Then the sample run passes
    And the cassette "refresh/Pays.yaml" still holds "new recording"
    And the cassette "refresh/Passes.yaml" still holds "old recording"

  Scenario: refresh-older-than alone refreshes only scenarios with an old cassette
    Given the cassette "refresh/Passes.yaml" was last written 40 days ago
    And the cassette "refresh/Replays.yaml" was last written 2 days ago
    And the feature file "refresh.feature":
      """
      @vcr-delete-on-fail
      Feature: Refresh
        Scenario: Passes
          Given a record-once recorder records "new recording" into the default cassette
        Scenario: Replays
          Given a record-once recorder records "new recording" into the default cassette
      """
    And the plugin configuration:
      """
      refresh-older-than: 30d
      """
    When Cucumber runs the features
    Then the cassette "refresh/Passes.yaml" still holds "new recording"
    And the cassette "refresh/Replays.yaml" still holds "old recording"

  Scenario: Folder cassettes are refreshed whole, and a failure puts the old folder back
    Given the folder cassette "folders/Passes" exists
    And the folder cassette "folders/Fails" exists
    And the feature file "folders.feature":
      """
      @vcr-delete-on-fail
      Feature: Folders
        Scenario: Passes
          Given a record-once recorder records "new" into the default folder cassette
        Scenario: Fails
          Given a record-once recorder records "partial" into the default folder cassette
          When a step fails
      """
    And the plugin configuration:
      """
      extension: ""
      refresh: all
      """
    When Cucumber runs the features
    Then the cassette "folders/Passes/mappings/get-user.json" still holds "new"
    And the cassette "folders/Fails/mappings/get-user.json" still holds "{}"
    And the cassette "folders/Fails/__files/body-user.json" still holds "{}"
    And the summary lists the cassettes:
      | outcome                     | cassette       |
      | refreshed                   | folders/Passes |
      | kept the previous recording | folders/Fails  |

  Scenario Outline: <setting> moves nothing
    Given the plugin configuration:
      """
      refresh: all
      <setting>
      """
    When Cucumber runs the features
    Then the cassette "refresh/Passes.yaml" still holds "old recording"
    And the cassette "refresh/Fails.yaml" still holds "old recording"
    And no snapshot is left behind

    Examples:
      | setting           |
      | report-only: true |
      | enabled: false    |

  Scenario: A dry run moves nothing
    Given the system property "cucumber.execution.dry-run" is "true"
    And the plugin configuration:
      """
      refresh: all
      """
    When Cucumber runs the features
    Then the cassette "refresh/Passes.yaml" still holds "old recording"
    And the cassette "refresh/Replays.yaml" still holds "old recording"
    And no snapshot is left behind

  Scenario: A scenario tagged @keep-cassette is not refreshed
    Given the feature file "refresh.feature":
      """
      @vcr-delete-on-fail
      Feature: Refresh
        @keep-cassette
        Scenario: Passes
          Given a record-once recorder records "new recording" into the default cassette
      """
    And the plugin configuration:
      """
      refresh: all
      """
    When Cucumber runs the features
    Then the cassette "refresh/Passes.yaml" still holds "old recording"

  Scenario: Cassettes registered by glue code are not refreshed
    Given the cassette "glue/registered.yaml" holds "old registered"
    And the feature file "refresh.feature":
      """
      Feature: Refresh
        Scenario: Registers
          Given glue registers "glue/registered.yaml" to delete on failure
          When a step passes
      """
    And the plugin configuration:
      """
      refresh: all
      """
    When Cucumber runs the features
    Then the cassette "glue/registered.yaml" still holds "old registered"

  Scenario: A refreshed scenario that had no cassette is reported for what really happened
    Given the feature file "refresh.feature":
      """
      @vcr-delete-on-fail
      Feature: Refresh
        Scenario: Records for the first time
          Given a record-once recorder records "first recording" into the default cassette
        Scenario: Records nothing and passes
          When a step passes
        Scenario: Records nothing and fails
          When a step fails
      """
    And the plugin configuration:
      """
      refresh: all
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "refresh/Records_for_the_first_time.yaml" still holds "first recording"
    And the summary lists the cassettes:
      | outcome   | cassette                                |
      | refreshed | refresh/Records_for_the_first_time.yaml |
    And the plugin logs:
      """
      Cassette refresh/Records_for_the_first_time.yaml refreshed for refreshed scenario "Records for the first time"
      recorded for the first time
      """
    And the plugin warns about nothing
