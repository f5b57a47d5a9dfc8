package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a smoke run still judges: not the figures (a second each, on CI's busy machine), but that
 * every server answered what it must (GET 200, DELETE of an unknown id 404, DELETE of a cancelling
 * operation 400). A benchmark whose server answers 401 or 500 has stopped measuring anything.
 */
final class SmokeCheck {
    private SmokeCheck() {}

    static List<String> wrongAnswers(JsonNode results) {
        List<String> wrong = new ArrayList<>();
        for (String section : List.of("load", "load_diagnostic")) {
            for (JsonNode row : results.path(section)) {
                row.fields().forEachRemaining(field -> {
                    long unexpected = field.getValue().path("unexpected_status").asLong();
                    if (unexpected > 0) {
                        wrong.add(section + " " + field.getKey() + " " + row.path("operation").asText() + " at "
                                + row.path("connections").asInt() + " connections: " + unexpected + " unexpected answers");
                    }
                });
            }
        }
        for (JsonNode store : results.path("growth").path("stores")) {
            if (!store.path("fits").asBoolean()) {
                wrong.add("growth: the server with " + store.path("operations").asLong() + " operations never became ready: "
                        + store.path("reason").asText());
            }
        }
        for (JsonNode row : results.path("growth").path("rows")) {
            if (row.path("unexpected_answers").asLong() > 0) {
                wrong.add("growth " + row.path("operation").asText() + " with " + row.path("operations_in_store").asLong()
                        + " operations: " + row.path("unexpected_answers").asLong() + " unexpected answers");
            }
        }
        for (JsonNode run : results.path("startup").path("runs")) {
            if (run.path("cold_unexpected").asLong() > 0) {
                wrong.add("startup " + run.path("subject").asText() + ": " + run.path("cold_unexpected").asLong()
                        + " unexpected answers or broken connections in the cold load");
            }
        }
        return wrong;
    }
}
