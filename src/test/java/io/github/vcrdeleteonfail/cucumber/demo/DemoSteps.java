package io.github.vcrdeleteonfail.cucumber.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.github.vcrdeleteonfail.cucumber.Cassettes;
import java.net.URI;
import java.nio.file.Path;

/** Glue of the demo suite: points the recorder at the cassette the plugin would delete. */
public class DemoSteps {

    private DemoRecorder recorder;
    private String body;

    @Before
    public void openCassette(Scenario scenario) {
        Path cassette = Cassettes.defaultCassette(scenario);
        recorder = new DemoRecorder(cassette);
        scenario.log((recorder.replaying() ? "replaying " : "recording ") + cassette);
    }

    @When("I fetch the user {string}")
    public void fetchUser(String id) {
        body = recorder.get(URI.create(Demo.serviceUrl() + "/users/" + id));
    }

    @When("I fetch the orders of {string}")
    public void fetchOrders(String id) {
        body = recorder.get(URI.create(Demo.serviceUrl() + "/users/" + id + "/orders"));
    }

    @Then("her name is {string}")
    public void nameIs(String name) {
        assertThat(body).contains("\"name\":\"" + name + "\"");
    }

    @Then("she has {int} orders")
    public void hasOrders(int count) {
        assertThat(body.split("\\{\"order\"", -1).length - 1)
                .as("orders in " + body)
                .isEqualTo(count);
    }
}
