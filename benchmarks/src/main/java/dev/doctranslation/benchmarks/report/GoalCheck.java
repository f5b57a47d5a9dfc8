package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The four performance goals (benchmarks/README.md), each checked against the figures of the same run. */
final class GoalCheck {
    private final ObjectMapper mapper;

    GoalCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ArrayNode evaluate(JsonNode results) {
        ArrayNode goals = mapper.createArrayNode();
        goals.add(sdkCall(results.path("sdk_call")));
        goals.add(mock(results.path("load")));
        goals.add(validation(results.path("validation")));
        goals.add(kit(results.path("kit")));
        return goals;
    }

    private ObjectNode sdkCall(JsonNode rows) {
        double worst = Double.NaN;
        List<String> parts = new ArrayList<>();
        for (JsonNode row : rows) {
            double ratio = row.path("time_ratio").asDouble(Double.NaN);
            worst = Double.isNaN(worst) || ratio > worst ? ratio : worst;
            parts.add(row.path("operation").asText() + " " + Ratios.times(ratio));
        }
        return goal("sdk-call", "SDK call <= 1.15x the raw HttpClient + Jackson call (average time)",
                String.join(", ", parts), !Double.isNaN(worst) && worst <= ResultsAssembler.SDK_GOAL);
    }

    private ObjectNode mock(JsonNode rows) {
        int met = 0;
        double worst = Double.NaN;
        for (JsonNode row : rows) {
            double ratio = row.path("throughput_ratio").asDouble(Double.NaN);
            met += ratio >= ResultsAssembler.MOCK_GOAL ? 1 : 0;
            worst = Double.isNaN(worst) || ratio < worst ? ratio : worst;
        }
        return goal("mock-throughput", "mock >= 2x WireMock throughput (requests/s, every operation and connection count)",
                met + " of " + rows.size() + " runs at >= 2x; lowest " + Ratios.times(worst),
                rows.size() > 0 && met == rows.size());
    }

    private ObjectNode validation(JsonNode v) {
        double perSecond = v.path("contract_validator_exchange").path("responses_per_s_per_core").asDouble(Double.NaN);
        double library = v.path("schema_library_alone").path("responses_per_s_per_core").asDouble(Double.NaN);
        return goal("validation", "validation >= 100,000 responses/s/core (ContractValidator, typed + raw)",
                Ratios.number(perSecond, 0) + " responses/s/core (schema library alone: " + Ratios.number(library, 0) + ")",
                perSecond >= ResultsAssembler.VALIDATION_GOAL);
    }

    private ObjectNode kit(JsonNode kit) {
        double median = kit.path("median_s").asDouble(Double.NaN);
        return goal("kit", "kit run <= 10 s wall (median)", Ratios.number(median, 2) + " s median of "
                + kit.path("runs").asInt() + " runs", median <= ResultsAssembler.KIT_GOAL_SECONDS);
    }

    private ObjectNode goal(String id, String goal, String measured, boolean met) {
        return mapper.createObjectNode().put("id", id).put("goal", goal).put("measured", measured).put("met", met);
    }
}
