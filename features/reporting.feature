Feature: Every decision is logged, and the run ends with a summary
  Each decision about a failed scenario's cassette is logged with its reason through the
  `io.github.vcrdeleteonfail.cucumber` logger (System.Logger, so java.util.logging by default,
  bridgeable to SLF4J). At the end of the run one summary says which cassettes were deleted for
  which failed scenarios, and what was refused. A run where no tagged scenario failed logs
  nothing at INFO or above.

  Scenario: The summary groups the cassettes by outcome and names their scenarios
    Given the cassettes exist:
      | report/Fails_with_a_recording.yaml |
    And the feature file "report.feature":
      """
      Feature: Report
        @vcr-delete-on-fail
        Scenario: Fails with a recording
          When a step fails

        @vcr-delete-on-fail
        Scenario: Fails before recording
          When a step is pending

        @vcr-delete-on-fail:../escape.yaml
        Scenario: Hostile
          When a step fails

        @vcr-delete-on-fail
        Scenario: Passes
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run fails
    And the summary says:
      """
      vcr-delete-on-fail summary for <cassette-dir>: 1 deleted, 1 nothing to delete, 1 refused as unsafe
      deleted: report/Fails_with_a_recording.yaml <- failed scenario "Fails with a recording" (file://<tmp>/features/report.feature:3) FAILED
      nothing to delete: report/Fails_before_recording.yaml <- failed scenario "Fails before recording" (file://<tmp>/features/report.feature:7) PENDING
      refused as unsafe: ../escape.yaml <- failed scenario "Hostile" (file://<tmp>/features/report.feature:11) FAILED (from tag @vcr-delete-on-fail:../escape.yaml: the path contains '..'
      """

  Scenario: Passing tagged scenarios leave the log quiet
    Given the cassette "quiet/Passes.yaml" exists
    And the feature file "quiet.feature":
      """
      @vcr-delete-on-fail
      Feature: Quiet
        Scenario: Passes
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run passes
    And the cassette "quiet/Passes.yaml" is untouched
    And the plugin logs nothing at INFO or above
    And the plugin logs:
      """
      Kept the cassettes of "Passes"
      """
