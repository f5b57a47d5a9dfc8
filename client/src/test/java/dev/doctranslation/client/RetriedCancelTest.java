package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.doctranslation.contract.models.Status;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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
