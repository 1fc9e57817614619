package io.github.vcrdeleteonfail.cucumber.internal.strategy;

import static io.github.vcrdeleteonfail.cucumber.internal.text.Json.quote;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * What failed, written beside each quarantined cassette as {@code <name>.failure.yaml}. Written by
 * hand (JSON-style double-quoted scalars are valid YAML), so no YAML library is loaded for it.
 */
@API(status = API.Status.INTERNAL)
public final class FailureNote {

    /** The longest error text kept, in characters. */
    static final int MAX_ERROR = 2000;

    private final String failure;
    private final URI feature;
    private final int line;
    private final String status;
    private final Throwable error; // written out only for a note: delete writes none
    private final String runId;

    /**
     * Creates the note.
     *
     * @param failure what failed: the scenario's name, or a description of a block or the run
     * @param feature the scenario's feature file, or null
     * @param line the scenario's line, or 0
     * @param status the scenario's final status, or null
     * @param error the failure's throwable, or null
     * @param runId the run's id
     */
    public FailureNote(
            String failure, URI feature, int line, String status, Throwable error, String runId) {
        this.failure = requireNonNull(failure, "failure");
        this.feature = feature;
        this.line = line;
        this.status = status;
        this.error = error;
        this.runId = requireNonNull(runId, "runId");
    }

    /**
     * Writes the note of one cassette.
     *
     * @param cassette the cassette, relative to the cassette folder
     * @return YAML text
     */
    public String forCassette(String cassette) {
        StringBuilder yaml = new StringBuilder();
        yaml.append(feature == null ? "failure: " : "scenario: ").append(quote(failure));
        yaml.append('\n');
        if (feature != null) {
            yaml.append("feature: ").append(quote(feature.toString())).append('\n');
            yaml.append("line: ").append(line).append('\n');
        }
        if (status != null) {
            yaml.append("status: ").append(status).append('\n');
        }
        yaml.append("error: ").append(quote(errorText(error))).append('\n');
        yaml.append("cassette: ").append(quote(cassette)).append('\n');
        yaml.append("run: ").append(quote(runId)).append('\n');
        yaml.append("when: ").append(quote(Instant.now().toString())).append('\n');
        return yaml.toString();
    }

    private static String errorText(Throwable error) {
        if (error == null) {
            return "";
        }
        String text;
        try {
            text = error.toString(); // the scenario's own exception: user code
        } catch (Throwable thrown) {
            if (thrown instanceof OutOfMemoryError) {
                throw (OutOfMemoryError) thrown;
            }
            text = error.getClass().getName();
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) + "…" : text;
    }
}
