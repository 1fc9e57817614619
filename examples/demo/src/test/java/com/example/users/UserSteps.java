package com.example.users;

import com.easypost.easyvcr.Cassette;
import com.easypost.easyvcr.Mode;
import com.easypost.easyvcr.clients.httpurlconnection.RecordableURL;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.github.vcrdeleteonfail.cucumber.Cassettes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Glue: EasyVCR records into the cassette the plugin deletes when the scenario fails. */
public class UserSteps {

    private static String serviceUrl;
    private Cassette cassette;
    private String answer;

    @BeforeAll
    public static void startService() throws Exception {
        serviceUrl = UserService.start();
    }

    @AfterAll
    public static void stopService() {
        UserService.stop();
    }

    @Before
    public void insertCassette(Scenario scenario) {
        Path file = Cassettes.defaultCassette(scenario); // target/cassettes/users/<name>.json
        cassette =
                new Cassette(
                        file.getParent().toString(),
                        file.getFileName().toString().replaceFirst("\\.json$", ""));
    }

    @When("I fetch the user {string}")
    public void fetchUser(String id) throws Exception {
        answer = get("/users/" + id);
    }

    @When("I fetch the orders of {string}")
    public void fetchOrders(String id) throws Exception {
        answer = get("/users/" + id + "/orders");
    }

    @Then("her name is {string}")
    public void nameIs(String name) {
        if (!answer.contains("\"name\":\"" + name + "\"")) {
            throw new AssertionError("expected the name " + name + " in " + answer);
        }
    }

    @Then("she has {int} orders")
    public void hasOrders(int expected) {
        int actual = answer.split("\\{\"order\"", -1).length - 1;
        if (actual != expected) {
            throw new AssertionError("expected " + expected + " orders, got " + actual + " in " + answer);
        }
    }

    private String get(String path) throws Exception {
        // Mode.Auto: replay the cassette if it exists, record it otherwise.
        try (InputStream in =
                new RecordableURL(serviceUrl + path, cassette, Mode.Auto)
                        .openConnection()
                        .getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
