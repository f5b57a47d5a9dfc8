package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CancelAndWaitTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);

    @Test
    void pollsUntilCancelledHonouringRetryAfter() throws Exception {
        enqueue(200, Bodies.status("Cancelling"));
        enqueue(200, Bodies.status("Cancelling"), "Retry-After", "3");
        enqueue(200, Bodies.status("Cancelled"));

        assertThat(client().cancelTranslationAndWait(ID, Duration.ofMinutes(1)).getStatus()).isEqualTo(Status.CANCELLED);

        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
        assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    @Test
    void anOperationAlreadyCancellingIsWaitedFor() {
        enqueue(400, Bodies.error("InvalidRequest", "already being canceled"));
        enqueue(200, Bodies.status("Cancelling"));
        enqueue(200, Bodies.status("Cancelled"));

        assertThat(client().cancelTranslationAndWait(ID, Duration.ofMinutes(1)).getStatus()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void anOperationThatAlreadyEndedIsA400() {
        enqueue(400, Bodies.error("InvalidRequest", "already succeeded"));
        enqueue(200, Bodies.status("Succeeded"));

        catchThrowableOfType(BadRequestException.class, () -> client().cancelTranslationAndWait(ID, Duration.ofMinutes(1)));
    }

    @Test
    void timesOutWithTheLastStatus() {
        for (int i = 0; i < 4; i++) {
            enqueue(200, Bodies.status("Cancelling"));
        }

        PollingTimeoutException e = catchThrowableOfType(PollingTimeoutException.class,
                () -> client().cancelTranslationAndWait(ID, Duration.ofMillis(2500)));

        assertThat(e.lastStatus().getStatus()).isEqualTo(Status.CANCELLING);
        assertThat(e.getMessage()).isEqualTo("operation " + ID + " was not terminal after waiting 2.5 s (timeout 2.5 s);"
                + " the last status read was Cancelling");
        assertThat(e.waited()).isEqualTo(Duration.ofMillis(2500));
        assertThat(e.statusCode()).as("the caller's deadline, not an HTTP answer").isZero();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500));
    }

    @Test
    void pollingHonoursRetryAfterMsBeforeRetryAfterAsRetriesDo() {
        enqueue(200, Bodies.status("Cancelling"), "retry-after-ms", "250", "Retry-After", "9");
        enqueue(200, Bodies.status("Cancelled"));

        assertThat(client().cancelTranslationAndWait(ID, Duration.ofMinutes(1)).getStatus()).isEqualTo(Status.CANCELLED);

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void pollingCutsALongRetryAfterToMaxRetryAfterAsRetriesDo() {
        enqueue(200, Bodies.status("Cancelling"), "Retry-After", "3600");
        enqueue(200, Bodies.status("Cancelling"), "retry-after-ms", "90000");
        enqueue(200, Bodies.status("Cancelled"));
        DocumentTranslationClient client = builder()
                .retryOptions(RetryOptions.defaults().withMaxRetryAfter(Duration.ofSeconds(5))).build();

        assertThat(client.cancelTranslationAndWait(ID, Duration.ofHours(2)).getStatus()).isEqualTo(Status.CANCELLED);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
