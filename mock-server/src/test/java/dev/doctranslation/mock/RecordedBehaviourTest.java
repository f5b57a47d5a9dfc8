package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The two answers of the live service's recorded sessions the mock gives when asked: a cancel
 * answered with the state before it, and documents counted a while after submission. Over real
 * HTTP, with a clock the test moves; every answer is also checked against the contract and
 * against the earlier answers about its operation ({@link MockHttp}).
 */
class RecordedBehaviourTest {

    private static final Duration COUNT_DELAY = Duration.ofSeconds(2);
    private static final Duration PACE = Duration.ofSeconds(10);

    private static MockServer start(MutableClock clock, boolean answerBeforeApplying, Duration countDelay) {
        return MockServer.builder().clock(clock).pace(PACE).cancelSettleDelay(Duration.ofSeconds(5))
                .cancelAnswersBeforeApplying(answerBeforeApplying).documentCountDelay(countDelay).requestLog(false).start();
    }

    @Test
    void aCancelAnsweredBeforeItAppliesShowsTheStatusBeforeItAndTheNextReadShowsItApplied() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = start(clock, true, Duration.ZERO)) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange(Arrangement.of("NotStarted").withTotal(7));
            JsonNode before = Bodies.read(http.get(id));
            clock.advance(Duration.ofSeconds(1));

            HttpResponse<String> cancel = http.cancel(id);

            assertThat(cancel.statusCode()).isEqualTo(200);
            JsonNode answer = Bodies.read(cancel);
            assertThat(answer.path("status").asText()).isEqualTo("NotStarted");
            assertThat(answer.path("summary")).isEqualTo(before.path("summary"));
            assertThat(instant(answer, "lastActionDateTimeUtc")).as("dated at the cancel, as recorded")
                    .isEqualTo(clock.instant());
            assertThat(Bodies.status(http.get(id))).isEqualTo("Cancelled");
            assertThat(http.cancel(id).statusCode()).as("it did apply: a second cancel is refused").isEqualTo(400);
        }
    }

    @Test
    void aRunningOperationsCancelAnswersRunningAndThenReadsCancelling() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = start(clock, true, Duration.ZERO)) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange(Arrangement.of("Running").withSuccess(4).withFailed(1));

            JsonNode answer = Bodies.read(http.cancel(id));

            assertThat(answer.path("status").asText()).isEqualTo("Running");
            assertThat(answer.path("summary").path("inProgress").asInt()).isEqualTo(2);
            assertThat(Bodies.status(http.get(id))).isEqualTo("Cancelling");
        }
    }

    @Test
    void documentsCountedAfterADelayShowZerosAndCancellingUntilCounted() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = start(clock, false, COUNT_DELAY)) {
            MockHttp http = new MockHttp(mock);
            Instant arranged = clock.instant();
            UUID id = mock.operations().arrange(Arrangement.of("NotStarted").withTotal(8));
            assertThat(Bodies.status(http.get(id))).isEqualTo("NotStarted");
            assertThat(Bodies.summary(http.get(id)).path("total").asInt()).isZero();
            clock.advance(Duration.ofSeconds(1));

            JsonNode answer = Bodies.read(http.cancel(id));

            assertThat(answer.path("status").asText()).isEqualTo("Cancelling");
            assertThat(answer.path("summary").path("total").asInt()).isZero();
            clock.advance(COUNT_DELAY.minusSeconds(1).minusMillis(1));
            assertThat(Bodies.status(http.get(id))).isEqualTo("Cancelling");
            clock.advance(Duration.ofMillis(1));
            JsonNode counted = Bodies.read(http.get(id));
            assertThat(counted.path("status").asText()).isEqualTo("Cancelled");
            assertThat(counted.path("summary").path("total").asInt()).isEqualTo(8);
            assertThat(counted.path("summary").path("cancelled").asInt()).isEqualTo(8);
            assertThat(instant(counted, "lastActionDateTimeUtc")).isEqualTo(arranged.plus(COUNT_DELAY));
        }
    }

    @Test
    void aSubmittedOperationIsCountedThenStartsAtItsPace() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = start(clock, false, COUNT_DELAY)) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().submit(4);

            assertThat(Bodies.summary(http.get(id)).path("total").asInt()).isZero();
            clock.advance(COUNT_DELAY);
            JsonNode counted = Bodies.read(http.get(id));
            assertThat(counted.path("status").asText()).isEqualTo("NotStarted");
            assertThat(counted.path("summary").path("notYetStarted").asInt()).isEqualTo(4);
            clock.advance(PACE);
            assertThat(Bodies.status(http.get(id))).isEqualTo("Running");
        }
    }

    @Test
    void anOperationWithDocumentsInFlightIsCountedAlready() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = start(clock, false, COUNT_DELAY)) {
            UUID id = mock.operations().arrange("Running");

            assertThat(Bodies.summary(new MockHttp(mock).get(id)).path("total").asInt()).isEqualTo(10);
        }
    }

    /** Both on, the mock answers as the v1.0 session of 2021: NotStarted with zeros, then Cancelled 8 of 8. */
    @Test
    void bothOnAnswerAsTheRecordedSessionOf2021() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = start(clock, true, COUNT_DELAY)) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange(Arrangement.of("NotStarted").withTotal(8));

            JsonNode answer = Bodies.read(http.cancel(id));
            clock.advance(COUNT_DELAY);
            JsonNode later = Bodies.read(http.get(id));

            assertThat(answer.path("status").asText()).isEqualTo("NotStarted");
            assertThat(answer.path("summary").path("total").asInt()).isZero();
            assertThat(later.path("status").asText()).isEqualTo("Cancelled");
            assertThat(later.path("summary").path("cancelled").asInt()).isEqualTo(8);
        }
    }

    @Test
    void aCountDelayIsBetweenZeroAndAnHour() {
        assertThatThrownBy(() -> MockServer.builder().documentCountDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documentCountDelay");
        assertThatThrownBy(() -> MockServer.builder().documentCountDelay(Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documentCountDelay");
    }

    private static Instant instant(JsonNode body, String field) {
        return Instant.parse(body.path(field).asText());
    }
}
