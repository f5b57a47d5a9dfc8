package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.util.UUID;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A retried DELETE that meets "already cancelling" reads the status instead of failing. */
class RetriedCancelTest extends ClientTestBase {
    private static final UUID ID = UUID.fromString(Bodies.ID);
    private static final String ALREADY = Bodies.error("InvalidRequest", "The operation is already being canceled.");

    @Test
    void aRetryRefusedBecauseTheFirstAttemptWorkedReturnsTheStatus() throws Exception {
        enqueue(503, Bodies.error("ServiceUnavailable", "busy"), "Retry-After", "0");
        enqueue(400, ALREADY);
        enqueue(200, Bodies.status("Cancelling"));

        Response<dev.doctranslation.contract.models.TranslationStatus> response = client().cancelTranslationWithResponse(ID);

        assertThat(response.value().getStatus()).isEqualTo(Status.CANCELLING);
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    }

    /** A gateway's 502 or 504 does not say whether the service behind it took the cancel. */
    @ParameterizedTest
    @ValueSource(ints = {408, 502, 504})
    void aRetryAfterAGatewayStatusRefusedBecauseTheFirstAttemptWorkedReturnsTheStatus(int code) throws Exception {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "text/html")
                .addHeader("Retry-After", "1").body("<html><body><h1>" + code + "</h1></body></html>").build());
        enqueue(400, ALREADY);
        enqueue(200, Bodies.status("Cancelled"));

        TranslationStatus status = client().cancelTranslation(ID);

        assertThat(status.getStatus()).isEqualTo(Status.CANCELLED);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    }

    @Test
    void aRetryRefusedForAnOperationThatReallyEndedStillThrows() {
        enqueue(503, Bodies.error("ServiceUnavailable", "busy"), "Retry-After", "0");
        enqueue(400, ALREADY);
        enqueue(200, Bodies.status("Succeeded"));

        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> client().cancelTranslation(ID));

        assertThat(e.getMessage()).contains("answered 400 InvalidRequest");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aFirstAttemptRefusedIsReportedAsIsWithoutReadingTheStatus() {
        enqueue(400, ALREADY);

        catchThrowableOfType(BadRequestException.class, () -> client().cancelTranslation(ID));

        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
