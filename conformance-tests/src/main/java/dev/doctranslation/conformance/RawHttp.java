package dev.doctranslation.conformance;

import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ServiceVersion;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests the SDK cannot express (no key, a wrong key, a malformed or upper-case id, extra header
 * fields, a body on DELETE), sent with the JDK's HTTP client; and, through {@link SocketExchange},
 * the ones the JDK's client cannot build at all (a malformed percent-escape) or that must reach the
 * server exactly as written (oversized heads, other methods, plain http). Never retries: the kit
 * judges the first answer. Every request carries the target version's {@code api-version} query, if
 * it has one, after the path the probe built, as {@link ServiceVersion#operationUri} puts it.
 */
final class RawHttp {
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final URI apiBase;
    private final ServiceVersion version;

    RawHttp(HttpClient http, URI apiBase, ServiceVersion version) {
        this.http = http;
        this.apiBase = apiBase;
        this.version = version;
    }

    /**
     * Sends {@code method} to {@code apiBase + relativePath}, with the key header when {@code key}
     * is not null. A transport failure is an {@link Exchange} with status 0 and the reason as body.
     */
    Exchange send(String operationId, String method, String relativePath, String key) {
        return send(operationId, RawRequest.of(method, relativePath).withKey(key));
    }

    /** Sends {@code request} with the JDK's client; a transport failure is an exchange with status 0. */
    Exchange send(String operationId, RawRequest request) {
        RawRequest versioned = request.withQueryOf(version);
        URI uri = URI.create(apiBase + versioned.relativePath());
        HttpRequest.BodyPublisher body = request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        String path = RawRequest.evidencePath(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .method(request.method(), body)
                    .header("Accept", "application/json");
            if (request.key() != null) {
                builder.header(ContractHeaders.SUBSCRIPTION_KEY, request.key());
            }
            request.headers().forEach(builder::setHeader);
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, java.util.List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(response.headers().map());
            return new Exchange(operationId, request.method(), path, response.statusCode(), headers, response.body());
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a header field the JDK's client refuses to send.
            return failed(operationId, request.method(), path, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(operationId, request.method(), path, "interrupted");
        }
    }

    /** Sends {@code request} byte for byte over HTTP/1.1 to this target's API base. */
    Exchange sendAsWritten(RawRequest request) {
        return sendAsWritten(apiBase, request);
    }

    /** Sends {@code request} byte for byte over HTTP/1.1 to another API base (the plain-http twin). */
    Exchange sendAsWritten(URI otherApiBase, RawRequest request) {
        return SocketExchange.send(otherApiBase, request.withQueryOf(version), TIMEOUT);
    }

    private static Exchange failed(String operationId, String method, String path, String reason) {
        return new Exchange(operationId, method, path, 0, Map.of(),
                ("no answer: " + reason).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
