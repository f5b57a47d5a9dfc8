package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Refuses an oversized URI (414) or oversized headers (431) in the error shape of the route asked, before
 * anything else looks at the request. Grizzly's own, larger limit ({@link
 * MockServer#HARD_HEADER_LIMIT_BYTES}) stays behind it as the last guard and answers a bare 4xx.
 */
@PreMatching
@Priority(RequestLimitsFilter.PRIORITY)
final class RequestLimitsFilter implements ContainerRequestFilter {

    static final int PRIORITY = 10;
    /** Path and query, in characters, as sent (still percent-encoded). */
    static final int MAX_URI_LENGTH = 4_096;
    /** Names and values of all header fields, with ": " and CRLF, in characters. */
    static final int MAX_HEADER_BYTES = 16_384;

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        ErrorEnvelope envelope = ServedRoutes.envelopeOf(uri.getRawPath());
        int uriLength =
                length(uri.getRawPath()) + (uri.getRawQuery() == null ? 0 : uri.getRawQuery().length() + 1);
        if (uriLength > MAX_URI_LENGTH) {
            request.abortWith(
                    ErrorResponses.error(
                            envelope,
                            414,
                            TranslationErrorCode.INVALID_REQUEST,
                            "The request URI is longer than " + MAX_URI_LENGTH + " characters.",
                            "uri"));
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                headerBytes += header.getKey().length() + 2 + length(value) + 2;
            }
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            request.abortWith(
                    ErrorResponses.error(
                            envelope,
                            431,
                            TranslationErrorCode.INVALID_REQUEST,
                            "The request header fields are larger than " + MAX_HEADER_BYTES + " bytes.",
                            "headers"));
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
