package dev.doctranslation.client.pact;

import static dev.doctranslation.client.pact.PactTerms.ANY_KEY;
import static dev.doctranslation.client.pact.PactTerms.ANY_STATUS;
import static dev.doctranslation.client.pact.PactTerms.CANCEL_ACCEPTED;
import static dev.doctranslation.client.pact.PactTerms.EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.JSON_CONTENT_TYPE;
import static dev.doctranslation.client.pact.PactTerms.KEY_HEADER;
import static dev.doctranslation.client.pact.PactTerms.KEY_PLACEHOLDER;
import static dev.doctranslation.client.pact.PactTerms.NO_OPERATION_EXISTS;
import static dev.doctranslation.client.pact.PactTerms.OPERATION_EXISTS;
import static dev.doctranslation.client.pact.PactTerms.PATH_FROM_STATE;
import static dev.doctranslation.client.pact.PactTerms.REQUESTS_THROTTLED;
import static dev.doctranslation.client.pact.PactTerms.RETRY_AFTER;
import static dev.doctranslation.client.pact.PactTerms.UNKNOWN_EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.WRONG_KEY;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.V4Pact;
import java.util.List;
import java.util.Map;

/**
 * The six interactions of the consumer pact, one method each. Kept apart from the tests that
 * drive the client through them so that the pact-vs-spec tests can build the same interactions.
 */
final class CancelOperationInteractions {
    static final String CANCEL_RUNNING = "cancel of a running operation";
    static final String CANCEL_SUCCEEDED = "cancel of a succeeded operation";
    static final String CANCEL_UNKNOWN = "cancel of an unknown operation";
    static final String CANCEL_WRONG_KEY = "cancel with a wrong subscription key";
    static final String CANCEL_THROTTLED = "cancel while requests are throttled";
    static final String GET_STATUS = "status of a running operation";

    /** Every description, in the order the interactions are defined. */
    static final List<String> ALL = List.of(CANCEL_RUNNING, CANCEL_SUCCEEDED, CANCEL_UNKNOWN, CANCEL_WRONG_KEY,
            CANCEL_THROTTLED, GET_STATUS);

    private static final String KEY_COMMENT = KEY_HEADER + " holds a placeholder: the verification puts the"
            + " target's key in its place.";
    private static final String WRONG_KEY_COMMENT = KEY_HEADER + " is wrong on purpose: the verification"
            + " must send it unchanged.";

    private CancelOperationInteractions() {}

    static V4Pact cancelRunning(PactDslWithProvider builder) {
        return withKey(builder.given(OPERATION_EXISTS, Map.of("status", "Running"))
                .uponReceiving(CANCEL_RUNNING)
                .pathFromProviderState(PATH_FROM_STATE, examplePath(EXAMPLE_ID))
                .method("DELETE"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(PactBodies.translationStatus(CANCEL_ACCEPTED, "Cancelling", PactBodies.CANCELLING))
                .toPact(V4Pact.class);
    }

    static V4Pact cancelSucceeded(PactDslWithProvider builder) {
        return withKey(builder.given(OPERATION_EXISTS, Map.of("status", "Succeeded"))
                .uponReceiving(CANCEL_SUCCEEDED)
                .pathFromProviderState(PATH_FROM_STATE, examplePath(EXAMPLE_ID))
                .method("DELETE"))
                .willRespondWith()
                .status(400)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(error("InvalidRequest",
                        "Operation cannot be canceled because it has already completed, failed or is being canceled."))
                .toPact(V4Pact.class);
    }

    static V4Pact cancelUnknown(PactDslWithProvider builder) {
        return withKey(builder.given(NO_OPERATION_EXISTS)
                .uponReceiving(CANCEL_UNKNOWN)
                .pathFromProviderState(PATH_FROM_STATE, examplePath(UNKNOWN_EXAMPLE_ID))
                .method("DELETE"))
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(error("ResourceNotFound", "The operation with id " + UNKNOWN_EXAMPLE_ID + " was not found."))
                .toPact(V4Pact.class);
    }

    /** An existing operation, so that the 401 can only be about the key. */
    static V4Pact cancelWithWrongKey(PactDslWithProvider builder) {
        return builder.given(OPERATION_EXISTS, Map.of("status", "Running"))
                .uponReceiving(CANCEL_WRONG_KEY)
                .pathFromProviderState(PATH_FROM_STATE, examplePath(EXAMPLE_ID))
                .method("DELETE")
                .headers(KEY_HEADER, WRONG_KEY)
                .comment(WRONG_KEY_COMMENT)
                .willRespondWith()
                .status(401)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(error("Unauthorized", "Access denied due to a missing or invalid subscription key."))
                .toPact(V4Pact.class);
    }

    /** The operation state only supplies an id; the throttling state makes the very next request a 429. */
    static V4Pact cancelThrottled(PactDslWithProvider builder) {
        PactDslWithState states = builder.given(OPERATION_EXISTS, Map.of("status", "Running"))
                .given(REQUESTS_THROTTLED, Map.of("retryAfterSeconds", 1, "count", 1));
        return withKey(states
                .uponReceiving(CANCEL_THROTTLED)
                .pathFromProviderState(PATH_FROM_STATE, examplePath(EXAMPLE_ID))
                .method("DELETE"))
                .willRespondWith()
                .status(429)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .matchHeader("Retry-After", RETRY_AFTER, "1")
                .body(error("RequestRateTooHigh", "The request rate is too high; retry after the time in Retry-After."))
                .toPact(V4Pact.class);
    }

    static V4Pact getStatus(PactDslWithProvider builder) {
        return withKey(builder.given(OPERATION_EXISTS, Map.of("status", "Running", "total", 10, "success", 4, "failed", 1))
                .uponReceiving(GET_STATUS)
                .pathFromProviderState(PATH_FROM_STATE, examplePath(EXAMPLE_ID))
                .method("GET"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(PactBodies.translationStatus(ANY_STATUS, "Running", PactBodies.RUNNING))
                .toPact(V4Pact.class);
    }

    static String examplePath(String id) {
        return PactTerms.API_PATH + "/batches/" + id;
    }

    /** Any key matches; the pact records only the placeholder, never the key the client sent. */
    private static PactDslRequestWithPath withKey(PactDslRequestWithPath request) {
        return request.matchHeader(KEY_HEADER, ANY_KEY, KEY_PLACEHOLDER).comment(KEY_COMMENT);
    }

    /** The error code is matched exactly: a regex of one value of the TranslationErrorCode enum. */
    private static DslPart error(String code, String exampleMessage) {
        return PactBodies.error(code, code, exampleMessage);
    }
}
