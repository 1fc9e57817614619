Feature: The glue-code API
  `Cassettes` lets glue code record where the plugin deletes (`defaultCassette`), add cassettes
  to delete if the scenario fails (`deleteOnFail`), keep a scenario's cassettes (`keep`) and
  register cassettes of the whole run (`deleteOnRunFailure`). `DeleteOnFail.run` and
  `DeleteOnFail.call` guard a block: if it throws, its cassettes are deleted at once, before any
  After hook, and the exception is rethrown unchanged. Registrations belong to their scenario,
  even under parallel execution, and are forgotten when it finishes.

  Scenario: The recorder records into Cassettes.defaultCassette, which the plugin deletes
    Given the feature file "api.feature":
      """
      @vcr-delete-on-fail
      Feature: API
        Scenario: Records and fails
          Given the recorder records into Cassettes.defaultCassette
          When a step fails
        Scenario: Records and passes
          Given the recorder records into Cassettes.defaultCassette
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | api/Records_and_passes.yaml |

  Scenario: defaultCassette follows the configured namer
    Given the plugin configuration:
      """
      namer: io.github.vcrdeleteonfail.cucumber.samplenamers.FlatJsonNamer
      """
    And the feature file "api.feature":
      """
      @vcr-delete-on-fail
      Feature: API
        Scenario: Records and fails
          Given the recorder records into Cassettes.defaultCassette
          When a step fails
        Scenario: Records and passes
          Given the recorder records into Cassettes.defaultCassette
          When a step passes
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | flat/Records_and_passes.json |

  Scenario: deleteOnFail adds cassettes, with or without a tag
    Given the cassettes exist:
      | extra/users.yaml  |
      | extra/orders.yaml |
      | extra/kept.yaml   |
    And the feature file "api.feature":
      """
      Feature: API
        Scenario: Registers and fails
          Given glue registers "extra/users.yaml" to delete on failure
          And glue registers "extra/orders.yaml" to delete on failure
          When a step fails
        Scenario: Registers and passes
          Given glue registers "extra/kept.yaml" to delete on failure
          When a step passes
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | extra/kept.yaml |
    And the summary lists the cassettes:
      | outcome | cassette          |
      | deleted | extra/users.yaml  |
      | deleted | extra/orders.yaml |

  Scenario: deleteOnFail refuses a path that could leave the cassette folder
    Given the file "secrets.yaml" outside the cassette folder
    And the feature file "api.feature":
      """
      Feature: API
        Scenario: Registers a hostile path
          Given glue registers "../outside/secrets.yaml" to delete on failure
      """
    When Cucumber runs the features
    Then the sample run fails
    And every file outside the cassette folder is untouched
    And Cucumber's output says:
      """
      Cassettes.deleteOnFail for "Registers a hostile path" (file://<tmp>/features/api.feature:2) refuses the cassette ../outside/secrets.yaml: the path contains '..'
      """

  Scenario: keep wins over the tags
    Given the cassette "api/Kept_by_glue.yaml" exists
    And the feature file "api.feature":
      """
      @vcr-delete-on-fail
      Feature: API
        Scenario: Kept by glue
          Given glue keeps the scenario's cassettes
          When a step fails
      """
    When Cucumber runs the features
    Then the cassette "api/Kept_by_glue.yaml" is untouched
    And the plugin logs:
      """
      kept by glue code for failed scenario "Kept by glue"
      glue code called Cassettes.keep(scenario)
      """

  Scenario: DeleteOnFail.run deletes at once, before the After hooks, and rethrows
    Given an After hook observes "guarded/block.yaml"
    And the feature file "api.feature":
      """
      Feature: API
        @observe-in-after
        Scenario: Guarded
          When a guarded block records "guarded/block.yaml" and fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette "guarded/block.yaml" is gone
    And the After hook saw "guarded/block.yaml was gone in After"
    And Cucumber's output says:
      """
      java.lang.IllegalStateException: guarded block failed on purpose
      """
    And the plugin logs:
      """
      Cassette guarded/block.yaml deleted for a DeleteOnFail block of scenario "Guarded"
      """

  Scenario: DeleteOnFail.call returns the block's value and keeps the cassette
    Given the feature file "api.feature":
      """
      Feature: API
        Scenario: Guarded and fine
          When a guarded block records "guarded/block.yaml" and returns "alice"
      """
    When Cucumber runs the features
    Then the sample run passes
    And the cassette folder holds exactly:
      | guarded/block.yaml |

  Scenario: A failing @BeforeAll hook deletes the run's cassettes
    Given glue records "run/setup.yaml" in a @BeforeAll hook and registers it for run failures
    And the @BeforeAll hook fails after recording
    And the feature file "api.feature":
      """
      Feature: API
        Scenario: Never runs
          When a step passes
      """
    When Cucumber runs the features
    Then the cassette "run/setup.yaml" is gone
    And the plugin logs:
      """
      Cassette run/setup.yaml deleted for the run, which failed in a BeforeAll or AfterAll hook
      BeforeAll failed on purpose
      """

  Scenario: A failing @AfterAll hook deletes the run's cassettes too
    Given glue records "run/login/token.yaml" in a @BeforeAll hook and registers it for run failures
    And an @AfterAll hook fails
    And the feature file "api.feature":
      """
      Feature: API
        Scenario: Passes
          When a step passes
      """
    When Cucumber runs the features
    Then the cassette folder holds exactly:
      | run/login/ |
    And the plugin logs:
      """
      Cassette run/login/token.yaml deleted for the run, which failed in a BeforeAll or AfterAll hook
      AfterAll failed on purpose
      """

  Scenario: A run without hook failures keeps the run's cassettes, even when scenarios fail
    Given glue records "run/setup.yaml" in a @BeforeAll hook and registers it for run failures
    And the feature file "api.feature":
      """
      Feature: API
        Scenario: Fails
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | run/setup.yaml |

  Scenario: Under parallel execution each scenario's registrations stay its own
    Given the cassettes exist:
      | parallel/1.yaml |
      | parallel/2.yaml |
      | parallel/3.yaml |
      | parallel/4.yaml |
      | parallel/5.yaml |
      | parallel/6.yaml |
      | parallel/7.yaml |
      | parallel/8.yaml |
    And the feature file "parallel.feature":
      """
      Feature: Parallel
        Scenario Outline: Scenario <n>
          Given glue registers "parallel/<n>.yaml" to delete on failure
          When a step <result>

          Examples:
            | n | result |
            | 1 | fails  |
            | 2 | passes |
            | 3 | passes |
            | 4 | fails  |
            | 5 | passes |
            | 6 | fails  |
            | 7 | passes |
            | 8 | passes |
      """
    When Cucumber runs the features on 4 threads
    Then the cassette folder holds exactly:
      | parallel/2.yaml |
      | parallel/3.yaml |
      | parallel/5.yaml |
      | parallel/7.yaml |
      | parallel/8.yaml |
