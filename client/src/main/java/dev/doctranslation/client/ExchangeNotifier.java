package dev.doctranslation.client;

import dev.doctranslation.contract.Redaction;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each attempt to the user's {@link ExchangeListener}, keeping the two promises the listener
 * is made: it never receives the key, and its failure never becomes the call's failure.
 */
final class ExchangeNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeListener.class);

    private final ExchangeListener listener;
    /** The secret sent (the key, or the last bearer token), only to take it out of what the listener is shown. */
    private final Supplier<String> key;

    /** @param listener null for none, which costs nothing per attempt */
    ExchangeNotifier(ExchangeListener listener, Supplier<String> key) {
        this.listener = listener;
        this.key = key;
    }

    void answered(String operationId, int attempt, ClassicHttpRequest request, RawResponse answer) {
        if (listener == null) {
            return;
        }
        tell(operationId, attempt, () -> ObservedExchange.answered(operationId, attempt,
                method(request, answer.requestLine()), url(request, answer.requestLine()), requestHeaders(request),
                answer.statusCode(), redacted(answer.headers()), redacted(answer.body())));
    }

    /** @param request null when the failure came before the request was built */
    void failed(String operationId, int attempt, ClassicHttpRequest request, String requestLine,
            DocumentTranslationException failure) {
        if (listener == null) {
            return;
        }
        tell(operationId, attempt, () -> ObservedExchange.failed(operationId, attempt, method(request, requestLine),
                url(request, requestLine), requestHeaders(request), failure));
    }

    /** Building what the listener is shown is inside the guard too: nothing here may fail the call. */
    private void tell(String operationId, int attempt, Supplier<ObservedExchange> exchange) {
        try {
            listener.onExchange(exchange.get());
        } catch (RuntimeException e) {
            // Observing must not change the outcome: the call goes on as if no listener were set.
            LOG.warn("the exchange listener threw on {} attempt {}, which is ignored: {}", operationId, attempt,
                    Redaction.redact(String.valueOf(e), key), Redaction.mentionsKey(e, key) ? null : e);
        }
    }

    private static String method(ClassicHttpRequest request, String requestLine) {
        return request == null ? requestLine.substring(0, requestLine.indexOf(' ')) : request.getMethod();
    }

    /** The URL is made of the user's endpoint and a UUID; a key put in the endpoint goes too, its mark percent-encoded. */
    private URI url(ClassicHttpRequest request, String requestLine) {
        String url = request == null ? requestLine.substring(requestLine.indexOf(' ') + 1) : requestUrl(request);
        return URI.create(Redaction.redact(url, key).replace(Redaction.MARK, "%5Bredacted%5D"));
    }

    private static String requestUrl(ClassicHttpRequest request) {
        try {
            return request.getUri().toString();
        } catch (java.net.URISyntaxException e) {
            return request.getRequestUri();
        }
    }

    private Map<String, List<String>> requestHeaders(ClassicHttpRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (request == null) {
            return headers;
        }
        // In name order, whatever order they were set in, so what a listener records is stable.
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Stream.of(request.getHeaders()).map(Header::getName).forEach(names::add);
        for (String name : names) {
            if (!SubscriptionKeyInterceptor.KEY_HEADER.equalsIgnoreCase(name)
                    && !BearerTokenInterceptor.AUTHORIZATION.equalsIgnoreCase(name)) {
                headers.put(name, redacted(Stream.of(request.getHeaders(name)).map(Header::getValue).toList()));
            }
        }
        return headers;
    }

    /** A server may echo the key in any header, name or value. */
    private Map<String, List<String>> redacted(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.merge(Redaction.redact(name, key), redacted(values), (a, b) -> a));
        return copy;
    }

    private List<String> redacted(Collection<String> values) {
        return values.stream().map(value -> Redaction.redact(value, key)).toList();
    }

    /** Byte by byte, so a body that is not UTF-8 reaches the listener otherwise unchanged. */
    private byte[] redacted(byte[] body) {
        String current;
        try {
            current = key.get();
        } catch (RuntimeException e) {
            return body;
        }
        if (current == null || current.isBlank()) {
            return body;
        }
        return replace(body, current.getBytes(StandardCharsets.UTF_8), Redaction.MARK.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] replace(byte[] body, byte[] target, byte[] replacement) {
        ByteArrayOutputStream out = null;
        int copiedUpTo = 0;
        for (int i = 0; i + target.length <= body.length; ) {
            if (matchesAt(body, i, target)) {
                if (out == null) {
                    out = new ByteArrayOutputStream(body.length);
                }
                out.write(body, copiedUpTo, i - copiedUpTo);
                out.write(replacement, 0, replacement.length);
                i += target.length;
                copiedUpTo = i;
            } else {
                i++;
            }
        }
        if (out == null) {
            return body;
        }
        out.write(body, copiedUpTo, body.length - copiedUpTo);
        return out.toByteArray();
    }

    private static boolean matchesAt(byte[] body, int at, byte[] target) {
        for (int j = 0; j < target.length; j++) {
            if (body[at + j] != target[j]) {
                return false;
            }
        }
        return true;
    }
}
