package dev.doctranslation.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A decoded answer with its HTTP status code and headers, returned by the {@code ...WithResponse}
 * methods. Header names are case-insensitive.
 *
 * @param <T> the decoded body
 */
public final class Response<T> {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final T value;

    Response(int statusCode, Map<String, ? extends List<String>> headers, T value) {
        this.statusCode = statusCode;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = java.util.Collections.unmodifiableMap(copy);
        this.value = Objects.requireNonNull(value, "value == null");
    }

    /** The HTTP status code. */
    public int statusCode() {
        return statusCode;
    }

    /** Every header of the answer; names compare without regard to case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of the named header, if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The id the service gave this answer, for a support request: {@code apim-request-id}, else
     * {@code X-RequestId}; empty when the answer carried neither.
     */
    public Optional<String> requestId() {
        return RequestIds.of(headers);
    }

    /** The decoded body. */
    public T value() {
        return value;
    }

    @Override
    public String toString() {
        return "Response{" + statusCode + ", " + value + "}";
    }
}
