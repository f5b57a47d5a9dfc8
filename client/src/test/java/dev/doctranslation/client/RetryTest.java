package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class RetryTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);

    @Test
    void throttledThenOkWaitsWhatRetryAfterSays() {
        enqueue(429, Bodies.error("RequestRateTooHigh", "slow down"), "Retry-After", "1");
        enqueue(200, Bodies.status("Cancelling"));

        assertThat(client().cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        enqueue(503, Bodies.error("ServiceUnavailable", "busy"), "Retry-After", "Sat, 28 Nov 2026 12:00:07 GMT");
        enqueue(200, Bodies.status("Running"));

        client().getTranslationStatus(ID);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterMsTakesPrecedence() {
        enqueue(429, Bodies.error("RequestRateTooHigh", "slow down"), "retry-after-ms", "250", "Retry-After", "9");
        enqueue(200, Bodies.status("Running"));

        client().getTranslationStatus(ID);

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void aRetryAfterAboveTheCapIsCapped() {
        enqueue(429, Bodies.error("RequestRateTooHigh", "slow down"), "Retry-After", "3600");
        enqueue(200, Bodies.status("Running"));

        builder().retryOptions(RetryOptions.defaults().withMaxRetryAfter(Duration.ofSeconds(5))).build()
                .getTranslationStatus(ID);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aJunkRetryAfterFallsBackToJitteredBackoff() {
        enqueue(500, Bodies.PAGE_500, "Retry-After", "soon-ish");
        enqueue(500, Bodies.PAGE_500);
        enqueue(200, Bodies.status("Running"));

        client().getTranslationStatus(ID);

        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(640), Duration.ofMillis(960));
        assertThat(time.sleeps().get(1)).isBetween(Duration.ofMillis(1280), Duration.ofMillis(1920));
    }

    @Test
    void persistentThrottlingEndsInThrottledExceptionAfterTheRetryBudget() {
        for (int i = 0; i < 4; i++) {
            enqueue(429, Bodies.error("RequestRateTooHigh", "slow down"), "Retry-After", "2");
        }

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> client().cancelTranslation(ID));

        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(e.getMessage()).endsWith("answered 429 RequestRateTooHigh: slow down (after 3 retries)");
    }

    @Test
    void clientErrorsAreNotRetried() {
        enqueue(404, Bodies.error("ResourceNotFound", "no such operation"));

        catchThrowableOfType(OperationNotFoundException.class, () -> client().cancelTranslation(ID));

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aResetConnectionIsRetried() {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        enqueue(200, Bodies.status("Cancelling"));

        assertThat(client().cancelTranslation(ID).getStatus()).isEqualTo(Status.CANCELLING);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(time.sleeps()).as("the SDK, not the JDK, retried the DELETE").hasSize(1);
    }

    @Test
    void aConnectionThatKeepsFailingEndsInATransportException() {
        DocumentTranslationClient client = DocumentTranslationClient.builder()
                .endpoint("http://127.0.0.1:1").subscriptionKey(KEY).clock(time).sleeper(time).build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECTION);
        assertThat(e).isInstanceOf(ConnectionFailedException.class);
        assertThat(e.statusCode()).isZero();
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsATimeout() {
        server.enqueue(new MockResponse.Builder().code(200).body(Bodies.status("Running"))
                .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).build());
        DocumentTranslationClient client = builder().readTimeout(Duration.ofMillis(200))
                .retryOptions(RetryOptions.none()).build();

        TransportException e = catchThrowableOfType(TransportException.class, () -> client.getTranslationStatus(ID));

        assertThat(e.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
        assertThat(e).isInstanceOf(TransportTimeoutException.class);
        assertThat(e.getMessage()).contains("timed out");
    }
}
