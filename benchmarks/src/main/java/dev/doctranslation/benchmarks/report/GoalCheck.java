package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The performance goals (benchmarks/README.md), each checked against the figures of the same run. */
final class GoalCheck {
    static final String STOCK_FEIGN = "stock OpenAPI Generator, library feign, its own ApiClient";
    static final String STOCK_NATIVE = "stock OpenAPI Generator, library native (java.net.http)";

    private final ObjectMapper mapper;

    GoalCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ArrayNode evaluate(JsonNode results) {
        ArrayNode goals = mapper.createArrayNode();
        JsonNode stock = results.path("sdk_versus_stock");
        goals.add(sdkVersus(stock, "sdk-vs-stock-feign", STOCK_FEIGN, "the stock generated feign client",
                ResultsAssembler.SDK_TO_STOCK_FEIGN_GOAL));
        goals.add(sdkVersus(stock, "sdk-vs-stock-native", STOCK_NATIVE, "the stock generated native client",
                ResultsAssembler.SDK_TO_STOCK_NATIVE_GOAL));
        goals.add(mock(results.path("load")));
        goals.add(validation(results.path("validation")));
        goals.add(kit(results.path("kit").path("one_version"), "kit-one-version",
                "kit over one service version (" + ResultsAssembler.KIT_ONE_VERSION + ") <= 4 s wall (median)",
                ResultsAssembler.KIT_ONE_VERSION_GOAL_SECONDS));
        goals.add(kit(results.path("kit").path("all_versions"), "kit-all-versions",
                "kit over every service version (its default) <= 10 s wall (median)",
                ResultsAssembler.KIT_ALL_VERSIONS_GOAL_SECONDS));
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

    /**
     * The SDK's average time and CPU per call over {@code client}'s, both operations: met when every
     * one of the four ratios is at most {@code bound}.
     */
    private ObjectNode sdkVersus(JsonNode rows, String id, String client, String name, double bound) {
        List<String> parts = new ArrayList<>();
        int met = 0;
        for (JsonNode row : rows) {
            if (!row.path("client").asText().equals(client)) {
                continue;
            }
            double time = row.path("sdk_time_ratio").asDouble(Double.NaN);
            double cpu = row.path("sdk_cpu_ratio").asDouble(Double.NaN);
            met += time <= bound && cpu <= bound ? 1 : 0;
            parts.add(row.path("operation").asText() + " time " + Ratios.times(time) + ", CPU " + Ratios.times(cpu)
                    + ", bytes " + Ratios.times(row.path("sdk_alloc_ratio").asDouble(Double.NaN)));
        }
        return goal(id, "SDK call <= " + Ratios.times(bound) + " " + name + " (average time and CPU per call, each operation)",
                parts.isEmpty() ? "not measured" : String.join("; ", parts) + " of " + name + "'s",
                parts.size() == 2 && met == 2);
    }

    private ObjectNode mock(JsonNode rows) {
        int met = 0;
        double worst = Double.NaN;
        for (JsonNode row : rows) {
            double ratio = row.path("throughput_ratio").asDouble(Double.NaN);
            met += ratio >= ResultsAssembler.MOCK_GOAL ? 1 : 0;
            worst = Double.isNaN(worst) || ratio < worst ? ratio : worst;
        }
        return goal("mock-throughput", "mock as shipped (request log on) >= 2x WireMock throughput (requests/s, GET and DELETE"
                        + " at 1, 16 and 64 connections)",
                met + " of " + rows.size() + " runs at >= 2x; lowest " + Ratios.times(worst),
                rows.size() > 0 && met == rows.size());
    }

    private ObjectNode validation(JsonNode v) {
        double perSecond = v.path("contract_validator_exchange").path("responses_per_s_per_core").asDouble(Double.NaN);
        double library = v.path("schema_library_alone").path("responses_per_s_per_core").asDouble(Double.NaN);
        double ratio = perSecond / library;
        return goal("validation", "validation >= 100,000 responses/s/core and >= 3x the schema library alone"
                        + " (ContractValidator, typed + raw)",
                Ratios.number(perSecond, 0) + " responses/s/core, " + Ratios.times(ratio) + " the schema library alone ("
                        + Ratios.number(library, 0) + ")",
                perSecond >= ResultsAssembler.VALIDATION_GOAL && ratio >= ResultsAssembler.VALIDATION_TO_LIBRARY_GOAL);
    }

    private ObjectNode kit(JsonNode kit, String id, String goal, double bound) {
        double median = kit.path("median_s").asDouble(Double.NaN);
        return goal(id, goal, Ratios.number(median, 2) + " s median of " + kit.path("runs").asInt() + " runs",
                median <= bound);
    }

    private ObjectNode goal(String id, String goal, String measured, boolean met) {
        return mapper.createObjectNode().put("id", id).put("goal", goal).put("measured", measured).put("met", met);
    }
}
