package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The performance goals (benchmarks/README.md), each checked against the figures of the same run. */
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
        JsonNode pairs = results.path("startup").path("pairs");
        goals.add(startup(pairs, "startup-time", "mock start-up to first answer <= WireMock's (builder and JUnit 5 extension, median)",
                "start_to_first_answer_ratio", true));
        goals.add(startup(pairs, "startup-heap", "heap held by the started mock <= WireMock's (builder and extension, median)",
                "heap_held_ratio", true));
        goals.add(startup(pairs, "cold-throughput", "requests/s of the first seconds after start, no warm-up, >= WireMock's",
                "cold_requests_ratio", false));
        goals.add(growthThroughput(results.path("growth")));
        goals.add(growthHeap(results.path("growth")));
        return goals;
    }

    /** Both pairs (builder, extension) must meet the bound; {@code atMost}: ratio <= 1, else ratio >= 1. */
    private ObjectNode startup(JsonNode pairs, String id, String goal, String field, boolean atMost) {
        List<String> parts = new ArrayList<>();
        boolean met = pairs.size() > 0;
        for (JsonNode pair : pairs) {
            double ratio = pair.path(field).asDouble(Double.NaN);
            met &= atMost ? ratio <= 1.0 : ratio >= 1.0;
            parts.add(pair.path("mock").path("subject").asText() + " " + Ratios.times(ratio));
        }
        return goal(id, goal, parts.isEmpty() ? "not measured" : String.join(", ", parts) + " of WireMock", met);
    }

    private ObjectNode growthThroughput(JsonNode growth) {
        List<String> parts = new ArrayList<>();
        int met = 0;
        for (String operation : List.of("get", "delete")) {
            JsonNode largest = null; // rows run from the smallest store to the largest
            for (JsonNode row : growth.path("rows")) {
                if (row.path("operation").asText().equals(operation)) {
                    largest = row;
                }
            }
            if (largest != null) {
                double ratio = largest.path("throughput_ratio_to_smallest").asDouble(Double.NaN);
                met += ratio >= ResultsAssembler.GROWTH_THROUGHPUT_GOAL ? 1 : 0;
                parts.add(operation.toUpperCase(java.util.Locale.ROOT) + " at "
                        + Ratios.number(largest.path("operations_in_store").asDouble(), 0) + " operations " + Ratios.times(ratio));
            }
        }
        return goal("growth-throughput", "throughput with the largest store (1,000,000 operations) within 15 % of the smallest (1,000)",
                parts.isEmpty() ? "not measured" : String.join(", ", parts) + " of the smallest store's", met == 2);
    }

    private ObjectNode growthHeap(JsonNode growth) {
        JsonNode stores = growth.path("stores");
        if (stores.size() == 0) {
            return goal("growth-heap", "the whole store within a 2 GiB heap (-Xmx2g)", "not measured", false);
        }
        JsonNode largest = stores.get(stores.size() - 1);
        boolean fits = largest.path("fits").asBoolean();
        String measured = fits
                ? Ratios.number(largest.path("operations").asDouble(), 0) + " operations: "
                        + Ratios.number(largest.path("heap_used_after_arranging_bytes").asDouble() / (1 << 20), 0) + " MiB used of "
                        + Ratios.number(largest.path("heap_max_bytes").asDouble() / (1 << 20), 0) + " MiB, "
                        + Ratios.number(largest.path("store_bytes_per_operation").asDouble(), 0) + " bytes per operation"
                : Ratios.number(largest.path("operations").asDouble(), 0) + " operations did not fit: " + largest.path("reason").asText();
        return goal("growth-heap", "the whole store within a 2 GiB heap (-Xmx2g)", measured,
                fits && largest.path("heap_max_bytes").asLong() <= (2L << 30) + (64L << 20));
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
