Feature: A dry run never deletes anything
  In a dry run Cucumber reports undefined steps without running any glue, so a tagged
  scenario can finish UNDEFINED. The plugin detects the dry run from the places a plugin can
  read (the command line of Cucumber's CLI, the system property or environment variable
  `cucumber.execution.dry-run`, and `cucumber.properties` or `junit-platform.properties` at the
  classpath root) and then only says what it would have deleted. Any source that says "dry run"
  wins: runners read different sources (the JUnit engine ignores the environment variable), so
  when sources disagree the plugin cannot know which one the runner obeys, and it warns.

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

  Scenario: Sources that disagree make a dry run, with a warning naming both
    Given the classpath resource "junit-platform.properties":
      """
      cucumber.execution.dry-run=true
      """
    And the environment variable "CUCUMBER_EXECUTION_DRY_RUN" is "false"
    When Cucumber runs the features in a new JVM from the project folder
    Then the cassette "dry/Not_written_yet.yaml" is untouched
    And the plugin warns:
      """
      vcr-delete-on-fail: the dry-run settings disagree: cucumber.execution.dry-run in junit-platform.properties says true, but environment variable CUCUMBER_EXECUTION_DRY_RUN says false.
      The plugin treats the run as a dry run and touches no cassette, though Cucumber may run the steps.
      """
    And the plugin logs:
      """
      a dry run was requested by cucumber.execution.dry-run in junit-platform.properties; no cassette will be deleted
      """

  Scenario: A dry-run option on the command line of Cucumber's CLI
    When Cucumber runs the features in a new JVM from the project folder with the option "--dry-run"
    Then the cassette "dry/Not_written_yet.yaml" is untouched
    And the plugin logs:
      """
      a dry run was requested by the command line option --dry-run
      """

  Scenario: A dry run asked for where the plugin cannot read it is seen from Cucumber itself
    # Arguments given to Main.run in this JVM appear in no property, variable or file the plugin
    # can read; Cucumber's own execution mode of each scenario shows the dry run all the same.
    When Cucumber runs the features in this JVM with the option "--dry-run"
    Then the cassette "dry/Not_written_yet.yaml" is untouched
    And the summary lists the cassettes:
      | outcome        | cassette                 |
      | kept (dry run) | dry/Not_written_yet.yaml |
    And the plugin logs:
      """
      a dry run was requested by Cucumber's own options (its scenarios run as a dry run)
      """

  Scenario: A readable source that asks for a dry run keeps the run passive even when Cucumber runs for real
    # The CLI ignores junit-platform.properties, so Cucumber runs the steps; the plugin errs on the
    # safe side, touches nothing, and says which setting to remove.
    Given the classpath resource "junit-platform.properties":
      """
      cucumber.execution.dry-run=true
      """
    And the feature file "dry.feature":
      """
      @vcr-delete-on-fail
      Feature: Dry
        Scenario: Fails for real
          When a step fails

        Scenario: Fails for real too
          When a step fails
      """
    And the cassette "dry/Fails_for_real.yaml" exists
    And the cassette "dry/Fails_for_real_too.yaml" exists
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "dry/Fails_for_real.yaml" is untouched
    And the cassette "dry/Fails_for_real_too.yaml" is untouched
    And the plugin warns exactly once:
      """
      cucumber.execution.dry-run in junit-platform.properties asks for a dry run, but Cucumber runs the scenarios for real
      remove that setting to let the plugin work
      """
