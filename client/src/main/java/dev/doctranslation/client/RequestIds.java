package dev.doctranslation.client;

import dev.doctranslation.contract.ContractHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The id an answer carries for support requests. The service's gateway sends {@code apim-request-id}
 * and the service itself {@code X-RequestId}; the live service sends both, with one value, and an
 * answer from a gateway in front of it may carry only one, so the first present is taken.
 */
final class RequestIds {
    /** The API Management gateway's id, on every answer that passed it (errors included). */
    static final String APIM_REQUEST_ID = "apim-request-id";
    /** The Translator service's own id. */
    static final String X_REQUEST_ID = "X-RequestId";

    private RequestIds() {}

    static Optional<String> of(Map<String, List<String>> headers) {
        Optional<String> apim = nonBlank(ContractHeaders.first(headers, APIM_REQUEST_ID));
        return apim.isPresent() ? apim : nonBlank(ContractHeaders.first(headers, X_REQUEST_ID));
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
