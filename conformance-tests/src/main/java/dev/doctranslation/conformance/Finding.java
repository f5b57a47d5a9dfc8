package dev.doctranslation.conformance;

/**
 * Why a check failed or warned: the rule (the check's own id, or the validator rule behind it),
 * what was found and expected, and where.
 *
 * @param ruleId the check id, or a validator rule id such as {@code summary.arithmetic}
 * @param message the value found and what was expected
 * @param requestLine the request that showed it, or empty
 * @param statusCode the answer's status, or 0
 * @param jsonPath where in the answer, or empty
 * @param requestId the id the provider gave the answer ({@code apim-request-id} or {@code X-RequestId}),
 *     or empty
 */
public record Finding(String ruleId, String message, String requestLine, int statusCode, String jsonPath,
        String requestId) {
    public Finding {
        requestId = requestId == null ? "" : requestId;
    }

    /** A finding on an answer that carried no request id, or on no answer at all. */
    public Finding(String ruleId, String message, String requestLine, int statusCode, String jsonPath) {
        this(ruleId, message, requestLine, statusCode, jsonPath, "");
    }

    @Override
    public String toString() {
        return ruleId + ": " + message + (requestLine.isEmpty() ? "" : " [" + requestLine + " -> " + statusCode
                + (requestId.isEmpty() ? "" : ", request id " + requestId)
                + (jsonPath.isEmpty() ? "" : " at " + jsonPath) + "]");
    }
}
