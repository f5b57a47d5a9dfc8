package dev.doctranslation.contract;

import java.util.List;
import java.util.Map;

/**
 * One raw answer as the {@link ResponseValidator} sees it: which operation, the status code, the
 * headers and the exact body bytes, before anything is decoded. The request's subscription key is
 * not part of it.
 *
 * @param operationId the contract's operationId ({@code cancelTranslation} or {@code getTranslationStatus})
 * @param statusCode the HTTP status code
 * @param headers the response headers (names as received)
 * @param body the body bytes, empty when there was none
 */
public record ObservedResponse(String operationId, int statusCode, Map<String, List<String>> headers, byte[] body) {
    public ObservedResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "ObservedResponse{" + operationId + " -> " + statusCode + ", " + body.length + " bytes}";
    }
}
