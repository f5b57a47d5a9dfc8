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
                 "kit": {"median_s": 10.0, "runs": 5}}
                """);

        JsonNode goals = new GoalCheck(mapper).evaluate(results);

        assertThat(goals).extracting(g -> g.path("id").asText() + "=" + g.path("met").asBoolean())
                .containsExactly("sdk-call=false", "mock-throughput=true", "validation=false", "kit=true");
        assertThat(goals.get(0).path("measured").asText()).isEqualTo("cancelTranslation 1.10x, getTranslationStatus 1.20x");
        assertThat(goals.get(1).path("measured").asText()).isEqualTo("2 of 2 runs at >= 2x; lowest 2.00x");
    }

    @Test
    void missingFiguresNeverCountAsMet() {
        JsonNode goals = new GoalCheck(mapper).evaluate(mapper.createObjectNode());

        assertThat(goals).allSatisfy(g -> assertThat(g.path("met").asBoolean()).isFalse());
    }
}
