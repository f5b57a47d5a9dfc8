package dev.doctranslation.client.pact;

import static dev.doctranslation.client.pact.CancelOperationInteractions.CANCEL_RUNNING;
import static dev.doctranslation.client.pact.CancelOperationInteractions.CANCEL_SUCCEEDED;
import static dev.doctranslation.client.pact.CancelOperationInteractions.CANCEL_THROTTLED;
import static dev.doctranslation.client.pact.CancelOperationInteractions.CANCEL_UNKNOWN;
import static dev.doctranslation.client.pact.CancelOperationInteractions.CANCEL_WRONG_KEY;
import static dev.doctranslation.client.pact.CancelOperationInteractions.GET_STATUS;
import static dev.doctranslation.client.pact.PactTerms.ANY_KEY;
import static dev.doctranslation.client.pact.PactTerms.ANY_STATUS;
import static dev.doctranslation.client.pact.PactTerms.CANCEL_ACCEPTED;
import static dev.doctranslation.client.pact.PactTerms.EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.JSON_CONTENT_TYPE;
import static dev.doctranslation.client.pact.PactTerms.KEY_HEADER;
import static dev.doctranslation.client.pact.PactTerms.KEY_PLACEHOLDER;
import static dev.doctranslation.client.pact.PactTerms.NO_OPERATION_EXISTS;
import static dev.doctranslation.client.pact.PactTerms.OPERATION_EXISTS;
import static dev.doctranslation.client.pact.PactTerms.REQUESTS_THROTTLED;
import static dev.doctranslation.client.pact.PactTerms.RETRY_AFTER;
import static dev.doctranslation.client.pact.PactTerms.UNKNOWN_EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.WRONG_KEY;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.V4Pact;
import dev.doctranslation.contract.ServiceVersion;
import java.util.Map;

/**
 * The six interactions of {@link CancelOperationInteractions}, for any version: same descriptions,
 * provider states, key placeholder and body matchers, at the version's route (with
 * {@code 2024-05-01}'s {@code api-version} query). Error bodies are the part of the envelope the
 * client reads, {@code {"error": {"code", "message"}}}, which v1.x and Azure Core share; codes are
 * matched exactly, as the client's retried-cancel rule depends on {@code InvalidRequest}.
 * {@code x-ms-error-code} is not asked for: the spec makes it optional, and the client reads the
 * body's code first.
 */
final class VersionedInteractions {
    private static final String KEY_COMMENT = KEY_HEADER + " holds a placeholder: the verification puts the"
            + " target's key in its place.";
    private static final String WRONG_KEY_COMMENT = KEY_HEADER + " is wrong on purpose: the verification"
            + " must send it unchanged.";

    private final PactVersion version;

    VersionedInteractions(ServiceVersion version) {
        this.version = new PactVersion(version);
    }

    V4Pact cancelRunning(PactDslWithProvider builder) {
        return withKey(request(builder.given(OPERATION_EXISTS, Map.of("status", "Running")), CANCEL_RUNNING,
                EXAMPLE_ID, "DELETE"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(PactBodies.translationStatus(CANCEL_ACCEPTED, "Cancelling", PactBodies.CANCELLING))
                .toPact(V4Pact.class);
    }

    V4Pact cancelSucceeded(PactDslWithProvider builder) {
        return withKey(request(builder.given(OPERATION_EXISTS, Map.of("status", "Succeeded")), CANCEL_SUCCEEDED,
                EXAMPLE_ID, "DELETE"))
                .willRespondWith()
                .status(400)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(error("InvalidRequest",
                        "Operation cannot be canceled because it has already completed, failed or is being canceled."))
                .toPact(V4Pact.class);
    }

    V4Pact cancelUnknown(PactDslWithProvider builder) {
        return withKey(request(builder.given(NO_OPERATION_EXISTS), CANCEL_UNKNOWN, UNKNOWN_EXAMPLE_ID, "DELETE"))
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(error("ResourceNotFound", "The operation with id " + UNKNOWN_EXAMPLE_ID + " was not found."))
                .toPact(V4Pact.class);
    }

    /** An existing operation, so that the 401 can only be about the key. */
    V4Pact cancelWithWrongKey(PactDslWithProvider builder) {
        return request(builder.given(OPERATION_EXISTS, Map.of("status", "Running")), CANCEL_WRONG_KEY, EXAMPLE_ID,
                "DELETE")
                .headers(KEY_HEADER, WRONG_KEY)
                .comment(WRONG_KEY_COMMENT)
                .willRespondWith()
                .status(401)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(error("Unauthorized", "Access denied due to a missing or invalid subscription key."))
                .toPact(V4Pact.class);
    }

    /** The operation state only supplies an id; the throttling state makes the very next request a 429. */
    V4Pact cancelThrottled(PactDslWithProvider builder) {
        PactDslWithState states = builder.given(OPERATION_EXISTS, Map.of("status", "Running"))
                .given(REQUESTS_THROTTLED, Map.of("retryAfterSeconds", 1, "count", 1));
        return withKey(request(states, CANCEL_THROTTLED, EXAMPLE_ID, "DELETE"))
                .willRespondWith()
                .status(429)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .matchHeader("Retry-After", RETRY_AFTER, "1")
                .body(error("RequestRateTooHigh", "The request rate is too high; retry after the time in Retry-After."))
                .toPact(V4Pact.class);
    }

    V4Pact getStatus(PactDslWithProvider builder) {
        return withKey(request(builder.given(OPERATION_EXISTS,
                Map.of("status", "Running", "total", 10, "success", 4, "failed", 1)), GET_STATUS, EXAMPLE_ID, "GET"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(PactBodies.translationStatus(ANY_STATUS, "Running", PactBodies.RUNNING))
                .toPact(V4Pact.class);
    }

    /** The version's route from the provider state's id, and its query where it has one. */
    private PactDslRequestWithPath request(PactDslWithState state, String description, String exampleId, String method) {
        PactDslRequestWithPath request = state.uponReceiving(description)
                .pathFromProviderState(version.pathFromState(), version.examplePath(exampleId))
                .method(method);
        return version.query().map(request::query).orElse(request);
    }

    /** Any key matches; the pact records only the placeholder, never the key the client sent. */
    private static PactDslRequestWithPath withKey(PactDslRequestWithPath request) {
        return request.matchHeader(KEY_HEADER, ANY_KEY, KEY_PLACEHOLDER).comment(KEY_COMMENT);
    }

    private static DslPart error(String code, String exampleMessage) {
        return PactBodies.error(code, code, exampleMessage);
    }
}
