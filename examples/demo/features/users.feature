# The demo suite: two scenarios call a small user service through a home-made recorder
# (record once, replay afterwards). The second one fails on purpose half way through.
@vcr-delete-on-fail
Feature: User service

  Scenario: Fetch a user
    When I fetch the user "alice"
    Then her name is "Alice Liddell"

  Scenario: Fetch a user's orders
    When I fetch the user "alice"
    And I fetch the orders of "alice"
    # Fails on purpose: the service has 2 orders for alice. Its cassette already holds the
    # two interactions above; without the plugin this partial cassette would be replayed
    # by every later run.
    Then she has 3 orders
