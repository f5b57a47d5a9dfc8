package dev.doctranslation.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.TranslationStatus;
import java.io.IOException;
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
 * What the SDK adds to one call: {@code cancelTranslation} and {@code getTranslationStatus}
 * through {@link DocumentTranslationClient}, against the same calls written by hand with
 * {@link HttpClient} and Jackson. Both sides hit one in-process stub on loopback that answers the
 * page's 200 body, use HTTP/1.1 with keep-alive, send the key header, set the same 30 s request
 * timeout and decode into the same generated model with the SDK's own mapper settings, so the
 * ratio is the SDK's layers alone (Feign, interceptors, retry loop, header copies, body deadline).
 *
 * <p>Beside them, the two clients a team would get from OpenAPI Generator itself for the same spec,
 * used as their generated code intends and left at its defaults: library {@code feign} through its
 * own {@code ApiClient} (Feign's default {@code HttpURLConnection} transport, the key through the
 * generated {@code ApiKeyAuth}), and library {@code native} ({@code java.net.http}, the key through
 * its request interceptor, as that library has no API-key support). Each decodes into its own
 * generated model. Generated in {@code benchmarks/target/generated-sources/stock-*} from
 * {@code benchmarks/generator/stock-*.yaml}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Longer warm-up than the others: three HTTP stacks (client, stub, Feign) must reach C2 first.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SdkCallBenchmark {
    static final String KEY = "benchmark-subscription-key";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private StubStatusServer server;
    private DocumentTranslationClient sdk;
    private HttpClient raw;
    private ObjectMapper mapper;
    private URI operationUrl;
    private dev.doctranslation.benchmarks.stock.feign.api.TranslationOperationsApi stockFeign;
    private dev.doctranslation.benchmarks.stock.nativehttp.api.TranslationOperationsApi stockNative;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = StubStatusServer.start();
        operationUrl = server.operationUrl();
        sdk = DocumentTranslationClient.builder()
                .endpoint(server.endpoint().toString())
                .subscriptionKey(KEY)
                .build();
        // The settings the SDK gives its own HttpClient for plain-http endpoints.
        raw = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        mapper = ContractJson.newMapper();
        String apiBase = server.endpoint() + PageBody.BASE_PATH;
        stockFeign = new dev.doctranslation.benchmarks.stock.feign.invoker.ApiClient("subscriptionKey", KEY)
                .setBasePath(apiBase)
                .buildClient(dev.doctranslation.benchmarks.stock.feign.api.TranslationOperationsApi.class);
        dev.doctranslation.benchmarks.stock.nativehttp.invoker.ApiClient nativeClient =
                new dev.doctranslation.benchmarks.stock.nativehttp.invoker.ApiClient();
        nativeClient.updateBaseUri(apiBase);
        nativeClient.setRequestInterceptor(request -> request.header("Ocp-Apim-Subscription-Key", KEY));
        stockNative = new dev.doctranslation.benchmarks.stock.nativehttp.api.TranslationOperationsApi(nativeClient);
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public TranslationStatus sdkCancelTranslation() {
        return sdk.cancelTranslation(PageBody.ID);
    }

    @Benchmark
    public TranslationStatus rawCancelTranslation() throws IOException, InterruptedException {
        return rawCall("DELETE");
    }

    @Benchmark
    public TranslationStatus sdkGetTranslationStatus() {
        return sdk.getTranslationStatus(PageBody.ID);
    }

    @Benchmark
    public TranslationStatus rawGetTranslationStatus() throws IOException, InterruptedException {
        return rawCall("GET");
    }

    @Benchmark
    public dev.doctranslation.benchmarks.stock.feign.model.TranslationStatus stockFeignCancelTranslation() {
        return stockFeign.cancelTranslation(PageBody.ID);
    }

    @Benchmark
    public dev.doctranslation.benchmarks.stock.feign.model.TranslationStatus stockFeignGetTranslationStatus() {
        return stockFeign.getTranslationStatus(PageBody.ID);
    }

    @Benchmark
    public dev.doctranslation.benchmarks.stock.nativehttp.model.TranslationStatus stockNativeCancelTranslation()
            throws dev.doctranslation.benchmarks.stock.nativehttp.invoker.ApiException {
        return stockNative.cancelTranslation(PageBody.ID);
    }

    @Benchmark
    public dev.doctranslation.benchmarks.stock.nativehttp.model.TranslationStatus stockNativeGetTranslationStatus()
            throws dev.doctranslation.benchmarks.stock.nativehttp.invoker.ApiException {
        return stockNative.getTranslationStatus(PageBody.ID);
    }

    /** The hand-written call a careful user would make: key header, timeout, status check, decode. */
    private TranslationStatus rawCall(String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(operationUrl)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Ocp-Apim-Subscription-Key", KEY)
                .header("Accept", "application/json")
                .timeout(TIMEOUT)
                .build();
        HttpResponse<byte[]> response = raw.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " answered " + response.statusCode());
        }
        return mapper.readValue(response.body(), TranslationStatus.class);
    }
}
