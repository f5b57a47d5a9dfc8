package dev.doctranslation.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Feign's transport, on the JDK's {@link HttpClient}: each answer is read whole into memory, and
 * the read timeout bounds the wait for the headers and, once more, for the body. (The JDK's own
 * request timeout ends when the headers arrive, so a peer that sends headers and then stalls
 * would otherwise hold the caller for as long as it likes.) Reading into a byte array at once
 * also spares the stream wrappers of feign-java11's client, which the SDK-call benchmark found to
 * be most of the SDK's cost per call.
 */
final class JdkHttpTransport implements Client {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient http;

    JdkHttpTransport(HttpClient http) {
        this.http = http;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        long readTimeoutMillis = options.readTimeoutUnit().toMillis(options.readTimeout());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(Duration.ofMillis(readTimeoutMillis))
                .method(request.httpMethod().name(), request.body() == null || request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> answer;
        try {
            // Headers within the read timeout (the request's own timeout), the body within one more.
            answer = exchange.get(2 * readTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("the body did not arrive within the read timeout of " + readTimeoutMillis
                    + " ms");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        answer.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.put(name, List.copyOf(values));
            }
        });
        return Response.builder()
                .status(answer.statusCode())
                .headers(headers)
                .body(answer.body())
                .request(request)
                .protocolVersion(answer.version() == HttpClient.Version.HTTP_2
                        ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
                .build();
    }
}
