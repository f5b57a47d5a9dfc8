package dev.doctranslation.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.TranslationStatus;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the page's 200 body: into the generated model (the SDK's mapper: java.time dates, the
 * {@code Canceled} alias, enums) versus into a Jackson tree, the cheapest structured read there is.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class DecodingBenchmark {
    private final ObjectMapper mapper = ContractJson.newMapper();
    private final byte[] body = PageBody.bytes();

    @Benchmark
    public TranslationStatus generatedModel() throws IOException {
        return mapper.readValue(body, TranslationStatus.class);
    }

    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return mapper.readTree(body);
    }
}
