Feature: Every configuration key
  All keys are optional. `docs/configuration.md` lists each with its type, default and valid
  values; this feature shows each one at work.

  Background:
    Given the feature file "keys.feature":
      """
      @vcr-delete-on-fail
      Feature: Keys
        Scenario: Fails
          When a step fails
        Scenario: Is pending
          When a step is pending
        Scenario: Is skipped
          When an assumption fails
      """

  Scenario: extension names the default namer's file extension
    Given the cassettes exist:
      | keys/Fails.json |
      | keys/Fails.yaml |
    And the plugin configuration:
      """
      extension: .json
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | keys/Fails.yaml |

  Scenario: An empty extension names folder cassettes, such as WireMock recordings
    Given the folder cassette "keys/Fails" exists
    And the cassette "keys/Fails.yaml" exists
    And the plugin configuration:
      """
      extension: ""
      """
    When Cucumber runs the features
    Then the cassette "keys/Fails" is gone
    And the cassette "keys/Fails.yaml" is untouched

  Scenario: failing-statuses chooses which final statuses count as failed
    Given the cassettes exist:
      | keys/Fails.yaml      |
      | keys/Is_pending.yaml |
      | keys/Is_skipped.yaml |
    And the plugin configuration:
      """
      failing-statuses: [FAILED, SKIPPED]
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | keys/Is_pending.yaml |

  Scenario: delete-tag and keep-tag rename the tags
    Given the cassettes exist:
      | custom/Custom_tag.yaml    |
      | custom/Default_tag.yaml   |
      | custom/Held.yaml          |
    And the feature file "keys.feature":
      """
      Feature: Custom
      """
    And the feature file "custom.feature":
      """
      Feature: Custom
        @cassette-cleanup
        Scenario: Custom tag
          When a step fails
        @vcr-delete-on-fail
        Scenario: Default tag
          When a step fails
        @cassette-cleanup @hold
        Scenario: Held
          When a step fails
      """
    And the plugin configuration:
      """
      delete-tag: '@cassette-cleanup'
      keep-tag: '@hold'
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | custom/Default_tag.yaml |
      | custom/Held.yaml        |

  Scenario: enabled false touches nothing and says so once
    Not even the report or the re-record list is written.
    Given the cassettes exist:
      | keys/Fails.yaml      |
      | keys/Is_pending.yaml |
    And the plugin configuration:
      """
      enabled: false
      report: <tmp>/vcr-report.json
      rerun-file: <tmp>/vcr-rerecord.txt
      """
    When Cucumber runs the features
    Then the cassette "keys/Fails.yaml" is untouched
    And the cassette "keys/Is_pending.yaml" is untouched
    And there is no file "vcr-report.json"
    And there is no file ".vcr-report.json.lock"
    And there is no re-record list "vcr-rerecord.txt"
    And the plugin logs:
      """
      vcr-delete-on-fail is disabled by file <tmp>/vcr-default-test.yaml: no cassette will be touched
      """

  Scenario: report-only decides and reports, but touches nothing
    Given the cassettes exist:
      | keys/Fails.yaml      |
    And the plugin configuration:
      """
      report-only: true
      """
    When Cucumber runs the features
    Then the cassette "keys/Fails.yaml" is untouched
    And the summary lists the cassettes:
      | outcome            | cassette                 |
      | kept (report-only) | keys/Fails.yaml          |
      | kept (report-only) | keys/Is_pending.yaml     |
    And the plugin logs:
      """
      vcr-delete-on-fail is in report-only mode (file <tmp>/vcr-default-test.yaml): decisions are logged, no cassette will be deleted
      """

  Scenario: The keys of later features are read and checked already
    Given the cassette "keys/Fails.yaml" exists
    And the plugin configuration:
      """
      refresh: '@payments and not @slow'
      refresh-older-than: 30d
      rerun-file: <tmp>/rerun-{pid}.txt
      ci-output: off
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "keys/Fails.yaml" is gone

  Scenario Outline: An invalid value fails the run before any scenario starts: <key>
    Given the cassette "keys/Fails.yaml" exists
    And the plugin configuration:
      """
      <key>: <value>
      """
    When Cucumber runs the features
    Then the run fails before any scenario starts, saying:
      """
      <message>
      """
    And the cassette "keys/Fails.yaml" is untouched

    Examples:
      | key              | value                 | message |
      | extension        | json                  | the key 'extension' from file <tmp>/vcr-default-test.yaml must be a file extension such as .json, or empty for folder cassettes, but it is the text 'json'. Did you mean '.json'? |
      | extension        | .a/b                  | the key 'extension' from file <tmp>/vcr-default-test.yaml must be a file extension such as .json, or empty for folder cassettes, but it is the text '.a/b': Invalid cassette extension |
      | failing-statuses | [FAILED, BROKEN]      | the key 'failing-statuses' from file <tmp>/vcr-default-test.yaml must be a list drawn from FAILED, PENDING, UNDEFINED, AMBIGUOUS, SKIPPED, but it is a list [FAILED, BROKEN]: 'BROKEN' is not one. |
      | failing-statuses | [PASSED]              | but it is a list [PASSED]: 'PASSED' is not one |
      | failing-statuses | []                    | but it is a list [], which is empty (to touch nothing, set enabled: false) |
      | delete-tag       | vcr                   | the key 'delete-tag' from file <tmp>/vcr-default-test.yaml must be a Cucumber tag: '@' followed by a name without spaces, colons or '@', but it is the text 'vcr'. Did you mean '@vcr'? |
      | keep-tag         | "@keep me"            | the key 'keep-tag' from file <tmp>/vcr-default-test.yaml must be a Cucumber tag |
      | keep-tag         | '@vcr-delete-on-fail' | the keys 'delete-tag' and 'keep-tag' are both @vcr-delete-on-fail (from built-in default and file <tmp>/vcr-default-test.yaml). Give them different tags. |
      | enabled          | maybe                 | the key 'enabled' from file <tmp>/vcr-default-test.yaml must be true or false, but it is the text 'maybe'. Write for example |
      | report-only      | 1                     | the key 'report-only' from file <tmp>/vcr-default-test.yaml must be true or false, but it is the number 1 |
      | namer            | 42                    | the key 'namer' from file <tmp>/vcr-default-test.yaml must be the name of a class implementing io.github.vcrdeleteonfail.cucumber.ScenarioCassetteNamer |
      | on-failure       | sometimes             | the key 'on-failure' from file <tmp>/vcr-default-test.yaml must be one of delete, quarantine, restore, but it is the text 'sometimes' |
      | quarantine-dir   | <cassette-dir>/q      | the key 'quarantine-dir' from file <tmp>/vcr-default-test.yaml is '<cassette-dir>/q', which is or leads into the cassette folder <cassette-dir> |
      | snapshot-dir     | <tmp>                 | the key 'snapshot-dir' from file <tmp>/vcr-default-test.yaml is '<tmp>', which contains the cassette folder <cassette-dir> |
      | report           | <tmp>                 | the key 'report' from file <tmp>/vcr-default-test.yaml must be a file path, but it is the text '<tmp>': <tmp> is a folder |
      | refresh          | '@payments and'       | the key 'refresh' from file <tmp>/vcr-default-test.yaml must be none, all or a Cucumber tag expression, but it is the text '@payments and', which does not parse: |
      | refresh          | payments              | which does not parse: 'payments' has no @ (did you mean '@payments'?). Write for example |
      | refresh-older-than | 30                  | the key 'refresh-older-than' from file <tmp>/vcr-default-test.yaml must be a positive duration: a number and d, h, m or s, or ISO-8601 such as PT12H, but it is the number 30, without a unit. Write for example |
      | refresh-older-than | -1d                 | but it is the text '-1d'. Write for example |
      | rerun-file       | <tmp>                 | the key 'rerun-file' from file <tmp>/vcr-default-test.yaml must be a file path, but it is the text '<tmp>': <tmp> is a folder |
      | ci-output        | on                    | the key 'ci-output' from file <tmp>/vcr-default-test.yaml must be auto or off, but it is the boolean true. Write for example |

  Scenario Outline: A misspelt key fails the run and names it: <typo>
    Given the plugin configuration:
      """
      <typo>: x
      """
    When Cucumber runs the features
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: unknown key '<typo>' in the configuration file <tmp>/vcr-default-test.yaml. Did you mean '<key>'?
      """

    Examples:
      | typo             | key              |
      | refesh           | refresh          |
      | refresh_older_than | refresh-older-than |
      | rerun_file       | rerun-file       |
      | ci-outputs       | ci-output        |
      | casette-dir      | cassette-dir     |
      | extention        | extension        |
      | naming           | namer            |
      | failing_statuses | failing-statuses |
      | delete-tags      | delete-tag       |
      | keeptag          | keep-tag         |
      | enable           | enabled          |
      | reportonly       | report-only      |
      | on_failure       | on-failure       |
      | quarantine_dir   | quarantine-dir   |
      | snapshot-dirs    | snapshot-dir     |
      | reports          | report           |
