Feature: Configuring the plugin from glue code
  `CassetteSettings.change()...apply()` sets any key from glue code, typically in a static
  `@BeforeAll` hook, validated like the file. Once the first scenario has started, changes are
  refused with a clear message.

  Background:
    Given the feature file "glue.feature":
      """
      @vcr-delete-on-fail
      Feature: Glue
        Scenario: Fails
          When a step fails
        Scenario: Is pending
          When a step is pending
      """

  Scenario: A @BeforeAll hook sets the namer and the failing statuses
    Given the cassettes exist:
      | flat/Fails.json      |
      | flat/Is_pending.json |
    And glue code configures the plugin in a @BeforeAll hook with:
      | namer            | io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer |
      | failing-statuses | PENDING                                                       |
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | flat/Fails.json |

  Scenario: An invalid value from glue code fails the @BeforeAll hook with the message
    Given the cassette "glue/Fails.yaml" exists
    And glue code configures the plugin in a @BeforeAll hook with:
      | extension | json |
    When Cucumber runs the features
    Then the cassette "glue/Fails.yaml" is untouched
    And Cucumber's output says:
      """
      the key 'extension' from CassetteSettings in glue code must be a file extension such as .json, or empty for folder cassettes, but it is the text 'json'. Did you mean '.json'?
      """

  Scenario: Changing the settings once scenarios run is refused
    Given the cassette "glue/Too_late.yaml" exists
    And the feature file "glue.feature":
      """
      Feature: Late
        @vcr-delete-on-fail
        Scenario: Too late
          When the glue changes the plugin's settings
      """
    When Cucumber runs the features
    Then the sample run fails
    And Cucumber's output says:
      """
      CassetteSettings can only change the configuration before the first scenario starts
      Call it from a static @BeforeAll hook.
      """
    And the cassette "glue/Too_late.yaml" is gone
