package dev.doctranslation.conformance;

import dev.doctranslation.contract.ContractHeaders;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request the kit sent and the answer it got, as evidence. Holds no request headers, so the
 * key cannot reach a report through it.
 *
 * @param operationId the contract operation the request meant to call
 * @param method the HTTP method
 * @param path the request path, as sent (API base path included)
 * @param statusCode the answer's status; 0 when no answer arrived
 * @param headers the answer's headers
 * @param body the answer's body bytes
 */
public record Exchange(String operationId, String method, String path, int statusCode, Map<String, List<String>> headers,
        byte[] body) {

    public String requestLine() {
        return method + " " + path;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body, cut for a report. */
    public String bodyExcerpt() {
        String text = bodyText();
        return text.length() > 2000 ? text.substring(0, 2000) + "... (" + body.length + " bytes)" : text;
    }

    /**
     * The id the provider gave this answer ({@code apim-request-id}, else {@code X-RequestId}), which
     * its team needs to find the request in their logs; empty when it gave none.
     */
    public String requestId() {
        return ContractHeaders.first(headers, ContractHeaders.APIM_REQUEST_ID)
                .or(() -> ContractHeaders.first(headers, ContractHeaders.X_REQUEST_ID)).orElse("");
    }

    public String header(String name) {
        return ContractHeaders.first(headers, name).orElse(null);
    }
}
