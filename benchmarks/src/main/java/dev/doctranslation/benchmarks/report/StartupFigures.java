package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark 7 (StartupHarness's startup.jsonl): per subject the medians over the rounds, and the
 * mock beside WireMock twice, started by hand (builder / server) and through each JUnit 5 extension.
 */
final class StartupFigures {
    /** {mock subject, WireMock subject, what the pair compares}. */
    static final String[][] PAIRS = {
        {"mock-builder", "wiremock-server", "in process: MockServer.builder()...start() / new WireMockServer(..).start()"},
        {"mock-extension", "wiremock-extension", "JUnit 5: MockServerExtension / WireMockExtension (@RegisterExtension)"},
    };
    static final String[] FIELDS = {"start_to_first_answer_ms", "jvm_start_to_first_answer_ms", "cpu_ms_to_first_answer",
        "classes_loaded_at_first_answer", "heap_held_bytes", "cold_requests_per_s"};

    private final ObjectMapper mapper;

    StartupFigures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode assemble(List<JsonNode> lines) {
        ObjectNode startup = mapper.createObjectNode();
        if (lines.isEmpty()) {
            startup.put("missing", true);
            return startup;
        }
        startup.put("rounds", lines.stream().mapToInt(l -> l.path("round").asInt()).max().orElse(0));
        startup.put("cold_seconds", lines.get(0).path("cold_seconds").asInt());
        startup.put("cold_connections", lines.get(0).path("cold_connections").asInt());
        ArrayNode pairs = startup.putArray("pairs");
        for (String[] pair : PAIRS) {
            ObjectNode row = pairs.addObject();
            row.put("compares", pair[2]);
            ObjectNode mock = subject(lines, pair[0]);
            ObjectNode wiremock = subject(lines, pair[1]);
            row.set("mock", mock);
            row.set("wiremock", wiremock);
            for (String field : FIELDS) {
                row.put(field.replace("_ms", "").replace("_bytes", "").replace("_per_s", "").replace("_at_first_answer", "") + "_ratio",
                        Ratios.round(Ratios.of(mock.path(field).asDouble(Double.NaN), wiremock.path(field).asDouble(Double.NaN)), 3));
            }
        }
        startup.set("runs", mapper.valueToTree(lines));
        return startup;
    }

    private ObjectNode subject(List<JsonNode> lines, String subject) {
        ObjectNode n = mapper.createObjectNode();
        n.put("subject", subject);
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode line : lines) {
            if (line.path("subject").asText().equals(subject)) {
                mine.add(line);
            }
        }
        n.put("measurements", mine.size());
        long unexpected = 0;
        for (JsonNode line : mine) {
            unexpected += line.path("cold_unexpected").asLong();
        }
        for (String field : FIELDS) {
            double[] values = mine.stream().mapToDouble(l -> l.path(field).asDouble()).toArray();
            n.put(field, Ratios.round(median(values), 1));
        }
        n.put("cold_unexpected", unexpected);
        return n;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
