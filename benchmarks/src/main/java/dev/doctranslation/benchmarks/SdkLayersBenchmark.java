package dev.doctranslation.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.client.implementation.TranslationOperationsApi;
import dev.doctranslation.contract.models.TranslationStatus;
import feign.Feign;
import feign.Request;
import feign.Response;
import feign.Retryer;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagnostic for benchmark 1: where the SDK's overhead over the raw call sits. Two intermediate
 * steps of {@code getTranslationStatus}, between the raw call and the whole SDK of
 * {@link SdkCallBenchmark}, on the same kind of stub:
 * <ul>
 *   <li>{@code rawInputStreamGet}: the raw call with the body handler Feign's JDK transport uses
 *       ({@code ofInputStream}) instead of {@code ofByteArray};</li>
 *   <li>{@code feignTransportGet}: the generated Feign interface over feign-java11's
 *       {@link Http2Client}, wired as the SDK wires it (same HttpClient settings, options, no
 *       retryer, the key header), body read and decoded; no retry loop, no body deadline, no error
 *       mapping: Feign's own share.</li>
 * </ul>
 * The SDK's own share is then {@code SdkCallBenchmark.sdkGetTranslationStatus} minus
 * {@code feignTransportGet}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SdkLayersBenchmark {
    private StubStatusServer server;
    private HttpClient raw;
    private TranslationOperationsApi feign;
    private ObjectMapper mapper;
    private URI operationUrl;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = StubStatusServer.start();
        operationUrl = server.operationUrl();
        raw = jdkClient();
        feign = Feign.builder()
                .client(new Http2Client(jdkClient()))
                .options(new Request.Options(10, TimeUnit.SECONDS, 30, TimeUnit.SECONDS, false))
                .retryer(Retryer.NEVER_RETRY)
                .requestInterceptor(template -> template.header("Ocp-Apim-Subscription-Key", SdkCallBenchmark.KEY))
                .target(TranslationOperationsApi.class, server.endpoint() + PageBody.BASE_PATH);
        mapper = ContractJson.newMapper();
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public TranslationStatus rawInputStreamGet() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(operationUrl)
                .GET()
                .header("Ocp-Apim-Subscription-Key", SdkCallBenchmark.KEY)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<InputStream> response = raw.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET answered " + response.statusCode());
            }
            return mapper.readValue(body.readAllBytes(), TranslationStatus.class);
        }
    }

    @Benchmark
    public TranslationStatus feignTransportGet() throws IOException {
        try (Response response = feign.getTranslationStatus(PageBody.ID); InputStream body = response.body().asInputStream()) {
            if (response.status() != 200) {
                throw new IllegalStateException("GET answered " + response.status());
            }
            return mapper.readValue(body.readAllBytes(), TranslationStatus.class);
        }
    }

    private static HttpClient jdkClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }
}
