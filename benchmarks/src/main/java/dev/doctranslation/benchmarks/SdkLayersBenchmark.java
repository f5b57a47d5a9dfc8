package dev.doctranslation.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.TranslationStatus;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
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
 *   <li>{@code rawTransportGet}: the raw call made with the SDK's own Apache HttpClient (its
 *       settings, connection and socket factory), the key header, body read and decoded: the
 *       transport's share;</li>
 *   <li>{@code okHttpGet}: the same call with OkHttp and its defaults, the SDK's transport until
 *       2026-12-02, kept to show what leaving it saved.</li>
 * </ul>
 * The SDK's own share (binding, retry loop, error mapping, header copy) is
 * {@code SdkCallBenchmark.sdkGetTranslationStatus} minus {@code rawTransportGet}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class SdkLayersBenchmark {
    private StubStatusServer server;
    private CloseableHttpClient transport;
    private HttpHost host;
    private okhttp3.OkHttpClient okHttp;
    private okhttp3.Request okHttpRequest;
    private ObjectMapper mapper;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = StubStatusServer.start();
        java.net.URI operationUrl = server.operationUrl();
        transport = part(sdkTransport(), "httpClient", CloseableHttpClient.class);
        host = HttpHost.create(operationUrl);
        okHttp = new okhttp3.OkHttpClient();
        okHttpRequest = new okhttp3.Request.Builder()
                .url(operationUrl.toString())
                .header("Ocp-Apim-Subscription-Key", SdkCallBenchmark.KEY)
                .header("Accept", "application/json")
                .build();
        mapper = ContractJson.newMapper();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        transport.close();
        server.close();
    }

    @Benchmark
    public TranslationStatus rawTransportGet() throws IOException {
        ClassicHttpRequest request = new BasicClassicHttpRequest("GET", host, PageBody.path());
        request.setHeader("Ocp-Apim-Subscription-Key", SdkCallBenchmark.KEY);
        request.setHeader("Accept", "application/json");
        byte[] body = transport.execute(request, response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("GET answered " + response.getCode());
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
        return mapper.readValue(body, TranslationStatus.class);
    }

    @Benchmark
    public TranslationStatus okHttpGet() throws IOException {
        try (okhttp3.Response response = okHttp.newCall(okHttpRequest).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("GET answered " + response.code());
            }
            return mapper.readValue(response.body().bytes(), TranslationStatus.class);
        }
    }

    /**
     * The SDK's own transport, built by its package-private {@code HttpTransport} with the
     * builder's default timeouts, so the layer runs on exactly the HttpClient the SDK runs on,
     * without a copy of its settings here to drift. Reflection in the set-up only; the class path
     * leaves the package open to it.
     */
    private static Object sdkTransport() {
        try {
            Class<?> type = Class.forName("dev.doctranslation.client.HttpTransport");
            Constructor<?> constructor = type.getDeclaredConstructor(Duration.class, Duration.class, int.class);
            constructor.setAccessible(true);
            return constructor.newInstance(Duration.ofSeconds(10), Duration.ofSeconds(30), 8 * 1024 * 1024);
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
