package dev.doctranslation.client;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP attempt as an {@link ExchangeListener} sees it: the request as sent without the
 * subscription key or bearer token, then either the whole answer or the failure that left the attempt without
 * one. Header names compare without regard to case. Immutable.
 */
public final class ObservedExchange {
    private final String operationId;
    private final int attempt;
    private final String method;
    private final URI url;
    private final Map<String, List<String>> requestHeaders;
    private final int statusCode;
    private final Map<String, List<String>> responseHeaders;
    private final byte[] responseBody;
    private final DocumentTranslationException failure;

    private ObservedExchange(String operationId, int attempt, String method, URI url,
            Map<String, List<String>> requestHeaders, int statusCode, Map<String, List<String>> responseHeaders,
            byte[] responseBody, DocumentTranslationException failure) {
        this.operationId = operationId;
        this.attempt = attempt;
        this.method = method;
        this.url = url;
        this.requestHeaders = readOnly(requestHeaders);
        this.statusCode = statusCode;
        this.responseHeaders = readOnly(responseHeaders);
        this.responseBody = responseBody.clone();
        this.failure = failure;
    }

    static ObservedExchange answered(String operationId, int attempt, String method, URI url,
            Map<String, List<String>> requestHeaders, int statusCode, Map<String, List<String>> responseHeaders,
            byte[] responseBody) {
        return new ObservedExchange(operationId, attempt, method, url, requestHeaders, statusCode, responseHeaders,
                responseBody, null);
    }

    static ObservedExchange failed(String operationId, int attempt, String method, URI url,
            Map<String, List<String>> requestHeaders, DocumentTranslationException failure) {
        return new ObservedExchange(operationId, attempt, method, url, requestHeaders, 0, Map.of(), new byte[0],
                failure);
    }

    /** The contract's operationId: {@code cancelTranslation} or {@code getTranslationStatus}. */
    public String operationId() {
        return operationId;
    }

    /** 0 for the first attempt of a call, n for its n-th retry. */
    public int attempt() {
        return attempt;
    }

    /** The HTTP method, {@code DELETE} or {@code GET}. */
    public String method() {
        return method;
    }

    /** The URL the request went to. */
    public URI url() {
        return url;
    }

    /** The request's headers as sent, without {@code Ocp-Apim-Subscription-Key} or {@code Authorization}. */
    public Map<String, List<String>> requestHeaders() {
        return requestHeaders;
    }

    /** Whether a whole answer arrived; if not, {@link #failure()} says why. */
    public boolean answered() {
        return failure == null;
    }

    /** The answer's status code; 0 when no whole answer arrived. */
    public int statusCode() {
        return statusCode;
    }

    /** The answer's headers; empty when no whole answer arrived. */
    public Map<String, List<String>> responseHeaders() {
        return responseHeaders;
    }

    /**
     * The id the service gave the answer ({@code apim-request-id}, else {@code X-RequestId}); empty
     * when no whole answer arrived or it carried neither.
     */
    public Optional<String> requestId() {
        return RequestIds.of(responseHeaders);
    }

    /** The answer's body bytes as received (a copy); empty when there was none. */
    public byte[] responseBody() {
        return responseBody.clone();
    }

    /**
     * Why no whole answer arrived: a {@link TransportException}, or an
     * {@link OperationInterruptedException}. Empty when the attempt was answered, whatever the
     * status.
     */
    public Optional<DocumentTranslationException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        String outcome = failure == null ? statusCode + ", " + responseBody.length + " bytes"
                : failure.getClass().getSimpleName();
        return "ObservedExchange{" + operationId + " attempt " + attempt + ": " + method + " " + url + " -> " + outcome
                + "}";
    }

    private static Map<String, List<String>> readOnly(Map<String, List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
