Feature: Nothing user code throws breaks the run
  The plugin calls user code in two places: the namer, and blocks guarded by `DeleteOnFail`.
  Whatever they throw, `StackOverflowError` included (only `OutOfMemoryError` passes, since
  nothing sensible can follow it), is caught and logged with the namer and the scenario, and the
  scenario's other cassettes (its path tags, glue registrations) are still handled. An exception
  that escaped a plugin's event handler would end the whole Cucumber run.

  Scenario: A namer with a recursion bug is reported, and the scenario's other cassettes are handled
    Given the cassettes exist:
      | shared/explode.yaml |
      | glue/registered.yaml |
    And the feature file "user.feature":
      """
      @vcr-delete-on-fail
      Feature: User code
        @vcr-delete-on-fail:shared/explode.yaml
        Scenario: Names overflow
          Given glue registers "glue/registered.yaml" to delete on failure
          When a step fails
        Scenario: Passes
          When a step passes
      """
    And the plugin configuration:
      """
      namer: io.github.vcrdeleteonfail.cucumber.samplenamers.RecursiveNamer
      """
    When Cucumber runs the features
    Then the sample run fails
    And the plugin logs no error of its own
    And the cassette folder holds exactly:
      | shared/ |
      | glue/ |
    And the plugin warns:
      """
      Cassette default cassettes namer failed for failed scenario "Names overflow"
      the namer RecursiveNamer threw java.lang.StackOverflowError; fix the namer (the scenario's other cassettes were handled)
      """
    And the summary says:
      """
      vcr-delete-on-fail summary for <cassette-dir>: 2 deleted, 1 namer failed; 1 tagged scenario passed, cassettes kept
      """
