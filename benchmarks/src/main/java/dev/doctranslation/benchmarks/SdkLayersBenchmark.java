package dev.doctranslation.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.client.implementation.TranslationOperationsApi;
import dev.doctranslation.contract.models.TranslationStatus;
import feign.Feign;
import feign.Request;
import feign.Response;
import feign.Retryer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
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
 * Diagnostic for benchmark 1: where the SDK's overhead over the raw call sits. Two more ways to
 * make {@code getTranslationStatus}, beside the raw call ({@code java.net.http}) and the whole SDK
 * of {@link SdkCallBenchmark}, on the same kind of stub:
 * <ul>
 *   <li>{@code rawOkHttpGet}: the raw call made with the SDK's own OkHttp client (its settings,
 *       interceptors and socket factory): the transport's share;</li>
 *   <li>{@code feignTransportGet}: the generated Feign interface through Feign's proxy, with
 *       feign-okhttp on that same OkHttp client, no retryer, the key header, body read and decoded:
 *       how the SDK sent its requests before it bound them from the interface once and called
 *       OkHttp itself, kept to show what Feign's per-call machinery costs.</li>
 * </ul>
 * The SDK's own share (binding, retry loop, error mapping, header copy) is
 * {@code SdkCallBenchmark.sdkGetTranslationStatus} minus {@code rawOkHttpGet}; Feign's proxy would
 * add {@code feignTransportGet} minus {@code rawOkHttpGet}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SdkLayersBenchmark {
    private StubStatusServer server;
    private okhttp3.OkHttpClient okHttp;
    private okhttp3.Request okHttpRequest;
    private TranslationOperationsApi feign;
    private ObjectMapper mapper;
    private java.net.URI operationUrl;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = StubStatusServer.start();
        operationUrl = server.operationUrl();
        Object transport = sdkTransport();
        okHttp = part(transport, "okHttp", okhttp3.OkHttpClient.class);
        okHttpRequest = new okhttp3.Request.Builder()
                .url(operationUrl.toString())
                .header("Ocp-Apim-Subscription-Key", SdkCallBenchmark.KEY)
                .header("Accept", "application/json")
                .build();
        feign = Feign.builder()
                .client(new feign.okhttp.OkHttpClient(okHttp))
                // The OkHttp client's own timeouts: other options would make feign-okhttp build a new client per call.
                .options(new Request.Options(okHttp.connectTimeoutMillis(), TimeUnit.MILLISECONDS,
                        okHttp.readTimeoutMillis(), TimeUnit.MILLISECONDS, false))
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
    public TranslationStatus rawOkHttpGet() throws IOException {
        try (okhttp3.Response response = okHttp.newCall(okHttpRequest).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("GET answered " + response.code());
            }
            return mapper.readValue(response.body().bytes(), TranslationStatus.class);
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

    /**
     * The SDK's own transport, built by its package-private {@code OkHttpTransport} with the
     * builder's default timeouts, so both layers run on exactly the OkHttp client the SDK runs on,
     * without a copy of its settings here to drift. Reflection in the
     * set-up only; the class path leaves the package open to it.
     */
    private static Object sdkTransport() {
        try {
            Class<?> type = Class.forName("dev.doctranslation.client.OkHttpTransport");
            Constructor<?> constructor = type.getDeclaredConstructor(Duration.class, Duration.class);
            constructor.setAccessible(true);
            return constructor.newInstance(Duration.ofSeconds(10), Duration.ofSeconds(30));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the SDK's transport class changed: " + e, e);
        }
    }

    private static <T> T part(Object transport, String accessor, Class<T> type) {
        try {
            Method method = transport.getClass().getDeclaredMethod(accessor);
            method.setAccessible(true);
            return type.cast(method.invoke(transport));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the SDK's transport class changed: " + e, e);
        }
    }
}
