package dev.doctranslation.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header names the contract uses, and the one case-insensitive lookup every module reads
 * headers with (HTTP header names are case-insensitive; maps from different HTTP stacks are not).
 */
public final class ContractHeaders {
    /** The request header that carries the subscription key; never logged, never reported. */
    public static final String SUBSCRIPTION_KEY = "Ocp-Apim-Subscription-Key";
    /** On 429 and 503: a delay in seconds or an HTTP date. */
    public static final String RETRY_AFTER = "Retry-After";
    /** Azure's millisecond variant of Retry-After, preferred when both are sent. */
    public static final String RETRY_AFTER_MS = "retry-after-ms";
    public static final String CONTENT_TYPE = "Content-Type";
    /** Azure Core's copy of an error's code (the 2024-05-01 envelope), readable without the body. */
    public static final String ERROR_CODE = "x-ms-error-code";
    /** The request id the service's API gateway gives each answer; support cases ask for it. */
    public static final String APIM_REQUEST_ID = "apim-request-id";
    /** The request id the service itself gives each answer. */
    public static final String X_REQUEST_ID = "X-RequestId";

    private ContractHeaders() {}

    /**
     * The first value of header {@code name}, looked up without regard to letter case; empty when
     * the header is absent or has no value.
     */
    public static Optional<String> first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.ofNullable(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}
