package dev.doctranslation.client.pact;

import static dev.doctranslation.client.pact.PactTerms.CONSUMER;
import static dev.doctranslation.client.pact.PactTerms.EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.UNKNOWN_EXAMPLE_ID;
import static dev.doctranslation.client.pact.PactTerms.WRONG_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.doctranslation.client.BadRequestException;
import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.OperationNotFoundException;
import dev.doctranslation.client.RetryOptions;
import dev.doctranslation.client.ThrottledException;
import dev.doctranslation.client.UnauthorizedException;
import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer tests of one version's pact: the real client, built for {@link #version()}, against
 * Pact's mock server, through the six interactions of {@link VersionedInteractions}. Each subclass
 * names its version and its provider ({@code @PactTestFor}), so that Pact JVM writes one file per
 * version.
 */
@ExtendWith(PactConsumerTestExt.class)
abstract class VersionedConsumerPactContract {
    static final String CONSUMER_TEST_KEY = CancelOperationConsumerPactTest.CONSUMER_TEST_KEY;
    private static final UUID ID = UUID.fromString(EXAMPLE_ID);

    private final RecordingSleeper sleeper = new RecordingSleeper();

    abstract ServiceVersion version();

    private VersionedInteractions interactions() {
        return new VersionedInteractions(version());
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelRunning(PactDslWithProvider builder) {
        return interactions().cancelRunning(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelSucceeded(PactDslWithProvider builder) {
        return interactions().cancelSucceeded(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelUnknown(PactDslWithProvider builder) {
        return interactions().cancelUnknown(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelWithWrongKey(PactDslWithProvider builder) {
        return interactions().cancelWithWrongKey(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact cancelThrottled(PactDslWithProvider builder) {
        return interactions().cancelThrottled(builder);
    }

    @Pact(consumer = CONSUMER)
    V4Pact getStatus(PactDslWithProvider builder) {
        return interactions().getStatus(builder);
    }

    @Test
    @PactTestFor(pactMethod = "cancelRunning")
    void cancelOfRunningOperationReturnsItsCancellingStatus(MockServer mockServer) {
        TranslationStatus status = client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(ID);

        assertThat(status.getId()).isEqualTo(ID);
        assertThat(status.getStatus()).isIn(Status.CANCELLING, Status.CANCELLED);
        assertThat(status.getSummary().getTotalCharacterCharged()).isEqualTo(48_210L);
    }

    @Test
    @PactTestFor(pactMethod = "cancelSucceeded")
    void cancelOfSucceededOperationIsABadRequest(MockServer mockServer) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(ID));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.errorCode()).contains("InvalidRequest");
    }

    @Test
    @PactTestFor(pactMethod = "cancelUnknown")
    void cancelOfUnknownOperationIsNotFound(MockServer mockServer) {
        OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class,
                () -> client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(UUID.fromString(UNKNOWN_EXAMPLE_ID)));

        assertThat(e.errorCode()).contains("ResourceNotFound");
    }

    @Test
    @PactTestFor(pactMethod = "cancelWithWrongKey")
    void cancelWithWrongKeyIsUnauthorized(MockServer mockServer) {
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> client(mockServer, WRONG_KEY).cancelTranslation(ID));

        assertThat(e.errorCode()).contains("Unauthorized");
    }

    @Test
    @PactTestFor(pactMethod = "cancelThrottled")
    void cancelWhileThrottledReportsRetryAfter(MockServer mockServer) {
        ThrottledException e = catchThrowableOfType(ThrottledException.class,
                () -> client(mockServer, CONSUMER_TEST_KEY).cancelTranslation(ID));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(e.errorCode()).contains("RequestRateTooHigh");
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    @PactTestFor(pactMethod = "getStatus")
    void getStatusReadsTheWholeStatus(MockServer mockServer) {
        TranslationStatus status = client(mockServer, CONSUMER_TEST_KEY).getTranslationStatus(ID);

        assertThat(status.getStatus()).isEqualTo(Status.RUNNING);
        assertThat(status.getLastActionDateTimeUtc()).isAfter(status.getCreatedDateTimeUtc());
        assertThat(status.getSummary().getInProgress()).isEqualTo(PactBodies.RUNNING.inProgress());
    }

    /** No retries: each interaction is one request, and Pact's mock server sees exactly that one. */
    private DocumentTranslationClient client(MockServer mockServer, String key) {
        return DocumentTranslationClient.builder()
                .endpoint(mockServer.getUrl())
                .serviceVersion(version())
                .subscriptionKey(key)
                .retryOptions(RetryOptions.none())
                .sleeper(sleeper)
                .build();
    }
}
