package dev.doctranslation.client.pact;

/**
 * What the consumer pact shares with whoever verifies it: participant names, provider states,
 * the key placeholder and the patterns its matchers use. The conformance kit's provider
 * verification relies on these exact values; change one only together with it.
 */
final class PactTerms {
    static final String CONSUMER = "doctranslation-client";
    static final String PROVIDER = "doctranslation-service";

    // The provider-state protocol (the mock server's POST /_states); names and params are contract.
    /** Params: {@code status} (required), {@code total}, {@code success}, {@code failed}; answers {@code {"id"}}. */
    static final String OPERATION_EXISTS = "a translation operation exists";
    /** No params; answers {@code {"id"}}, an id the provider does not know. */
    static final String NO_OPERATION_EXISTS = "no translation operation exists";
    /** Params: {@code retryAfterSeconds}, {@code count}: the next {@code count} API requests answer 429. */
    static final String REQUESTS_THROTTLED = "requests are throttled";

    static final String API_PATH = "/translator/text/batch/v1.0-preview.1";
    /** The provider fills {@code ${id}} in from the id its state change answered. */
    static final String PATH_FROM_STATE = API_PATH + "/batches/${id}";
    static final String EXAMPLE_ID = "727bf148-f327-47a0-9481-abae6362f11e";
    /** Distinct from {@link #EXAMPLE_ID}, so a reader of the pact sees the 404 is about another id. */
    static final String UNKNOWN_EXAMPLE_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    /**
     * Stands where a key belongs: no pact holds a real key. The provider verification replaces a
     * key header whose value is exactly this with the target's key, and leaves any other value.
     */
    static final String KEY_PLACEHOLDER = "<key added at verification>";
    /** Sent as is by the wrong-key interaction; never a key of any resource. */
    static final String WRONG_KEY = "wrong-key-for-contract-tests";

    static final String ANY_KEY = ".+";
    /**
     * A UUID in either letter case. Not Pact's {@code uuid()} matcher, which accepts lower case only:
     * the contract compares ids case-insensitively and the service's own examples are upper case.
     */
    static final String UUID_ANY_CASE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String ANY_STATUS = "NotStarted|Running|Succeeded|Failed|Cancelled|Cancelling|ValidationFailed";
    static final String CANCEL_ACCEPTED = "Cancelling|Cancelled";
    /**
     * RFC 3339 date-time with a zone. A regex rather than Pact's datetime matcher: the service sends
     * from 0 to 7 fraction digits, which one DateTimeFormatter pattern cannot accept.
     */
    static final String ISO_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    /** The spec's RetryAfter header pattern: delay seconds or an HTTP date. */
    static final String RETRY_AFTER = "[0-9]{1,10}|(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} "
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT";
    static final String JSON_CONTENT_TYPE = "application/json(;.*)?";

    private PactTerms() {}
}
