package dev.doctranslation.contract;

import java.util.List;

/**
 * The provider states of the contract, by exact name, with the params each takes. A target is
 * arranged through Pact's state-change convention: {@code POST {stateChangeUrl}} with
 * {@code {"state": NAME, "params": {...}, "action": "setup" | "teardown"}} answers 200 with a JSON
 * object of values (for example {@code {"id": "<uuid>"}}). The mock serves them, the kit and the
 * client's pacts ask for them.
 */
public final class ProviderStates {
    /**
     * An operation exists: params {@link #STATUS} (required, a status wire value; the page's
     * {@code Canceled} is read as {@code Cancelled}), {@link #TOTAL}, {@link #SUCCESS},
     * {@link #FAILED}; answers {@code {"id": "<uuid>"}}.
     */
    public static final String OPERATION_EXISTS = "a translation operation exists";
    /** No operation exists: answers {@code {"id": "<uuid>"}} of an id that no operation has. */
    public static final String NO_OPERATION_EXISTS = "no translation operation exists";
    /** The next {@link #COUNT} API requests get 429 with {@code Retry-After: }{@link #RETRY_AFTER_SECONDS}. */
    public static final String REQUESTS_THROTTLED = "requests are throttled";
    /** The next {@link #COUNT} API requests get 503 with {@code Retry-After: }{@link #RETRY_AFTER_SECONDS}. */
    public static final String SERVICE_UNAVAILABLE = "the service is unavailable";
    /** API answers are delayed by {@link #LATENCY_MS}. */
    public static final String RESPONSES_SLOW = "responses are slow";

    /** Every state name, in the order the kit's README lists them. */
    public static final List<String> NAMES = List.of(OPERATION_EXISTS, NO_OPERATION_EXISTS, REQUESTS_THROTTLED,
            SERVICE_UNAVAILABLE, RESPONSES_SLOW);

    public static final String STATUS = "status";
    public static final String TOTAL = "total";
    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";
    public static final String COUNT = "count";
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";
    public static final String LATENCY_MS = "latencyMs";
    /** The value the states answer with: the arranged operation's id. */
    public static final String ID = "id";

    /** The two actions of the state-change convention. */
    public static final String SETUP = "setup";
    public static final String TEARDOWN = "teardown";

    private ProviderStates() {}
}
