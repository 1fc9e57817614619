Feature: A dry run never deletes anything
  In a dry run Cucumber reports undefined steps without running any glue, so a tagged
  scenario can finish UNDEFINED. The plugin detects the dry run from the places a plugin can
  read (the system property or environment variable `cucumber.execution.dry-run`, and
  `cucumber.properties` or `junit-platform.properties` at the classpath root) and then only
  says what it would have deleted.

  Background:
    Given the cassette "dry/Not_written_yet.yaml" exists
    And the feature file "dry.feature":
      """
      @vcr-delete-on-fail
      Feature: Dry
        Scenario: Not written yet
          When a step nobody wrote
      """

  Scenario: The dry-run system property
    Given the system property "cucumber.execution.dry-run" is "true"
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "dry/Not_written_yet.yaml" is untouched
    And the summary lists the cassettes:
      | outcome        | cassette                 |
      | kept (dry run) | dry/Not_written_yet.yaml |
    And the plugin logs:
      """
      a dry run was requested by system property cucumber.execution.dry-run; no cassette will be deleted
      """

  Scenario Outline: The dry-run option in <file> on the classpath
    Given the classpath resource "<file>":
      """
      cucumber.execution.dry-run=true
      """
    When Cucumber runs the features
    Then the cassette "dry/Not_written_yet.yaml" is untouched
    And the plugin logs:
      """
      a dry run was requested by cucumber.execution.dry-run in <file>
      """

    Examples:
      | file                      |
      | cucumber.properties       |
      | junit-platform.properties |

  Scenario: A real run deletes
    Given the system property "cucumber.execution.dry-run" is "false"
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "dry/Not_written_yet.yaml" is gone
