package dev.doctranslation.client.pact;

import static dev.doctranslation.client.pact.PactTerms.CONSUMER;
import static dev.doctranslation.client.pact.PactTerms.EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.PROVIDER;
import static dev.doctranslation.client.pact.PactTerms.UNKNOWN_EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.WRONG_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.doctranslation.client.BadRequestException;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.OperationNotFoundException;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.ThrottledException;
import dev.doctranslation.client.UnauthorizedException;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationErrorCode;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives the real {@link DocumentTranslationClient} against Pact's mock server; the extension
 * writes the interactions to {@code target/pacts/doctranslation-client-doctranslation-service.json}
 * (V4). Each test checks what the client made of the answer, so the pact records only answers the
 * SDK really handles.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CancelOperationConsumerPactTest {
    /** What the client sends where a key matches {@code .+}; the pact records the placeholder instead. */
    static final String CONSUMER_TEST_KEY = "consumer-test-key-not-recorded";

    private static final UUID ID = UUID.fromString(EXAMPLE_ID);

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Pact(consumer = CONSUMER)
    V4Pact cancelRunning(PactDslWithProvider builder) {
        return CancelOperationInteractions.cancelRunning(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelSucceeded(PactDslWithProvider builder) {
        return CancelOperationInteractions.cancelSucceeded(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelUnknown(PactDslWithProvider builder) {
        return CancelOperationInteractions.cancelUnknown(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelWithWrongKey(PactDslWithProvider builder) {
        return CancelOperationInteractions.cancelWithWrongKey(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelThrottled(PactDslWithProvider builder) {
        return CancelOperationInteractions.cancelThrottled(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact getStatus(PactDslWithProvider builder) {
        return CancelOperationInteractions.getStatus(builder);
    }

    @Test
    @PactTestFor(pactMethod = "cancelRunning")
    void cancelOfRunningOperationReturnsItsCancellingStatus(MockServer mockServer) {
        TranslationStatus status = client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(ID);

        assertThat(status.getId()).isEqualTo(ID);
        assertThat(status.getStatus()).isIn(Status.CANCELLING, Status.CANCELLED);
        assertThat(status.getSummary().getTotal()).isEqualTo(PactBodies.CANCELLING.total());
        assertThat(status.getSummary().getTotalCharacterCharged()).isEqualTo(48_210L);
    }

    @Test
    @PactTestFor(pactMethod = "cancelSucceeded")
    void cancelOfSucceededOperationIsABadRequest(MockServer mockServer) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(ID));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.error()).hasValueSatisfying(error -> assertThat(error.getCode())
                .isEqualTo(TranslationErrorCode.INVALID_REQUEST));
    }

    @Test
    @PactTestFor(pactMethod = "cancelUnknown")
    void cancelOfUnknownOperationIsNotFound(MockServer mockServer) {
        OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class,
                () -> client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(UUID.fromString(UNKNOWN_EXAMPLE_ID)));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.error()).hasValueSatisfying(error -> assertThat(error.getCode())
                .isEqualTo(TranslationErrorCode.RESOURCE_NOT_FOUND));
    }

    @Test
    @PactTestFor(pactMethod = "cancelWithWrongKey")
    void cancelWithWrongKeyIsUnauthorized(MockServer mockServer) {
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> client(mockServer, WRONG_KEY).cancelTranslation(ID));

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.error()).hasValueSatisfying(error -> assertThat(error.getCode())
                .isEqualTo(TranslationErrorCode.UNAUTHORIZED));
    }

    @Test
    @PactTestFor(pactMethod = "cancelThrottled")
    void cancelWhileThrottledReportsRetryAfter(MockServer mockServer) {
        ThrottledException e = catchThrowableOfType(ThrottledException.class,
                () -> client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(ID));

        assertThat(e.statusCode()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(e.error()).hasValueSatisfying(error -> assertThat(error.getCode())
                .isEqualTo(TranslationErrorCode.REQUEST_RATE_TOO_HIGH));
        // Without retries the first answer is final: the client must not have waited at all.
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @PactTestFor(pactMethod = "getStatus")
    void getStatusReadsTheWholeStatus(MockServer mockServer) {
        TranslationStatus status = client(mockServer, CONSUMER_TEST_KEY).getTranslationStatus(ID);

        assertThat(status.getId()).isEqualTo(ID);
        assertThat(status.getStatus()).isEqualTo(Status.RUNNING);
        assertThat(status.getCreatedDateTimeUtc()).isNotNull();
        assertThat(status.getLastActionDateTimeUtc()).isAfter(status.getCreatedDateTimeUtc());
        assertThat(status.getSummary().getInProgress()).isEqualTo(PactBodies.RUNNING.inProgress());
    }

    /** No retries: each interaction is one request, and Pact's mock server sees exactly that one. */
    private DocumentTranslationClient client(MockServer mockServer, String key) {
        return DocumentTranslationClient.builder()
                .endpoint(mockServer.getUrl())
                .subscriptionKey(key)
                .retryOptions(RetryOptions.none())
                .sleeper(sleeper)
                .build();
    }
}
