package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /batches/{id}: arranged operations stand still, live ones move at the configured pace. */
class StatusTest {

    private static final Duration PACE = Duration.ofSeconds(10);
    private static final MutableClock CLOCK = MutableClock.at("2026-03-26T00:00:00Z");

    @RegisterExtension
    static final MockServerExtension mock =
            MockServerExtension.builder().clock(CLOCK).pace(PACE).parallelism(2).build();

    private static final MockHttp http = new MockHttp(mock::server);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NotStarted", "Running", "Succeeded", "Failed", "Cancelled", "Cancelling", "ValidationFailed"
            })
    void anArrangedOperationShowsItsStatusAndStandsStill(String status) {
        UUID id = mock.operations().arrange(status);
        String first = http.get(id).body();

        CLOCK.advance(Duration.ofHours(1));
        String later = http.get(id).body();

        assertThat(Bodies.read(http.get(id)).path("status").asText()).isEqualTo(status);
        assertThat(later).isEqualTo(first);
    }

    @Test
    void aLiveOperationMovesFromNotStartedThroughRunningToSucceeded() {
        UUID id = mock.operations().submit(4);
        Instant submitted = CLOCK.instant();

        JsonNode queued = Bodies.read(http.get(id));
        assertThat(queued.path("status").asText()).isEqualTo("NotStarted");
        assertThat(queued.path("summary").path("notYetStarted").asInt()).isEqualTo(4);

        CLOCK.advance(PACE);
        JsonNode started = Bodies.read(http.get(id));
        assertThat(started.path("status").asText()).isEqualTo("Running");
        assertThat(started.path("summary").path("inProgress").asInt()).isEqualTo(2);
        assertThat(Instant.parse(started.path("lastActionDateTimeUtc").asText()))
                .isEqualTo(submitted.plus(PACE));

        CLOCK.advance(PACE);
        JsonNode halfway = Bodies.read(http.get(id));
        assertThat(halfway.path("summary").path("success").asInt()).isEqualTo(2);
        assertThat(halfway.path("summary").path("inProgress").asInt()).isEqualTo(2);

        CLOCK.advance(PACE);
        JsonNode done = Bodies.read(http.get(id));
        assertThat(done.path("status").asText()).isEqualTo("Succeeded");
        assertThat(done.path("summary").path("success").asInt()).isEqualTo(4);
        assertThat(done.path("summary").path("totalCharacterCharged").asLong()).isPositive();
        assertThat(Instant.parse(done.path("lastActionDateTimeUtc").asText()))
                .isEqualTo(submitted.plus(PACE.multipliedBy(3)));
    }

    @Test
    void everyTenthDocumentOfALiveOperationFails() {
        UUID id = mock.operations().submit(10);

        CLOCK.advance(PACE.multipliedBy(10));

        JsonNode done = Bodies.read(http.get(id));
        assertThat(done.path("status").asText()).isEqualTo("Succeeded");
        assertThat(done.path("summary").path("failed").asInt()).isEqualTo(1);
        assertThat(done.path("summary").path("success").asInt()).isEqualTo(9);
    }

    @Test
    void readingChangesNothing() {
        UUID id = mock.operations().submit(4);
        CLOCK.advance(PACE);

        assertThat(http.get(id).body()).isEqualTo(http.get(id).body());
    }
}
