# Each scenario records its HTTP calls with EasyVCR into the cassette the plugin would delete:
# users/<scenario name>.json. Replays afterwards, without calling the service.
@vcr-delete-on-fail
Feature: Users

  Scenario: Fetch a user
    When I fetch the user "alice"
    Then her name is "Alice Liddell"

  Scenario: Fetch a user's orders
    When I fetch the user "alice"
    And I fetch the orders of "alice"
    # Fails on purpose: the service knows 2 orders. By now the cassette holds the two
    # interactions above; without the plugin, this partial cassette would be replayed by
    # every later run, and the scenario could never record the whole conversation.
    Then she has 3 orders
