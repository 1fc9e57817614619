package io.github.vcrdeleteonfail.cucumber.samplerecorders;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.easypost.easyvcr.Cassette;
import com.easypost.easyvcr.Mode;
import com.easypost.easyvcr.clients.httpurlconnection.RecordableHttpURLConnection;
import com.easypost.easyvcr.clients.httpurlconnection.RecordableURL;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.github.vcrdeleteonfail.cucumber.Cassettes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Glue that records HTTP calls with real recorders, pointed at the cassette the plugin deletes:
 * EasyVCR (a JSON file per scenario, rewritten after every interaction) for scenarios tagged
 * {@code @easyvcr}, and WireMock record/playback (a folder per scenario, written when recording
 * stops in an After hook) for scenarios tagged {@code @wiremock}. This is the code of the recipes
 * in docs/recipes.
 */
public class RecorderSteps {

    /** The system property with the base URL of the service the scenarios call. */
    public static final String SERVICE_URL = "vcr.sample.service-url";

    /** Set to true to make "the scenario fails here if told to" fail. */
    public static final String FAIL_HALF_WAY = "vcr.sample.fail-half-way";

    /** Set to an EasyVCR mode (Auto by default; Record re-records). */
    public static final String EASYVCR_MODE = "vcr.sample.easyvcr-mode";

    private Cassette easyVcrCassette;
    private Mode easyVcrMode;
    private WireMockServer wireMock;
    private boolean wireMockRecording;
    private String answer;

    // ---- EasyVCR ------------------------------------------------------------------------

    @Before("@easyvcr")
    public void insertEasyVcrCassette(Scenario scenario) {
        Path file = Cassettes.defaultCassette(scenario); // .../<feature>/<scenario>.json
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        easyVcrCassette = new Cassette(file.getParent().toString(), name);
        easyVcrMode = Mode.valueOf(System.getProperty(EASYVCR_MODE, "Auto"));
    }

    // ---- WireMock record/playback --------------------------------------------------------

    @Before("@wiremock")
    public void startWireMock(Scenario scenario) {
        Path folder = Cassettes.defaultCassette(scenario); // a folder: extension ""
        wireMockRecording = !Files.isDirectory(folder.resolve("mappings"));
        wireMock =
                new WireMockServer(
                        options()
                                .bindAddress("127.0.0.1")
                                .dynamicPort()
                                .usingFilesUnderDirectory(folder.toString()));
        wireMock.start();
        if (wireMockRecording) {
            wireMock.startRecording(
                    recordSpec()
                            .forTarget(System.getProperty(SERVICE_URL))
                            .makeStubsPersistent(true));
        }
    }

    /** Stopping the recording writes the folder; the plugin acts after the last After hook. */
    @After("@wiremock")
    public void stopWireMock() {
        try {
            if (wireMockRecording) {
                wireMock.stopRecording();
            }
        } finally {
            wireMock.stop();
        }
    }

    // ---- steps ---------------------------------------------------------------------------

    @When("I fetch {string} through the recorder")
    public void fetch(String path) throws Exception {
        if (easyVcrCassette != null) {
            RecordableHttpURLConnection connection =
                    new RecordableURL(
                                    System.getProperty(SERVICE_URL) + path,
                                    easyVcrCassette,
                                    easyVcrMode)
                            .openConnection();
            try (InputStream in = connection.getInputStream()) {
                answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            answer =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(wireMock.baseUrl() + path))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
        }
    }

    @Then("the answer contains {string}")
    public void answerContains(String text) {
        if (answer == null || !answer.contains(text)) {
            throw new AssertionError("expected an answer containing " + text + ", got " + answer);
        }
    }

    @Then("the scenario fails here if told to")
    public void failIfTold() throws IOException {
        if (Boolean.getBoolean(FAIL_HALF_WAY)) {
            throw new AssertionError("failed half way, on purpose, after recording");
        }
    }
}
