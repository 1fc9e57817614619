Feature: Overriding the configuration without editing files
  Every key can be overridden: the system property `vcr.delete-on-fail.<key>` beats the
  environment variable `VCR_DELETE_ON_FAIL_<KEY>` (upper case, dashes to underscores), which
  beats settings from glue code, which beat the file, which beats the built-in defaults. Lists
  are comma- or space-separated. A misspelt override fails the run and names it.

  Background:
    Given the cassette "overrides/Fails.yaml" exists
    And the feature file "overrides.feature":
      """
      @vcr-delete-on-fail
      Feature: Overrides
        Scenario: Fails
          When a step fails
      """

  Scenario: A system property beats the file
    Given the plugin configuration:
      """
      report-only: true
      """
    And the system property "vcr.delete-on-fail.report-only" is "false"
    When Cucumber runs the features
    Then the cassette "overrides/Fails.yaml" is gone

  Scenario: An environment variable beats the file
    Given the configuration file "vcr.yaml":
      """
      cassette-dir: <cassette-dir>
      enabled: true
      """
    And the environment variable "VCR_DELETE_ON_FAIL_ENABLED" is "false"
    When Cucumber runs the features in a new JVM from the project folder with the plugin argument "vcr.yaml"
    Then the cassette "overrides/Fails.yaml" is untouched
    And the plugin logs:
      """
      vcr-delete-on-fail is disabled by environment variable VCR_DELETE_ON_FAIL_ENABLED
      """

  Scenario: A system property beats an environment variable
    Given the configuration file "vcr.yaml":
      """
      cassette-dir: <cassette-dir>
      """
    And the environment variable "VCR_DELETE_ON_FAIL_ENABLED" is "false"
    And the system property "vcr.delete-on-fail.enabled" is "true"
    When Cucumber runs the features in a new JVM from the project folder with the plugin argument "vcr.yaml"
    Then the cassette "overrides/Fails.yaml" is gone

  Scenario: An environment variable can set cassette-dir, relative to the working directory
    Given the cassette folder is "recorded" in the project folder
    And the cassette "overrides/Fails.yaml" exists
    And the environment variable "VCR_DELETE_ON_FAIL_CASSETTE_DIR" is "recorded"
    When Cucumber runs the features in a new JVM from the project folder
    Then the cassette "overrides/Fails.yaml" is gone

  Scenario Outline: Lists in overrides are comma- or space-separated: "<statuses>"
    Given the cassette "overrides/Is_pending.yaml" exists
    And the feature file "overrides.feature":
      """
      @vcr-delete-on-fail
      Feature: Overrides
        Scenario: Fails
          When a step fails
        Scenario: Is pending
          When a step is pending
      """
    And the system property "vcr.delete-on-fail.failing-statuses" is "<statuses>"
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | overrides/Fails.yaml |

    Examples:
      | statuses          |
      | PENDING           |
      | pending,undefined |
      | PENDING UNDEFINED |
      | PENDING, SKIPPED  |

  Scenario: Glue code beats the file, and a system property beats glue code
    Given the plugin configuration:
      """
      enabled: false
      report-only: true
      """
    And glue code configures the plugin in a @BeforeAll hook with:
      | enabled     | true |
      | report-only | true |
    And the system property "vcr.delete-on-fail.report-only" is "false"
    When Cucumber runs the features
    Then the cassette "overrides/Fails.yaml" is gone

  Scenario: A misspelt system property fails the run and names it
    Given the system property "vcr.delete-on-fail.enable" is "false"
    When Cucumber runs the features
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: unknown key 'enable' in the system property vcr.delete-on-fail.enable. Did you mean vcr.delete-on-fail.enabled?
      """
    And the cassette "overrides/Fails.yaml" is untouched

  Scenario: A misspelt environment variable fails the run and names it
    Given the environment variable "VCR_DELETE_ON_FAIL_CASETTE_DIR" is "elsewhere"
    When Cucumber runs the features in a new JVM from the project folder
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: unknown key 'casette-dir' in the environment variable VCR_DELETE_ON_FAIL_CASETTE_DIR. Did you mean VCR_DELETE_ON_FAIL_CASSETTE_DIR?
      """

  Scenario: An invalid override value names the variable
    Given the system property "vcr.delete-on-fail.enabled" is "nope"
    When Cucumber runs the features
    Then the run fails before any scenario starts, saying:
      """
      the key 'enabled' from system property vcr.delete-on-fail.enabled must be true or false, but it is the text 'nope'
      """

  Scenario Outline: An environment variable in the wrong case is refused, not ignored: <variable>
    Given the environment variable "<variable>" is "elsewhere"
    When Cucumber runs the features in a new JVM from the project folder
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the environment variable <variable> is not read: names are case-sensitive. Did you mean VCR_DELETE_ON_FAIL_CASSETTE_DIR?
      """

    Examples:
      | variable                         |
      | vcr_delete_on_fail_cassette_dir  |
      | Vcr_Delete_On_Fail_Cassette_Dir  |
      | VCR_DELETE_ON_FAIL_cassette_dir  |

  Scenario: A system property in the wrong case is refused, not ignored
    Given the system property "vcr.delete-on-fail.Enabled" is "false"
    When Cucumber runs the features
    Then the run fails before any scenario starts, saying:
      """
      vcr-delete-on-fail: the system property vcr.delete-on-fail.Enabled is not read: names are case-sensitive. Did you mean vcr.delete-on-fail.enabled?
      """
    And the cassette "overrides/Fails.yaml" is untouched

  Scenario: An environment variable with an invalid value names itself and shows how to write it
    Given the environment variable "VCR_DELETE_ON_FAIL_REFRESH_OLDER_THAN" is "30"
    When Cucumber runs the features in a new JVM from the project folder
    Then the run fails before any scenario starts, saying:
      """
      the key 'refresh-older-than' from environment variable VCR_DELETE_ON_FAIL_REFRESH_OLDER_THAN must be a positive duration
      but it is the text '30'. Write for example
      """
