Feature: Default cassette names
  The bare tag selects `<cassette-dir>/<feature file name>/<scenario name>.yaml`, each name
  sanitised the way Ruby VCR's Cucumber integration does it: every run of characters that are
  not letters, digits, `_` or `-` becomes one `_`. Each row of a Scenario Outline gets its own
  cassette, suffixed `__examples-<E>-row-<R>`: the 1-based index of its Examples block in the
  outline and of the row in that block. Glue code computes the same names with
  `new DefaultCassetteNamer().cassettesFor(ScenarioInfo.from(scenario))`.

  Scenario: Names are sanitised like Ruby VCR's
    Given the cassettes exist:
      | user-api/Fetch_the_user_.yaml      |
      | user-api/Fetch_the_user_s_orders.yaml |
    And the feature file "user-api.feature":
      """
      @vcr-delete-on-fail
      Feature: User API
        Scenario: Fetch the user!
          When a step fails
        Scenario: Fetch   the user's orders
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | user-api/Fetch_the_user_s_orders.yaml |

  Scenario: What the recorder writes from glue is exactly what the plugin deletes
    Given the feature file "recorder.feature":
      """
      @vcr-delete-on-fail
      Feature: Recorder
        Scenario: Créer un client (v2) — échoue
          Given the recorder records the default cassette
          When a step fails

        Scenario: Passes
          Given the recorder records the default cassette
          When a step passes
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | recorder/Passes.yaml |
    And the plugin logs:
      """
      Cassette recorder/Créer_un_client_v2_échoue.yaml deleted
      """

  Scenario: Every outline row has its own cassette, stable when other rows change
    Given the feature file "outline.feature":
      """
      @vcr-delete-on-fail
      Feature: Outline
        Scenario Outline: Login
          Given the recorder records the default cassette
          When a step <result>

          Examples: admins
            | result |
            | passes |
            | fails  |

          Examples: guests
            | result |
            | passes |
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | outline/Login__examples-1-row-1.yaml |
      | outline/Login__examples-2-row-1.yaml |

  Scenario: Placeholders in the outline name are part of the name
    Given the feature file "placeholders.feature":
      """
      @vcr-delete-on-fail
      Feature: Placeholders
        Scenario Outline: Fetch <user>
          Given the recorder records the default cassette
          When a step <result>

          Examples:
            | user  | result |
            | alice | passes |
            | bob   | fails  |
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | placeholders/Fetch_alice__examples-1-row-1.yaml |

  Scenario: Very long names are shortened deterministically, with a hash of the full name
    Given the feature file "long.feature":
      """
      @vcr-delete-on-fail
      Feature: Long
        Scenario: A scenario whose name goes on and on and on, far longer than any file system would like a file name to be, and then some more words
          Given the recorder records the default cassette
          When a step fails
      """
    When Cucumber runs the features
    Then the sample run fails
    And the cassette folder holds exactly:
      | long/ |
    And the plugin logs:
      """
      Cassette long/A_scenario_whose_name_goes_on_and_on_and_on_far_longer_than_any_file_system_would_like_a_file_name_to_be_and_th_91684945.yaml deleted
      """

  Scenario: Scenarios whose names differ only in replaced characters are warned about
    Given the feature file "clash.feature":
      """
      Feature: Clash
        Scenario: Fetch the user!
          When a step passes
        Scenario: Fetch the user?
          When a step passes
        Rule: Orders
          Scenario: Fetch the user.
            When a step passes
      """
    When Cucumber runs the features
    Then the plugin warns:
      """
      The scenarios "Fetch the user!" (line 2) and "Fetch the user?" (line 4) and "Fetch the user." (line 7) of file://<tmp>/features/clash.feature share the default cassette clash/Fetch_the_user_.yaml
      Rename one of them
      """

  Scenario: Feature files with the same name in different folders are warned about
    Given the feature file "api/users.feature":
      """
      Feature: API users
        Scenario: List
          When a step passes
      """
    And the feature file "admin/users.feature":
      """
      Feature: Admin users
        Scenario: List
          When a step passes
      """
    When Cucumber runs the features
    Then the plugin warns:
      """
      both keep their default cassettes in users/, so scenarios with the same name share a cassette. Rename one of the files, or use a namer that includes the folder.
      """
