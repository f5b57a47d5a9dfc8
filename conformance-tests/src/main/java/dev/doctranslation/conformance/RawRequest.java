package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceVersion;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request the kit builds by hand: a method, a path below the API base exactly as it goes on the
 * wire (still percent-encoded, malformed if the probe wants it so), the key or none, extra header
 * fields and a body. Immutable; each {@code with...} returns a copy.
 *
 * @param method the HTTP method
 * @param relativePath the path below the API base, as sent, e.g. {@code /batches/<uuid>}
 * @param key the subscription key to send, or null for none
 * @param headers further header fields, in the order they are sent
 * @param body the body bytes (empty: no body)
 */
record RawRequest(String method, String relativePath, String key, Map<String, String> headers, byte[] body) {
    RawRequest {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(relativePath, "relativePath == null");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body.clone();
    }

    static RawRequest of(String method, String relativePath) {
        return new RawRequest(method, relativePath, null, Map.of(), new byte[0]);
    }

    RawRequest withKey(String subscriptionKey) {
        return new RawRequest(method, relativePath, subscriptionKey, headers, body);
    }

    RawRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RawRequest(method, relativePath, key, more, body);
    }

    RawRequest withBody(String contentType, String text) {
        return withHeader("Content-Type", contentType).withBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The same request with {@code version}'s {@code api-version} query after its path (joined
     * with {@code &} when the path already has a query); unchanged for a version without one.
     */
    RawRequest withQueryOf(ServiceVersion version) {
        return version.apiVersionQuery().map(v -> new RawRequest(method, relativePath
                + (relativePath.contains("?") ? "&" : "?") + ServiceVersion.API_VERSION_PARAMETER
                + "=" + v, key, headers, body)).orElse(this);
    }

    private RawRequest withBytes(byte[] bytes) {
        return new RawRequest(method, relativePath, key, headers, bytes);
    }

    /** The contract operation the method names, for the validator; another method names none. */
    String operationId() {
        return switch (method) {
            case "DELETE" -> "cancelTranslation";
            case "GET" -> "getTranslationStatus";
            default -> method + " (no contract operation)";
        };
    }

    /**
     * The path for reports: an over-long one is cut, so a 10,000-character probe does not fill
     * every finding.
     */
    static String evidencePath(String rawPath) {
        return rawPath.length() <= 200 ? rawPath
                : rawPath.substring(0, 160) + "...(" + rawPath.length() + " characters)";
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "RawRequest[" + method + " " + evidencePath(relativePath) + (key == null ? ", no key" : ", a key")
                + ", headers " + headers.keySet() + ", " + body.length + " body bytes]";
    }
}
