package dev.doctranslation.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The scores of one JMH run ({@code -rf json}), by short name ({@code SdkCallBenchmark.rawGetTranslationStatus}). */
final class JmhScores {
    /**
     * One benchmark's primary score and its 99.9 % error, bytes allocated per operation
     * ({@code -prof gc}) and process CPU µs per operation ({@code ProcessCpuProfiler}), null when
     * that profiler did not run.
     */
    record Score(double value, double error, String unit, Double bytesPerOp, Double cpuMicrosPerOp) {}

    private final Map<String, Score> scores;

    private JmhScores(Map<String, Score> scores) {
        this.scores = scores;
    }

    static JmhScores read(Path file, ObjectMapper mapper) throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        if (!java.nio.file.Files.exists(file)) {
            return new JmhScores(scores); // the JMH phase did not run (PHASES): every figure reads as missing
        }
        for (JsonNode run : mapper.readTree(file.toFile())) {
            String name = run.path("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode primary = run.path("primaryMetric");
            JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
            JsonNode cpu = run.path("secondaryMetrics").path("cpu.time.norm");
            scores.put(shortName, new Score(primary.path("score").asDouble(), primary.path("scoreError").asDouble(),
                    primary.path("scoreUnit").asText(), alloc.isMissingNode() ? null : alloc.path("score").asDouble(),
                    cpu.isMissingNode() ? null : cpu.path("score").asDouble()));
        }
        return new JmhScores(scores);
    }

    Optional<Score> get(String shortName) {
        return Optional.ofNullable(scores.get(shortName));
    }
}
