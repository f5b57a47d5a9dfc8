package dev.doctranslation.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GoalCheckTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void eachGoalIsJudgedOnItsOwnFigure() throws Exception {
        JsonNode results = mapper.readTree("""
                {"sdk_call": [{"operation": "cancelTranslation", "time_ratio": 1.10},
                              {"operation": "getTranslationStatus", "time_ratio": 1.20}],
                 "load": [{"throughput_ratio": 2.5}, {"throughput_ratio": 2.0}],
                 "validation": {"contract_validator_exchange": {"responses_per_s_per_core": 99999},
                                "schema_library_alone": {"responses_per_s_per_core": 150000}},
                 "kit": {"median_s": 10.0, "runs": 5},
                 "startup": {"pairs": [
                    {"mock": {"subject": "mock-builder"}, "start_to_first_answer_ratio": 0.8, "heap_held_ratio": 1.01,
                     "cold_requests_ratio": 1.0},
                    {"mock": {"subject": "mock-extension"}, "start_to_first_answer_ratio": 1.0, "heap_held_ratio": 0.7,
                     "cold_requests_ratio": 2.0}]},
                 "growth": {"stores": [{"operations": 1000, "fits": true, "heap_max_bytes": 2147483648},
                                       {"operations": 1000000, "fits": true, "heap_max_bytes": 2147483648,
                                        "heap_used_after_arranging_bytes": 943718400, "store_bytes_per_operation": 890}],
                            "rows": [{"operation": "get", "operations_in_store": 1000, "throughput_ratio_to_smallest": 1.0},
                                     {"operation": "get", "operations_in_store": 1000000, "throughput_ratio_to_smallest": 0.85},
                                     {"operation": "delete", "operations_in_store": 1000, "throughput_ratio_to_smallest": 1.0},
                                     {"operation": "delete", "operations_in_store": 1000000, "throughput_ratio_to_smallest": 0.84}]}}
                """);

        JsonNode goals = new GoalCheck(mapper).evaluate(results);

        assertThat(goals).extracting(g -> g.path("id").asText() + "=" + g.path("met").asBoolean())
                .containsExactly("sdk-call=false", "mock-throughput=true", "validation=false", "kit=true",
                        "startup-time=true", "startup-heap=false", "cold-throughput=true", "growth-throughput=false",
                        "growth-heap=true");
        assertThat(goals.get(0).path("measured").asText()).isEqualTo("cancelTranslation 1.10x, getTranslationStatus 1.20x");
        assertThat(goals.get(1).path("measured").asText()).isEqualTo("2 of 2 runs at >= 2x; lowest 2.00x");
        assertThat(goals.get(5).path("measured").asText()).isEqualTo("mock-builder 1.01x, mock-extension 0.70x of WireMock");
        assertThat(goals.get(7).path("measured").asText())
                .isEqualTo("GET at 1,000,000 operations 0.85x, DELETE at 1,000,000 operations 0.84x of the smallest store's");
        assertThat(goals.get(8).path("measured").asText())
                .isEqualTo("1,000,000 operations: 900 MiB used of 2,048 MiB, 890 bytes per operation");
    }

    @Test
    void aStoreThatDidNotFitMissesTheHeapGoal() throws Exception {
        JsonNode results = mapper.readTree("""
                {"growth": {"stores": [{"operations": 1000, "fits": true, "heap_max_bytes": 2147483648},
                                       {"operations": 1000000, "fits": false, "reason": "java.lang.OutOfMemoryError: Java heap space"}]}}
                """);

        JsonNode heap = new GoalCheck(mapper).evaluate(results).get(8);

        assertThat(heap.path("met").asBoolean()).isFalse();
        assertThat(heap.path("measured").asText())
                .isEqualTo("1,000,000 operations did not fit: java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void missingFiguresNeverCountAsMet() {
        JsonNode goals = new GoalCheck(mapper).evaluate(mapper.createObjectNode());

        assertThat(goals).allSatisfy(g -> assertThat(g.path("met").asBoolean()).isFalse());
    }
}
