package dev.doctranslation.conformance;

import dev.doctranslation.contract.ContractHeaders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests the SDK cannot express (no key, a wrong key, a malformed or upper-case id), sent with
 * the JDK's HTTP client. Never retries: the kit judges the first answer.
 */
final class RawHttp {
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final URI apiBase;

    RawHttp(HttpClient http, URI apiBase) {
        this.http = http;
        this.apiBase = apiBase;
    }

    /**
     * Sends {@code method} to {@code apiBase + relativePath}, with the key header when {@code key}
     * is not null. A transport failure is an {@link Exchange} with status 0 and the reason as body.
     */
    Exchange send(String operationId, String method, String relativePath, String key) {
        URI uri = URI.create(apiBase + relativePath);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "application/json");
        if (key != null) {
            request.header(ContractHeaders.SUBSCRIPTION_KEY, key);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, java.util.List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(response.headers().map());
            return new Exchange(operationId, method, uri.getRawPath(), response.statusCode(), headers, response.body());
        } catch (IOException e) {
            return failed(operationId, method, uri, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(operationId, method, uri, "interrupted");
        }
    }

    private static Exchange failed(String operationId, String method, URI uri, String reason) {
        return new Exchange(operationId, method, uri.getRawPath(), 0, Map.of(),
                ("no answer: " + reason).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
