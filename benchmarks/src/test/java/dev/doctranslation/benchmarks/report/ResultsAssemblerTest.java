package dev.doctranslation.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsAssemblerTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void startUpFiguresAreMediansAndRatiosOfTheMockToWireMock() throws Exception {
        machine("");
        StringBuilder lines = new StringBuilder();
        double[][] figures = { // start ms, heap bytes, cold req/s for the mock builder, WireMock server, mock extension, WireMock extension
            {400, 5_000_000, 3000}, {800, 8_000_000, 1500}, {500, 6_000_000, 2800}, {900, 9_000_000, 1400}};
        String[] subjects = {"mock-builder", "wiremock-server", "mock-extension", "wiremock-extension"};
        for (int round = 1; round <= 3; round++) {
            for (int s = 0; s < 4; s++) {
                double scale = round == 2 ? 3 : 1; // one slow round: the median ignores it
                lines.append(String.format(java.util.Locale.ROOT, "{\"round\": %d, \"subject\": \"%s\", \"start_to_first_answer_ms\": %.1f,"
                                + " \"jvm_start_to_first_answer_ms\": %d, \"heap_held_bytes\": %d, \"cold_seconds\": 10,"
                                + " \"cold_connections\": 4, \"cold_requests\": 1, \"cold_requests_per_s\": %.1f, \"cold_unexpected\": 0}%n",
                        round, subjects[s], figures[s][0] * scale, (long) (figures[s][0] * scale) + 500, (long) figures[s][1],
                        figures[s][2] / scale));
            }
        }
        Files.writeString(work.resolve("startup.jsonl"), lines);

        JsonNode pairs = new ResultsAssembler(mapper, work).assemble().path("startup").path("pairs");

        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).path("mock").path("start_to_first_answer_ms").asDouble()).isEqualTo(400);
        assertThat(pairs.get(0).path("start_to_first_answer_ratio").asDouble()).isEqualTo(0.5);
        assertThat(pairs.get(0).path("heap_held_ratio").asDouble()).isEqualTo(0.625);
        assertThat(pairs.get(0).path("cold_requests_ratio").asDouble()).isEqualTo(2.0);
        assertThat(pairs.get(1).path("wiremock").path("subject").asText()).isEqualTo("wiremock-extension");
        assertThat(pairs.get(1).path("cold_requests_ratio").asDouble()).isEqualTo(2.0);
    }

    @Test
    void growthComparesEveryStoreWithTheSmallestAndNamesOneThatNeverBecameReady() throws Exception {
        machine("smoke=1\nloadavg_growth=9.00 8.00 7.00\nloadavg_growth_end=3.00 2.00 1.00\n");
        Files.writeString(work.resolve("growth-ready-1000.json"), "{\"port\": 1, \"operations\": 1000, \"arrange_seconds\": 0.3,"
                + " \"heap_used_before_bytes\": 1, \"heap_used_after_bytes\": 5000000, \"heap_max_bytes\": 2147483648,"
                + " \"store_bytes_per_operation\": 900.4}");
        Files.writeString(work.resolve("growth-ready-1000000.json"), "{\"port\": 2, \"operations\": 1000000, \"arrange_seconds\": 30,"
                + " \"heap_used_before_bytes\": 1, \"heap_used_after_bytes\": 900000000, \"heap_max_bytes\": 2147483648,"
                + " \"store_bytes_per_operation\": 895.1}");
        Files.writeString(work.resolve("growth-failed-5000000.txt"), "java.lang.OutOfMemoryError: Java heap space\n");
        Files.writeString(work.resolve("growth.jsonl"), growthLine(1000, "get", 10_000, 0) + growthLine(1000000, "get", 9_000, 0)
                + growthLine(1000, "delete", 12_000, 0) + growthLine(1000000, "delete", 12_000, 3));

        JsonNode results = new ResultsAssembler(mapper, work).assemble();
        JsonNode growth = results.path("growth");

        assertThat(growth.path("stores")).extracting(s -> s.path("operations").asLong() + ":" + s.path("fits").asBoolean())
                .containsExactly("1000:true", "1000000:true", "5000000:false");
        assertThat(growth.path("stores").get(2).path("reason").asText()).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
        assertThat(growth.path("rows").get(1).path("throughput_ratio_to_smallest").asDouble()).isEqualTo(0.9);
        assertThat(growth.path("rows").get(1).path("cpu_ratio_to_smallest").asDouble()).isEqualTo(1.1);
        assertThat(results.path("machine").path("load_average_1_5_15_min").path("growth_end").asText()).isEqualTo("3.00 2.00 1.00");
        assertThat(results.path("smoke").asBoolean()).isTrue();
        assertThat(SmokeCheck.wrongAnswers(results)).containsExactly(
                "growth: the server with 5000000 operations never became ready: java.lang.OutOfMemoryError: Java heap space",
                "growth delete with 1000000 operations: 3 unexpected answers");
    }

    @Test
    void theKitsFirstCommandIsTheOneVersionRunAndItsSecondTheRunOverEveryVersion() throws Exception {
        machine("");
        Files.writeString(work.resolve("kit.json"), """
                {"results": [
                  {"command": "one", "mean": 3.9, "median": 3.8, "user": 5.0, "system": 1.0,
                   "times": [3.8, 4.2, 3.7], "exit_codes": [0, 0, 0]},
                  {"command": "all", "mean": 6.9, "median": 7.0, "user": 9.0, "system": 1.5,
                   "times": [7.0, 6.5, 7.2], "exit_codes": [0, 1, 0]}]}
                """);

        JsonNode results = new ResultsAssembler(mapper, work).assemble();
        JsonNode kit = results.path("kit");

        assertThat(kit.path("one_version").path("median_s").asDouble()).isEqualTo(3.8);
        assertThat(kit.path("one_version").path("service_version").asText()).isEqualTo("v1.0-preview.1");
        assertThat(kit.path("one_version").path("max_s").asDouble()).isEqualTo(4.2);
        assertThat(kit.path("all_versions").path("median_s").asDouble()).isEqualTo(7.0);
        assertThat(kit.path("all_versions").path("exit_codes").toString()).isEqualTo("[0,1,0]");
        assertThat(kit.path("one_version").path("warmups").asInt()).isEqualTo(1);
        assertThat(results.path("goals")).filteredOn(g -> g.path("id").asText().startsWith("kit"))
                .extracting(g -> g.path("id").asText() + "=" + g.path("met").asBoolean())
                .containsExactly("kit-one-version=true", "kit-all-versions=true");
    }

    @Test
    void aSmokeRunsKitTimingsSayTheyHadNoWarmUp() throws Exception {
        machine("smoke=1\n");
        Files.writeString(work.resolve("kit.json"), """
                {"results": [{"command": "one", "mean": 3.9, "median": 3.9, "times": [3.9], "exit_codes": [0]}]}
                """);

        JsonNode results = new ResultsAssembler(mapper, work).assemble();

        assertThat(results.path("kit").path("one_version").path("warmups").asInt()).isZero();
        assertThat(results.path("commands").path("kit").asText()).startsWith("hyperfine --warmup 0 ");
        assertThat(MarkdownReport.render(results, "results/x.json", "")).contains("1 runs after no warm-up");
    }

    private static String growthLine(long operations, String op, double rps, long unexpected) {
        double cpu = operations == 1000 ? 100 : 110;
        return "{\"operations\": " + operations + ", \"operation\": \"" + op + "\", \"round\": 1, \"connections\": 16,"
                + " \"server_cpu_us_per_request\": " + cpu + ", \"wrk\": {\"requests\": 100, \"requests_per_s\": " + rps
                + ", \"errors\": {\"connect\": 0, \"read\": 0, \"write\": 0, \"timeout\": 0, \"non_2xx_3xx\": 0},"
                + " \"unexpected\": " + unexpected + "}}\n";
    }

    private void machine(String extra) throws Exception {
        Files.writeString(work.resolve("machine.properties"), "date=2026-12-02\nstamp=20261202T000000Z\ncores=2\n" + extra);
    }
}
