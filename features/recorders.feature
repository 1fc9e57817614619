Feature: Real recorders, end to end
  The plugin works with the recorders people use, fully offline: a user service on 127.0.0.1,
  EasyVCR (a JSON file per scenario, rewritten after every interaction, so a failure half way
  leaves a real partial cassette) and WireMock record/playback (a folder per scenario with
  mappings/ and __files/, written when recording stops in an After hook). The glue points each
  recorder at `Cassettes.defaultCassette(scenario)`.

  Background:
    Given a user service on 127.0.0.1

  Scenario: EasyVCR: a partial cassette is deleted, the next run records afresh, the rest replays
    Given the feature file "users.feature":
      """
      @vcr-delete-on-fail @easyvcr
      Feature: Users
        Scenario: Fetch a user
          When I fetch "/users/alice" through the recorder
          Then the answer contains "Alice"
        Scenario: Fetch the orders
          When I fetch "/users/alice" through the recorder
          And I fetch "/users/alice/orders" through the recorder
          Then the scenario fails here if told to
      """
    And the plugin configuration:
      """
      extension: .json
      """
    And the scenarios fail half way
    When Cucumber runs the features
    Then the sample run fails
    And the service was called 3 times
    And the cassette folder holds exactly:
      | users/Fetch_a_user.json |
    Given the scenarios no longer fail
    When Cucumber runs the features again
    Then the sample run passes
    And the service was called 2 times
    And every cassette file that existed before the run is byte-identical
    And the cassette folder holds exactly:
      | users/Fetch_a_user.json     |
      | users/Fetch_the_orders.json |
    When Cucumber runs the features again
    Then the sample run passes
    And the service was called 0 times
    And every cassette file that existed before the run is byte-identical

  Scenario: EasyVCR with restore: a failed re-recording gets its previous cassette back
    Given the feature file "users.feature":
      """
      @vcr-delete-on-fail @easyvcr
      Feature: Users
        Scenario: Fetch the orders
          When I fetch "/users/alice" through the recorder
          And I fetch "/users/alice/orders" through the recorder
          Then the scenario fails here if told to
      """
    And the plugin configuration:
      """
      extension: .json
      on-failure: restore
      """
    When Cucumber runs the features
    Then the sample run passes
    And the cassette "users/Fetch_the_orders.json" holds an answer containing "orders"
    Given EasyVCR re-records every cassette
    And the scenarios fail half way
    When Cucumber runs the features again
    Then the sample run fails
    And the service was called 2 times
    And every cassette file that existed before the run is byte-identical
    And the summary lists the cassettes:
      | outcome  | cassette                    |
      | restored | users/Fetch_the_orders.json |

  Scenario: WireMock: a folder cassette written in an After hook is deleted, then recorded afresh
    Given the feature file "users.feature":
      """
      @vcr-delete-on-fail @wiremock
      Feature: Users
        Scenario: Fetch a user
          When I fetch "/users/alice" through the recorder
          Then the answer contains "Alice"
        Scenario: Fetch the orders
          When I fetch "/users/alice" through the recorder
          And I fetch "/users/alice/orders" through the recorder
          Then the scenario fails here if told to
      """
    And the plugin configuration:
      """
      extension: ""
      """
    And the scenarios fail half way
    When Cucumber runs the features
    Then the sample run fails
    And the service was called 3 times
    And the cassette "users/Fetch_the_orders" is gone
    And the cassette "users/Fetch_a_user/mappings" is untouched
    Given the scenarios no longer fail
    When Cucumber runs the features again
    Then the sample run passes
    And the service was called 2 times
    And every cassette file that existed before the run is byte-identical
    When Cucumber runs the features again
    Then the sample run passes
    And the service was called 0 times
    And every cassette file that existed before the run is byte-identical

  Scenario: EasyVCR with refresh: a passing refresh records the new answers, a failing one keeps the previous recording
    Given the feature file "users.feature":
      """
      @vcr-delete-on-fail @easyvcr
      Feature: Users
        Scenario: Fetch a user
          When I fetch "/users/alice" through the recorder
          Then the answer contains "Alice"
        Scenario: Fetch the orders
          When I fetch "/users/alice" through the recorder
          And I fetch "/users/alice/orders" through the recorder
          Then the scenario fails here if told to
      """
    And the plugin configuration:
      """
      extension: .json
      """
    When Cucumber runs the features
    Then the sample run passes
    And the service was called 3 times
    Given the plugin configuration:
      """
      extension: .json
      refresh: all
      """
    And the scenarios fail half way
    When Cucumber runs the features again
    Then the sample run fails
    And the service was called 3 times
    And the cassette "users/Fetch_a_user.json" was recorded afresh
    And the cassette "users/Fetch_the_orders.json" is as it was before the run
    And the summary lists the cassettes:
      | outcome                     | cassette                    |
      | refreshed                   | users/Fetch_a_user.json     |
      | kept the previous recording | users/Fetch_the_orders.json |
    Given the plugin configuration:
      """
      extension: .json
      """
    And the scenarios no longer fail
    When Cucumber runs the features again
    Then the sample run passes
    And the service was called 0 times
    And every cassette file that existed before the run is byte-identical

  Scenario: WireMock with refresh: a passing refresh records the new answers, a failing one keeps the previous folder
    Given the feature file "users.feature":
      """
      @vcr-delete-on-fail @wiremock
      Feature: Users
        Scenario: Fetch a user
          When I fetch "/users/alice" through the recorder
          Then the answer contains "Alice"
        Scenario: Fetch the orders
          When I fetch "/users/alice" through the recorder
          And I fetch "/users/alice/orders" through the recorder
          Then the scenario fails here if told to
      """
    And the plugin configuration:
      """
      extension: ""
      """
    When Cucumber runs the features
    Then the sample run passes
    And the service was called 3 times
    Given the plugin configuration:
      """
      extension: ""
      refresh: all
      """
    And the scenarios fail half way
    When Cucumber runs the features again
    Then the sample run fails
    And the service was called 3 times
    And the cassette "users/Fetch_a_user" was recorded afresh
    And the cassette "users/Fetch_the_orders" is as it was before the run
    Given the plugin configuration:
      """
      extension: ""
      """
    And the scenarios no longer fail
    When Cucumber runs the features again
    Then the sample run passes
    And the service was called 0 times
    And every cassette file that existed before the run is byte-identical
