package dev.doctranslation.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.TranslationStatus;
import dev.doctranslation.validator.ContractValidator;
import dev.doctranslation.validator.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating one 200 answer of {@code getTranslationStatus} (the page's body), one thread, so
 * operations per second are responses per second per core:
 * <ul>
 *   <li>{@code contractValidatorExchange}: {@link ContractValidator#validateExchange} — what strict
 *       mode, the mock's tests and the kit call: raw (status, content type, schema through the
 *       networknt engine, compiled once) plus typed (decoded model, the page's rules);</li>
 *   <li>{@code contractValidatorTypedOnly}: {@link ContractValidator#validate(TranslationStatus)} on
 *       an already decoded model (Hibernate Validator), to split the figure;</li>
 *   <li>{@code schemaLibraryAlone}: the baseline, Atlassian's {@link OpenApiInteractionValidator}
 *       on the same contract and body: the engine the validator used before it moved to networknt,
 *       and still its reference in tests (a networknt-only baseline is not measured yet).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
    private static final String CONTRACT = "/META-INF/openapi/document-translation.yaml";
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final byte[] body = PageBody.bytes();
    private final Map<String, List<String>> headers = Map.of("Content-Type", List.of(CONTENT_TYPE));
    private ContractValidator contractValidator;
    private OpenApiInteractionValidator schemaLibrary;
    private TranslationStatus model;

    @Setup(Level.Trial)
    public void load() throws IOException {
        contractValidator = ContractValidator.fromClasspath();
        schemaLibrary = OpenApiInteractionValidator.createForInlineApiSpecification(contract())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.WARN)
                        .build())
                .build();
        model = ContractJson.newMapper().readValue(body, TranslationStatus.class);
        // Measure the path a conforming answer takes, not the reporting of a failure.
        requireNoFindings(contractValidatorExchange(), "ContractValidator.validateExchange");
        requireNoFindings(contractValidatorTypedOnly(), "ContractValidator.validate");
        if (schemaLibraryAlone().hasErrors()) {
            throw new IllegalStateException("the schema library rejects the page's body: " + schemaLibraryAlone());
        }
    }

    @Benchmark
    public List<Violation> contractValidatorExchange() {
        return contractValidator.validateExchange("getTranslationStatus", 200, headers, body);
    }

    @Benchmark
    public List<Violation> contractValidatorTypedOnly() {
        return contractValidator.validate(model);
    }

    @Benchmark
    public ValidationReport schemaLibraryAlone() {
        return schemaLibrary.validateResponse(PageBody.path(), Request.Method.GET,
                SimpleResponse.Builder.status(200)
                        .withContentType(CONTENT_TYPE)
                        .withBody(new String(body, StandardCharsets.UTF_8))
                        .build());
    }

    private static void requireNoFindings(List<Violation> found, String what) {
        if (!found.isEmpty()) {
            throw new IllegalStateException(what + " finds violations in the page's body: " + found);
        }
    }

    private static String contract() throws IOException {
        try (InputStream in = ValidationBenchmark.class.getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException(CONTRACT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
