package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Benchmark 8 (run.sh's growth.jsonl, one GrowthServer per store size with its growth-ready-N.json,
 * or growth-failed-N.txt when it never became ready): per size the store's heap, and per operation
 * the median requests/s and server CPU per request over the rounds, beside the smallest store's.
 */
final class GrowthFigures {
    private final ObjectMapper mapper;

    GrowthFigures(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode assemble(List<JsonNode> lines, Path work) throws IOException {
        ObjectNode growth = mapper.createObjectNode();
        TreeSet<Long> sizes = new TreeSet<>();
        for (JsonNode line : lines) {
            sizes.add(line.path("operations").asLong());
        }
        try (var files = Files.list(work)) {
            files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("growth-(ready|failed)-\\d+\\.(json|txt)"))
                    .forEach(name -> sizes.add(Long.parseLong(name.replaceAll("\\D", ""))));
        }
        if (sizes.isEmpty()) {
            growth.put("missing", true);
            return growth;
        }
        ArrayNode stores = growth.putArray("stores");
        for (long size : sizes) {
            ObjectNode store = stores.addObject();
            store.put("operations", size);
            Path ready = work.resolve("growth-ready-" + size + ".json");
            Path failed = work.resolve("growth-failed-" + size + ".txt");
            if (Files.exists(ready)) {
                JsonNode r = mapper.readTree(ready.toFile());
                store.put("fits", true);
                store.put("arrange_seconds", r.path("arrange_seconds").asDouble());
                store.put("heap_max_bytes", r.path("heap_max_bytes").asLong());
                store.put("heap_used_after_arranging_bytes", r.path("heap_used_after_bytes").asLong());
                store.put("store_bytes_per_operation", Ratios.round(r.path("store_bytes_per_operation").asDouble(), 0));
            } else {
                store.put("fits", false);
                store.put("reason", Files.exists(failed) ? Files.readString(failed).strip() : "no ready file");
            }
        }
        long smallest = sizes.first();
        ArrayNode rows = growth.putArray("rows");
        for (String operation : List.of("get", "delete")) {
            double baseRps = Double.NaN;
            double baseCpu = Double.NaN;
            for (long size : sizes) {
                double[] rps = lines.stream().filter(l -> matches(l, operation, size))
                        .mapToDouble(l -> l.path("wrk").path("requests_per_s").asDouble()).toArray();
                double[] cpu = lines.stream().filter(l -> matches(l, operation, size) && l.has("server_cpu_us_per_request"))
                        .mapToDouble(l -> l.path("server_cpu_us_per_request").asDouble()).toArray();
                long unexpected = lines.stream().filter(l -> matches(l, operation, size))
                        .mapToLong(l -> l.path("wrk").path("unexpected").asLong()).sum();
                long socketErrors = lines.stream().filter(l -> matches(l, operation, size)).mapToLong(l -> {
                    JsonNode e = l.path("wrk").path("errors");
                    return e.path("connect").asLong() + e.path("read").asLong() + e.path("write").asLong() + e.path("timeout").asLong();
                }).sum();
                double medianRps = StartupFigures.median(rps);
                double medianCpu = StartupFigures.median(cpu);
                if (size == smallest) {
                    baseRps = medianRps;
                    baseCpu = medianCpu;
                }
                ObjectNode row = rows.addObject();
                row.put("operation", operation);
                row.put("operations_in_store", size);
                row.put("measurements", rps.length);
                row.put("requests_per_s", Ratios.round(medianRps, 1));
                row.put("server_cpu_us_per_request", Ratios.round(medianCpu, 1));
                row.put("unexpected_answers", unexpected);
                row.put("socket_errors", socketErrors);
                row.put("throughput_ratio_to_smallest", Ratios.round(Ratios.of(medianRps, baseRps), 3));
                row.put("cpu_ratio_to_smallest", Ratios.round(Ratios.of(medianCpu, baseCpu), 3));
            }
        }
        return growth;
    }

    private static boolean matches(JsonNode line, String operation, long size) {
        return line.path("operation").asText().equals(operation) && line.path("operations").asLong() == size;
    }
}
