package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Turns one run's raw outputs (the folder run.sh fills: machine.properties, jmh.json, load.jsonl,
 * startup.jsonl, growth.jsonl with growth-ready-N.json, kit.json, build.json) into the results
 * document: each figure beside its baseline, the ratio, and the goals.
 */
final class ResultsAssembler {
    /** The SDK's time and CPU per call at most this multiple of the stock generated Feign client's. */
    static final double SDK_TO_STOCK_FEIGN_GOAL = 1.0;
    /** ... and at most this multiple of the stock generated {@code native} (java.net.http) client's. */
    static final double SDK_TO_STOCK_NATIVE_GOAL = 1.2;
    static final double MOCK_GOAL = 2.0;
    static final double VALIDATION_GOAL = 100_000;
    /** ContractValidator at least this multiple of the schema library alone. */
    static final double VALIDATION_TO_LIBRARY_GOAL = 3.0;
    /** The kit over one service version, median wall seconds. */
    static final double KIT_ONE_VERSION_GOAL_SECONDS = 4;
    /** The kit over every service version it knows, median wall seconds. */
    static final double KIT_ALL_VERSIONS_GOAL_SECONDS = 10;
    /** The version the one-version kit run checks: the page's own, which the kit checked alone before it had versions. */
    static final String KIT_ONE_VERSION = "v1.0-preview.1";
    /** The largest store's throughput at least this share of the smallest's. */
    static final double GROWTH_THROUGHPUT_GOAL = 0.85;
    /** The phases whose load average run.sh records, in the order they run. */
    static final List<String> PHASES = List.of("start", "jmh", "load", "startup", "growth", "kit", "build", "end");

    private final ObjectMapper mapper;
    private final Path work;

    ResultsAssembler(ObjectMapper mapper, Path work) {
        this.mapper = mapper;
        this.work = work;
    }

    ObjectNode assemble() throws IOException {
        Properties machine = properties(work.resolve("machine.properties"));
        ObjectNode results = mapper.createObjectNode();
        results.put("schema", 1);
        results.put("date", machine.getProperty("date"));
        results.put("run", machine.getProperty("stamp"));
        if ("1".equals(machine.getProperty("smoke"))) {
            results.put("smoke", true);
        }
        results.set("machine", machine(machine));
        results.set("commands", commands(machine));
        JmhScores jmh = JmhScores.read(work.resolve("jmh.json"), mapper);
        results.set("sdk_call", sdkCall(jmh));
        results.set("sdk_layers", sdkLayers(jmh));
        results.set("sdk_versus_stock", sdkVersusStock(jmh));
        results.set("decoding", decoding(jmh));
        results.set("validation", validation(jmh));
        List<JsonNode> load = loadRuns();
        results.set("load", load(load, "mock"));
        results.set("load_diagnostic", load(load, "mock-quiet"));
        results.set("request_log_cost", readOrSkipped(work.resolve("request-log-cost.json"), "request-log-cost.json missing"));
        results.set("startup", new StartupFigures(mapper).assemble(readLines(work.resolve("startup.jsonl"))));
        results.set("growth", new GrowthFigures(mapper).assemble(readLines(work.resolve("growth.jsonl")), work));
        results.set("kit", kit("1".equals(machine.getProperty("smoke")) ? 0 : 1));
        results.set("build", readOrSkipped(work.resolve("build.json"), "build.json missing"));
        results.set("goals", new GoalCheck(mapper).evaluate(results));
        return results;
    }

    private ObjectNode machine(Properties p) {
        ObjectNode m = mapper.createObjectNode();
        m.put("cores", Integer.parseInt(p.getProperty("cores", "0")));
        m.put("memory_gib", Ratios.round(Double.parseDouble(p.getProperty("memory_bytes", "0")) / (double) (1L << 30), 1));
        m.put("cpu", p.getProperty("cpu"));
        m.put("os", p.getProperty("os"));
        m.put("jdk", p.getProperty("jdk"));
        m.put("wrk", p.getProperty("wrk"));
        m.put("hyperfine", p.getProperty("hyperfine"));
        m.put("git_commit", p.getProperty("git_commit"));
        m.put("uncommitted_files_outside_benchmarks", Integer.parseInt(p.getProperty("git_dirty", "0").trim()));
        ObjectNode artifacts = m.putObject("measured_artifacts_sha256_prefix");
        for (String name : List.of("client", "validator", "mock_server_jar", "conformance_jar")) {
            artifacts.put(name, p.getProperty("artifact_" + name));
        }
        ObjectNode load = m.putObject("load_average_1_5_15_min");
        for (String phase : PHASES) {
            for (String key : List.of(phase, phase + "_end")) {
                String value = p.getProperty("loadavg_" + key);
                if (value != null) {
                    load.put(key, value);
                }
            }
        }
        return m;
    }

    private ObjectNode commands(Properties p) {
        ObjectNode c = mapper.createObjectNode();
        c.put("prepare", "./mvnw -B install -DskipTests");
        c.put("run", "bash benchmarks/run.sh");
        c.put("jmh", "java -jar benchmarks/target/benchmarks.jar -prof gc -prof dev.doctranslation.benchmarks.ProcessCpuProfiler"
                + " -foe true -rf json 'dev.doctranslation.benchmarks.*'");
        c.put("mock", "DOCUMENT_TRANSLATION_KEY=<key> java -Xms512m -Xmx512m -jar mock-server/target/doctranslation-mock-server.jar"
                + " --host 127.0.0.1 --port <port> --demo-operations 0");
        c.put("wiremock", "java -Xms512m -Xmx512m -jar benchmarks/target/tools/wiremock-standalone.jar --bind-address 127.0.0.1"
                + " --port <port> --root-dir <stubs> --no-request-journal --disable-banner");
        c.put("wrk", "OP=get|delete ID=<arranged id> KEY=<key> wrk -t<1 for 1 connection, else 2> -c<1|16|64> -d"
                + p.getProperty("load_seconds", "10") + "s --timeout 5s -s benchmarks/wrk/contract.lua http://127.0.0.1:<port>");
        c.put("kit", "hyperfine --warmup " + ("1".equals(p.getProperty("smoke")) ? 0 : 1) + " --runs " + p.getProperty("kit_runs", "5")
                + " 'java -jar conformance-tests/target/doctranslation-conformance.jar --service-version " + KIT_ONE_VERSION + "'"
                + " 'java -jar conformance-tests/target/doctranslation-conformance.jar'");
        c.put("startup", "java -cp benchmarks/target/benchmarks.jar dev.doctranslation.benchmarks.startup.StartupHarness --rounds "
                + p.getProperty("startup_rounds", "3") + " --cold-seconds " + p.getProperty("cold_seconds", "10")
                + " --connections 4 --heap 512m --out <file> (one fresh JVM per measurement)");
        c.put("growth_server", "java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.doctranslation.benchmarks.growth.GrowthServer"
                + " --operations <" + p.getProperty("growth_sizes", "1000 100000 1000000").replace(' ', '|')
                + "> --key <key> --ids <file> --ready <file>");
        c.put("growth_wrk", "OP=get|delete IDS=<ids file> KEY=<key> wrk -t2 -c16 -d" + p.getProperty("load_seconds", "10")
                + "s --timeout 5s -s benchmarks/wrk/growth.lua http://127.0.0.1:<port>");
        c.put("build", "./mvnw -B -q verify -o (in a fresh clone of HEAD)");
        return c;
    }

    private ArrayNode sdkCall(JmhScores jmh) {
        ArrayNode rows = mapper.createArrayNode();
        for (String operation : List.of("CancelTranslation", "GetTranslationStatus")) {
            ObjectNode row = rows.addObject();
            row.put("operation", Character.toLowerCase(operation.charAt(0)) + operation.substring(1));
            JmhScores.Score sdk = jmh.get("SdkCallBenchmark.sdk" + operation).orElse(null);
            JmhScores.Score raw = jmh.get("SdkCallBenchmark.raw" + operation).orElse(null);
            row.set("sdk", timed(sdk, "us_per_call"));
            row.set("raw_httpclient_jackson", timed(raw, "us_per_call"));
            row.put("time_ratio", ratio(sdk, raw));
            row.put("cpu_ratio", cpuRatio(sdk, raw));
            row.put("alloc_ratio", allocRatio(sdk, raw));
        }
        return rows;
    }

    /**
     * The SDK beside the stock OpenAPI Generator clients for the same spec (feign with its own
     * ApiClient, native java.net.http) and the raw call, per operation: no goal, the comparison a
     * team weighs when it chooses between this SDK and generating its own.
     */
    private ArrayNode sdkVersusStock(JmhScores jmh) {
        ArrayNode rows = mapper.createArrayNode();
        String[][] clients = {
            {"this SDK (DocumentTranslationClient)", "sdk"},
            {GoalCheck.STOCK_FEIGN, "stockFeign"},
            {GoalCheck.STOCK_NATIVE, "stockNative"},
            {"raw HttpClient + Jackson (baseline)", "raw"},
        };
        for (String operation : List.of("CancelTranslation", "GetTranslationStatus")) {
            JmhScores.Score raw = jmh.get("SdkCallBenchmark.raw" + operation).orElse(null);
            JmhScores.Score sdk = jmh.get("SdkCallBenchmark.sdk" + operation).orElse(null);
            for (String[] client : clients) {
                JmhScores.Score score = jmh.get("SdkCallBenchmark." + client[1] + operation).orElse(null);
                ObjectNode row = rows.addObject();
                row.put("operation", Character.toLowerCase(operation.charAt(0)) + operation.substring(1));
                row.put("client", client[0]);
                row.put("benchmark", "SdkCallBenchmark." + client[1] + operation);
                row.set("figures", timed(score, "us_per_call"));
                row.put("time_ratio_to_raw", ratio(score, raw));
                row.put("cpu_ratio_to_raw", cpuRatio(score, raw));
                row.put("alloc_ratio_to_raw", allocRatio(score, raw));
                row.put("time_ratio_to_sdk", ratio(score, sdk));
                row.put("cpu_ratio_to_sdk", cpuRatio(score, sdk));
                row.put("alloc_ratio_to_sdk", allocRatio(score, sdk));
                // The goals' direction: the SDK's figure over this client's.
                row.put("sdk_time_ratio", ratio(sdk, score));
                row.put("sdk_cpu_ratio", cpuRatio(sdk, score));
                row.put("sdk_alloc_ratio", allocRatio(sdk, score));
            }
        }
        return rows;
    }

    /** getTranslationStatus from the raw call up to the whole SDK, one layer at a time (diagnostic). */
    private ArrayNode sdkLayers(JmhScores jmh) {
        ArrayNode rows = mapper.createArrayNode();
        JmhScores.Score raw = jmh.get("SdkCallBenchmark.rawGetTranslationStatus").orElse(null);
        String[][] layers = {
            {"raw HttpClient (ofByteArray) + Jackson: the baseline", "SdkCallBenchmark.rawGetTranslationStatus"},
            {"raw transport: the SDK's own Apache HttpClient 5 (classic) + Jackson", "SdkLayersBenchmark.rawTransportGet"},
            {"the whole SDK: DocumentTranslationClient.getTranslationStatus (requests bound from the generated Feign interface once, HttpClient called directly)", "SdkCallBenchmark.sdkGetTranslationStatus"},
            {"for comparison, not a layer: OkHttp with its defaults + Jackson (the SDK's transport until 2026-12-02)", "SdkLayersBenchmark.okHttpGet"},
        };
        for (String[] layer : layers) {
            JmhScores.Score score = jmh.get(layer[1]).orElse(null);
            ObjectNode row = rows.addObject();
            row.put("layer", layer[0]);
            row.put("benchmark", layer[1]);
            row.set("figures", timed(score, "us_per_call"));
            row.put("time_ratio_to_raw", ratio(score, raw));
            row.put("cpu_ratio_to_raw", cpuRatio(score, raw));
            row.put("alloc_ratio_to_raw", allocRatio(score, raw));
        }
        return rows;
    }

    private ObjectNode decoding(JmhScores jmh) {
        ObjectNode d = mapper.createObjectNode();
        JmhScores.Score model = jmh.get("DecodingBenchmark.generatedModel").orElse(null);
        JmhScores.Score tree = jmh.get("DecodingBenchmark.jacksonTree").orElse(null);
        d.set("generated_model", timed(model, "ns_per_op"));
        d.set("jackson_tree", timed(tree, "ns_per_op"));
        d.put("time_ratio", ratio(model, tree));
        d.put("alloc_ratio", allocRatio(model, tree));
        return d;
    }

    private ObjectNode validation(JmhScores jmh) {
        ObjectNode v = mapper.createObjectNode();
        JmhScores.Score exchange = jmh.get("ValidationBenchmark.contractValidatorExchange").orElse(null);
        JmhScores.Score typed = jmh.get("ValidationBenchmark.contractValidatorTypedOnly").orElse(null);
        JmhScores.Score library = jmh.get("ValidationBenchmark.schemaLibraryAlone").orElse(null);
        v.set("contract_validator_exchange", timed(exchange, "responses_per_s_per_core"));
        v.set("contract_validator_typed_only", timed(typed, "responses_per_s_per_core"));
        v.set("schema_library_alone", timed(library, "responses_per_s_per_core"));
        v.put("throughput_ratio_vs_library", ratio(exchange, library));
        return v;
    }

    ObjectNode timed(JmhScores.Score score, String field) {
        ObjectNode n = mapper.createObjectNode();
        if (score == null) {
            n.put("missing", true);
            return n;
        }
        n.put(field, Ratios.round(score.value(), 2));
        n.put("error_99_9", Ratios.round(score.error(), 2));
        n.put("jmh_unit", score.unit());
        if (score.bytesPerOp() != null) {
            n.put("bytes_allocated_per_op", Math.round(score.bytesPerOp()));
        }
        if (score.cpuMicrosPerOp() != null) {
            n.put("process_cpu_us_per_op", Ratios.round(score.cpuMicrosPerOp(), 3));
        }
        return n;
    }

    private static double ratio(JmhScores.Score measured, JmhScores.Score baseline) {
        return measured == null || baseline == null ? Double.NaN : Ratios.round(Ratios.of(measured.value(), baseline.value()), 3);
    }

    private static double allocRatio(JmhScores.Score measured, JmhScores.Score baseline) {
        return measured == null || baseline == null || measured.bytesPerOp() == null || baseline.bytesPerOp() == null
                ? Double.NaN : Ratios.round(Ratios.of(measured.bytesPerOp(), baseline.bytesPerOp()), 3);
    }

    private static double cpuRatio(JmhScores.Score measured, JmhScores.Score baseline) {
        return measured == null || baseline == null || measured.cpuMicrosPerOp() == null || baseline.cpuMicrosPerOp() == null
                ? Double.NaN : Ratios.round(Ratios.of(measured.cpuMicrosPerOp(), baseline.cpuMicrosPerOp()), 3);
    }

    private List<JsonNode> loadRuns() throws IOException {
        return readLines(work.resolve("load.jsonl"));
    }

    /** One JSON object per line; an absent file is no lines (the phase did not run). */
    private List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> runs = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    runs.add(mapper.readTree(line));
                }
            }
        }
        return runs;
    }

    /** One row per (operation, connections) that {@code server} ran, beside WireMock's run of the same. */
    private ArrayNode load(List<JsonNode> runs, String server) {
        ArrayNode rows = mapper.createArrayNode();
        for (JsonNode run : runs) {
            if (!run.path("server").asText().equals(server)) {
                continue;
            }
            String operation = run.path("operation").asText();
            int connections = run.path("connections").asInt();
            JsonNode wiremock = runs.stream()
                    .filter(r -> r.path("server").asText().equals("wiremock") && r.path("operation").asText().equals(operation)
                            && r.path("connections").asInt() == connections)
                    .findFirst().orElse(null);
            ObjectNode row = rows.addObject();
            row.put("operation", operation.equals("get") ? "GET status of an arranged operation" : "DELETE of unknown ids");
            row.put("connections", connections);
            row.put("wrk_threads", run.path("threads").asInt());
            row.set(server, loadFigures(run, operation));
            row.set("wiremock", wiremock == null ? mapper.createObjectNode().put("missing", true) : loadFigures(wiremock, operation));
            double rps = run.path("wrk").path("requests_per_s").asDouble();
            double wiremockRps = wiremock == null ? Double.NaN : wiremock.path("wrk").path("requests_per_s").asDouble();
            row.put("throughput_ratio", Ratios.round(Ratios.of(rps, wiremockRps), 3));
            double p99 = run.path("wrk").path("latency_us").path("p99").asDouble();
            double wiremockP99 = wiremock == null ? Double.NaN : wiremock.path("wrk").path("latency_us").path("p99").asDouble();
            row.put("p99_ratio", Ratios.round(Ratios.of(p99, wiremockP99), 3));
            if (run.has("server_cpu_us_per_request") && wiremock != null && wiremock.has("server_cpu_us_per_request")) {
                row.put("cpu_per_request_ratio", Ratios.round(Ratios.of(run.path("server_cpu_us_per_request").asDouble(),
                        wiremock.path("server_cpu_us_per_request").asDouble()), 3));
            }
        }
        return rows;
    }

    private ObjectNode loadFigures(JsonNode run, String operation) {
        JsonNode wrk = run.path("wrk");
        JsonNode errors = wrk.path("errors");
        long requests = wrk.path("requests").asLong();
        long non2xx = errors.path("non_2xx_3xx").asLong();
        ObjectNode f = mapper.createObjectNode();
        f.put("requests_per_s", Ratios.round(wrk.path("requests_per_s").asDouble(), 1));
        f.put("p50_ms", Ratios.round(wrk.path("latency_us").path("p50").asDouble() / 1000, 3));
        f.put("p99_ms", Ratios.round(wrk.path("latency_us").path("p99").asDouble() / 1000, 3));
        f.put("max_ms", Ratios.round(wrk.path("latency_us").path("max").asDouble() / 1000, 3));
        f.put("requests", requests);
        // GET must answer 200 and DELETE of an unknown id 404: anything else is an unexpected answer.
        f.put("unexpected_status", operation.equals("get") ? non2xx : requests - non2xx);
        f.put("socket_errors", errors.path("connect").asLong() + errors.path("read").asLong()
                + errors.path("write").asLong() + errors.path("timeout").asLong());
        if (run.has("server_cpu_us_per_request")) {
            f.put("server_cpu_us_per_request", Ratios.round(run.path("server_cpu_us_per_request").asDouble(), 1));
        }
        return f;
    }

    /**
     * The kit's runs from hyperfine's kit.json: {@code one_version} (the first command, the kit over
     * {@link #KIT_ONE_VERSION}) and {@code all_versions} (the second, the kit's default over every
     * version).
     */
    /** @param warmups the unmeasured runs before each command's (run.sh: none in smoke mode, else one) */
    private ObjectNode kit(int warmups) throws IOException {
        Path file = work.resolve("kit.json");
        ObjectNode k = mapper.createObjectNode();
        if (!Files.exists(file)) {
            k.put("missing", true);
            return k;
        }
        JsonNode results = mapper.readTree(file.toFile()).path("results");
        k.set("one_version", kitRun(results.path(0), warmups).put("service_version", KIT_ONE_VERSION));
        k.set("all_versions", kitRun(results.path(1), warmups));
        return k;
    }

    private ObjectNode kitRun(JsonNode result, int warmups) {
        ObjectNode k = mapper.createObjectNode();
        if (result.isMissingNode()) {
            k.put("missing", true);
            return k;
        }
        k.put("warmups", warmups);
        double[] times = new double[result.path("times").size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = result.path("times").path(i).asDouble();
        }
        Arrays.sort(times);
        k.put("command", result.path("command").asText());
        k.put("runs", times.length);
        k.put("median_s", Ratios.round(result.path("median").asDouble(), 2));
        k.put("mean_s", Ratios.round(result.path("mean").asDouble(), 2));
        k.put("min_s", times.length == 0 ? Double.NaN : Ratios.round(times[0], 2));
        k.put("max_s", times.length == 0 ? Double.NaN : Ratios.round(times[times.length - 1], 2));
        k.put("user_s", Ratios.round(result.path("user").asDouble(), 2));
        k.put("system_s", Ratios.round(result.path("system").asDouble(), 2));
        k.set("exit_codes", result.path("exit_codes"));
        return k;
    }

    private JsonNode readOrSkipped(Path file, String reason) throws IOException {
        if (Files.exists(file)) {
            return mapper.readTree(file.toFile());
        }
        return mapper.createObjectNode().put("skipped", true).put("reason", reason);
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }
}
