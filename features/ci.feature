Feature: CI: a re-record list, GitHub Actions output, reports that survive several runs
  In CI a removed cassette disappears with the workspace. At the end of each run the plugin
  leaves what CI needs. With `rerun-file`, the scenarios whose cassettes were removed (deleted, or
  quarantined) in Cucumber's rerun format, so that `@<file>` runs exactly them again to record
  afresh. On GitHub Actions (`ci-output: auto`, the default), a section in the job summary
  (`GITHUB_STEP_SUMMARY`) and a workflow command at each scenario whose cassette was removed
  (`GITHUB_ACTIONS=true`). Runs that share a report or a list path, in one JVM or several, add to
  it: none replaces another's. The sample runs below see only the GitHub variables a scenario
  sets.

  Background:
    Given the cassettes exist:
      | users/Fetch_a_user.yaml |
      | users/Passes.yaml       |
      | users/Kept.yaml         |
    And the feature file "users.feature":
      """
      @vcr-delete-on-fail
      Feature: Users
        Scenario: Fetch a user
          When a step fails

        Scenario: Passes
          When a step passes

        Scenario: Fails before recording
          When a step is pending

        Scenario: Records and fails
          Given the recorder records the default cassette
          When a step fails

        @keep-cassette
        Scenario: Kept
          When a step fails
      """

  Scenario: The re-record list names the scenarios whose cassettes were removed, and Cucumber runs exactly them
    Given the plugin configuration:
      """
      rerun-file: <tmp>/target/vcr-rerecord.txt
      """
    When Cucumber runs the features
    Then the re-record list "target/vcr-rerecord.txt" is:
      """
      # cucumber-vcr-delete-on-fail: the scenarios whose cassettes were removed; run them again to record afresh
      file://<tmp>/features/users.feature:3:12
      """
    When Cucumber runs the scenarios listed in "target/vcr-rerecord.txt"
    Then exactly these scenarios ran:
      | Fetch a user      |
      | Records and fails |

  Scenario Outline: Only removed cassettes put a scenario on the list: <on-failure>
    Given the plugin configuration:
      """
      on-failure: <on-failure>
      rerun-file: <tmp>/target/vcr-rerecord-{pid}.txt
      """
    When Cucumber runs the features
    Then the re-record list "target/vcr-rerecord-{pid}.txt" is:
      """
      # cucumber-vcr-delete-on-fail: the scenarios whose cassettes were removed; run them again to record afresh
      file://<tmp>/features/users.feature:<lines>
      """

    Examples:
      | on-failure | lines |
      | delete     | 3:12  |
      | quarantine | 3:12  |
      | restore    | 12    |

  Scenario: A run that removes nothing writes no list, so that no one runs every feature by mistake
    Given the plugin configuration:
      """
      on-failure: restore
      rerun-file: <tmp>/target/vcr-rerecord.txt
      """
    And the feature file "users.feature":
      """
      @vcr-delete-on-fail
      Feature: Users
        Scenario: Fetch a user
          When a step fails
      """
    When Cucumber runs the features
    Then there is no re-record list "target/vcr-rerecord.txt"

  Scenario: Two runs in one JVM that share the report and the list keep both runs
    Given the feature file "orders.feature":
      """
      Feature: Orders
        @vcr-delete-on-fail
        Scenario: Fetch orders
          Given the recorder records the default cassette
          When a step fails
      """
    And the plugin configuration:
      """
      report: <tmp>/target/vcr-report-{pid}.json
      rerun-file: <tmp>/target/vcr-rerecord.txt
      """
    When Cucumber runs the feature file "users.feature" in this JVM
    And Cucumber runs the feature file "orders.feature" in this JVM
    Then the report file "target/vcr-report-{pid}.json" holds 2 runs, listing:
      | outcome           | cassette                          |
      | deleted           | users/Fetch_a_user.yaml           |
      | deleted           | users/Records_and_fails.yaml      |
      | nothing to delete | users/Fails_before_recording.yaml |
      | kept by tag       | all cassettes of the scenario     |
      | deleted           | orders/Fetch_orders.yaml          |
    And the run ids of the report file "target/vcr-report-{pid}.json" are all different
    And the re-record list "target/vcr-rerecord.txt" is:
      """
      # cucumber-vcr-delete-on-fail: the scenarios whose cassettes were removed; run them again to record afresh
      file://<tmp>/features/orders.feature:3
      file://<tmp>/features/users.feature:3:12
      """

  Scenario: A report that is not in this writer's layout is left untouched, and the run's report goes beside it
    Given the file "target/vcr-report.json" holds:
      """
      {"generator": "cucumber-vcr-delete-on-fail", "run": "an older version's report"}
      """
    And the plugin configuration:
      """
      report: <tmp>/target/vcr-report.json
      """
    When Cucumber runs the features
    Then the file "target/vcr-report.json" still holds:
      """
      {"generator": "cucumber-vcr-delete-on-fail", "run": "an older version's report"}
      """
    And the plugin warns:
      """
      vcr-delete-on-fail did not add this run to its report <tmp>/target/vcr-report.json (key 'report'): its content is not laid out the way this version writes it
      This run's report is in <tmp>/target/vcr-report-run
      """
    And the folder "target" holds exactly one file named like "vcr-report-run.*\.json", holding 1 run

  Scenario: A list the plugin did not write is left untouched, and the run's list goes beside it
    Given the file "target/vcr-rerecord.txt" holds:
      """
      file:src/test/resources/features/hand-written.feature:7
      """
    And the plugin configuration:
      """
      rerun-file: <tmp>/target/vcr-rerecord.txt
      """
    When Cucumber runs the features
    Then the file "target/vcr-rerecord.txt" still holds:
      """
      file:src/test/resources/features/hand-written.feature:7
      """
    And the plugin warns:
      """
      vcr-delete-on-fail did not add this run to its re-record list <tmp>/target/vcr-rerecord.txt (key 'rerun-file'): refused to write
      a file the plugin did not write (it lacks the plugin's marker)
      This run's re-record list is in <tmp>/target/vcr-rerecord-run
      """

  Scenario: On GitHub Actions, the job summary gets a table and each removed cassette a notice at its scenario
    Given the GitHub Actions variables are set
    And the plugin configuration:
      """
      rerun-file: <tmp>/target/vcr-rerecord.txt
      """
    When Cucumber runs the features
    Then the job summary says:
      """
      ### vcr-delete-on-fail: 2 deleted, 1 nothing to delete, 1 kept by tag; 1 tagged scenario passed, cassettes kept
      | outcome | cassette | scenario | status |
      | deleted | users/Fetch\_a\_user.yaml | Fetch a user (features/users.feature:3) | FAILED |
      | deleted | users/Records\_and\_fails.yaml | Records and fails (features/users.feature:12) | FAILED |
      | nothing to delete | users/Fails\_before\_recording.yaml | Fails before recording (features/users.feature:9) | PENDING |
      | kept by tag | all cassettes of the scenario | Kept (features/users.feature:17) | FAILED |
      Re-record: the scenarios whose cassettes were removed are listed in target/vcr-rerecord.txt (key `rerun-file`).
      """
    And the job summary has 4 table rows
    And the standard output has exactly these workflow commands:
      """
      ::notice file=features/users.feature,line=3,title=vcr-delete-on-fail%3A deleted::Cassette users/Fetch_a_user.yaml deleted after scenario "Fetch a user" FAILED: run it again to record afresh
      ::notice file=features/users.feature,line=12,title=vcr-delete-on-fail%3A deleted::Cassette users/Records_and_fails.yaml deleted after scenario "Records and fails" FAILED: run it again to record afresh
      """

  Scenario: A forked JVM on GitHub Actions reads the real environment and prints to its real standard output
    Given the GitHub Actions variables are set
    And the configuration file "vcr.yaml":
      """
      cassette-dir: <cassette-dir>
      """
    When Cucumber runs the features in a new JVM from the project folder with the plugin argument "vcr.yaml"
    Then the job summary says:
      """
      | deleted | users/Fetch\_a\_user.yaml | Fetch a user (features/users.feature:3) | FAILED |
      """
    And the standard output has the workflow commands:
      """
      ::notice file=features/users.feature,line=3,title=vcr-delete-on-fail%3A deleted::Cassette users/Fetch_a_user.yaml deleted after scenario "Fetch a user" FAILED: run it again to record afresh
      """

  Scenario: A cassette that may be stale gets a warning annotation
    Given the GitHub Actions variables are set
    And the feature file "users.feature":
      """
      Feature: Users
        @vcr-delete-on-fail:../escape.yaml
        Scenario: Hostile
          When a step fails
      """
    When Cucumber runs the features
    Then the standard output has exactly these workflow commands:
      """
      ::warning file=features/users.feature,line=3,title=vcr-delete-on-fail%3A refused as unsafe::Cassette ../escape.yaml refused as unsafe for scenario "Hostile" FAILED: from tag @vcr-delete-on-fail:../escape.yaml: the path contains '..', which could leave the cassette folder; name the cassette relative to the cassette folder without '..'
      """

  Scenario: Annotations are bounded per run; the rest are counted
    Given the feature file "many.feature":
      """
      @vcr-delete-on-fail
      Feature: Many
        Scenario Outline: Record <n>
          Given the recorder records the default cassette
          When a step fails

          Examples:
            | n  |
            | 1  |
            | 2  |
            | 3  |
            | 4  |
            | 5  |
            | 6  |
            | 7  |
            | 8  |
            | 9  |
            | 10 |
            | 11 |
            | 12 |
      """
    And the GitHub Actions variables are set
    When Cucumber runs the features
    Then the standard output has 11 workflow commands, the last:
      """
      ::notice title=vcr-delete-on-fail::4 more cassettes removed or left stale, not annotated; the job summary and the JSON report (key 'report') list them
      """
    And the job summary has 16 table rows

  Scenario: Only GITHUB_STEP_SUMMARY set: a job summary, no workflow command
    Given only GITHUB_STEP_SUMMARY is set
    When Cucumber runs the features
    Then the job summary says:
      """
      | deleted | users/Fetch\_a\_user.yaml | Fetch a user (features/users.feature:3) | FAILED |
      """
    And the standard output has no workflow command

  Scenario: ci-output: off turns both off
    Given the GitHub Actions variables are set
    And the plugin configuration:
      """
      ci-output: off
      """
    When Cucumber runs the features
    Then the cassette "users/Fetch_a_user.yaml" is gone
    And the job summary is empty
    And the standard output has no workflow command

  Scenario: Outside GitHub Actions nothing of this is printed
    When Cucumber runs the features
    Then the cassette "users/Fetch_a_user.yaml" is gone
    And the standard output has no workflow command

  Scenario: The quarantine folder keeps both copies of a cassette quarantined twice in one run
    Given the feature file "users.feature":
      """
      Feature: Users
        @vcr-delete-on-fail:shared/token.yaml
        Scenario: First
          Given the recorder records "shared/token.yaml"
          When a step fails

        @vcr-delete-on-fail:shared/token.yaml
        Scenario: Second
          Given the recorder records "shared/token.yaml"
          When a step fails
      """
    And the plugin configuration:
      """
      on-failure: quarantine
      """
    When Cucumber runs the features on 1 threads
    Then the quarantine folder of the run holds exactly:
      | shared/token.yaml                      |
      | shared/token.yaml.failure.yaml         |
      | shared/token.yaml-2                    |
      | shared/token.yaml-2.failure.yaml       |

  Scenario: A folder cassette that carries the default namer's extension gets a hint
    Given the feature file "wiremock.feature":
      """
      Feature: WireMock
        @vcr-delete-on-fail
        Scenario: Fetch a user
          Given the recorder records the folder cassette "wiremock/Fetch_a_user.yaml"
          When a step fails
      """
    When Cucumber runs the features
    Then the cassette "wiremock/Fetch_a_user.yaml" is gone
    And the plugin warns exactly once:
      """
      the default cassette wiremock/Fetch_a_user.yaml of scenario "Fetch a user"
      is a folder, yet its name ends with the extension '.yaml' (key 'extension', built-in default)
      set extension: "" and the cassette becomes wiremock/Fetch_a_user (recorded afresh under that name)
      """

  Scenario: The hint is given in a report-only run, which touches no cassette
    Given the folder cassette "wiremock/Fetch_a_user.yaml" exists
    And the feature file "wiremock.feature":
      """
      Feature: WireMock
        @vcr-delete-on-fail
        Scenario: Fetch a user
          When a step fails
      """
    And the plugin configuration:
      """
      report-only: true
      """
    When Cucumber runs the features
    Then the cassette "wiremock/Fetch_a_user.yaml" is untouched
    And the plugin warns exactly once:
      """
      the default cassette wiremock/Fetch_a_user.yaml of scenario "Fetch a user"
      is a folder, yet its name ends with the extension '.yaml' (key 'extension', built-in default)
      """

  Scenario: The hint is given for a folder cassette that a refresh moves aside before the scenario
    Given the folder cassette "wiremock/Fetch_a_user.yaml" exists
    And the feature file "wiremock.feature":
      """
      Feature: WireMock
        @vcr-delete-on-fail
        Scenario: Fetch a user
          Given the recorder records the folder cassette "wiremock/Fetch_a_user.yaml"
          When a step passes
      """
    And the plugin configuration:
      """
      refresh: all
      """
    When Cucumber runs the features
    Then the cassette "wiremock/Fetch_a_user.yaml" was recorded afresh
    And the plugin warns exactly once:
      """
      the default cassette wiremock/Fetch_a_user.yaml of scenario "Fetch a user"
      is a folder, yet its name ends with the extension '.yaml' (key 'extension', built-in default)
      """

  Scenario: The hint is given for a folder cassette that a restore saved before a passing scenario
    Given the folder cassette "wiremock/Fetch_a_user.yaml" exists
    And the feature file "wiremock.feature":
      """
      Feature: WireMock
        @vcr-delete-on-fail
        Scenario: Fetch a user
          When a step passes
      """
    And the plugin configuration:
      """
      on-failure: restore
      """
    When Cucumber runs the features
    Then the cassette "wiremock/Fetch_a_user.yaml" is untouched
    And the plugin warns exactly once:
      """
      the default cassette wiremock/Fetch_a_user.yaml of scenario "Fetch a user"
      is a folder, yet its name ends with the extension '.yaml' (key 'extension', built-in default)
      """
