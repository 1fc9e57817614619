package io.github.vcrdeleteonfail.cucumber.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report file of several runs: appending keeps strict JSON and every run. */
class JsonReportFileTest {

    private static final ObjectMapper STRICT =
            JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private static String run(String id, String... deleted) {
        RunSummary summary = new RunSummary();
        for (String cassette : deleted) {
            summary.record(
                    new RunSummary.Entry(
                            Outcome.DELETED, cassette, "failed \"x\"\n", "", null, 0, null, null));
        }
        return JsonReport.render(summary, "/c", "delete", id);
    }

    @Test
    void appendingKeepsEveryRunInOrderAsStrictJson() throws Exception {
        String file = JsonReportFile.create(run("r1", "a.yaml", "b.yaml"));
        file = JsonReportFile.append(file, run("r2"));
        file = JsonReportFile.append(file, run("r3", "c \" } ] \n    }.yaml"));

        JsonNode runs = STRICT.readTree(file).get("runs");

        List<String> ids = new ArrayList<>();
        runs.forEach(r -> ids.add(r.get("run").asText()));
        assertThat(ids).containsExactly("r1", "r2", "r3");
        assertThat(runs.get(0).get("cassettes")).hasSize(2);
        assertThat(runs.get(2).get("cassettes").get(0).get("cassette").asText())
                .isEqualTo("c \" } ] \n    }.yaml");
        assertThat(JsonReportFile.isWritersLayout(file)).isTrue();
    }

    @Test
    void aFileOfOneRunIsInTheWritersLayout() {
        assertThat(JsonReportFile.isWritersLayout(JsonReportFile.create(run("r")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // an older version's report of one run
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"run\": \"r\"\n}\n",
                // no run at all
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"runs\": [\n\n  ]\n}\n",
                // the empty list, whose line break both the start and the end of the layout share
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"runs\": [\n  ]\n}\n",
                // reformatted on one line
                "{\"generator\": \"cucumber-vcr-delete-on-fail\", \"runs\": [{\"run\": \"r\"}]}\n",
                // Windows line breaks
                "{\r\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\r\n  \"runs\": [\r\n    {\r\n"
                        + "      \"run\": \"r\"\r\n    }\r\n  ]\r\n}\r\n",
                // cut short
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"runs\": [\n    {\n",
                // two runs without the comma between them
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"runs\": [\n    {\n"
                        + "      \"run\": \"a\"\n    }\n    {\n      \"run\": \"b\"\n    }\n  ]\n}\n",
                // a comma after the last run
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"runs\": [\n    {\n"
                        + "      \"run\": \"a\"\n    },\n  ]\n}\n",
                // a line that is not part of a run
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"runs\": [\n    {\n"
                        + "      \"run\": \"a\"\n    },\n  \"extra\": 1,\n    {\n"
                        + "      \"run\": \"b\"\n    }\n  ]\n}\n",
                ""
            })
    void anyOtherLayoutIsLeftAlone(String content) {
        assertThat(JsonReportFile.isWritersLayout(content)).isFalse();
        assertThat(JsonReportFile.append(content, run("r"))).isNull();
    }

    @Test
    void twoRunsWithTheCommaBetweenThemAreTheWritersLayout() {
        String two =
                "{\n  \"generator\": \"cucumber-vcr-delete-on-fail\",\n  \"runs\": [\n    {\n"
                        + "      \"run\": \"a\"\n    },\n    {\n      \"run\": \"b\"\n    }\n"
                        + "  ]\n}\n";

        assertThat(JsonReportFile.isWritersLayout(two)).isTrue();
    }
}
