package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DELETE /batches/{id}: the page's sentences, over real HTTP, with a clock the test moves. */
class CancelTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration PACE = Duration.ofSeconds(10);
    private static final MutableClock CLOCK = MutableClock.at("2026-03-26T00:00:00Z");

    @RegisterExtension
    static final MockServerExtension mock =
            MockServerExtension.builder().clock(CLOCK).cancelSettleDelay(SETTLE).pace(PACE).build();

    private static final MockHttp http = new MockHttp(mock::server);

    @Test
    void cancelOfARunningOperationIsCancellingThenCancelledAndKeepsWhatCompleted() {
        UUID id = mock.operations().arrange(Arrangement.of("Running").withSuccess(4).withFailed(1));
        JsonNode before = Bodies.read(http.get(id));
        CLOCK.advance(Duration.ofSeconds(1));

        HttpResponse<String> cancel = http.cancel(id);

        assertThat(cancel.statusCode()).isEqualTo(200);
        JsonNode accepted = Bodies.read(cancel);
        assertThat(accepted.path("status").asText()).isEqualTo("Cancelling");
        assertThat(accepted.path("summary").path("success").asInt()).isEqualTo(4);
        assertThat(accepted.path("summary").path("failed").asInt()).isEqualTo(1);
        assertThat(accepted.path("summary").path("inProgress").asInt()).isEqualTo(2);
        assertThat(accepted.path("summary").path("notYetStarted").asInt()).isZero();
        assertThat(accepted.path("summary").path("cancelled").asInt()).isEqualTo(3);
        assertThat(accepted.path("summary").path("totalCharacterCharged").asLong())
                .as("completed documents stay charged")
                .isEqualTo(before.path("summary").path("totalCharacterCharged").asLong());
        assertThat(instant(accepted, "lastActionDateTimeUtc"))
                .isAfter(instant(before, "lastActionDateTimeUtc"));

        CLOCK.advance(SETTLE.minusMillis(1));
        assertThat(Bodies.status(http.get(id))).isEqualTo("Cancelling");

        CLOCK.advance(Duration.ofMillis(1));
        JsonNode settled = Bodies.read(http.get(id));
        assertThat(settled.path("status").asText()).isEqualTo("Cancelled");
        assertThat(settled.path("summary").path("success").asInt()).isEqualTo(4);
        assertThat(settled.path("summary").path("cancelled").asInt()).isEqualTo(5);
        assertThat(instant(settled, "lastActionDateTimeUtc"))
                .isEqualTo(instant(accepted, "lastActionDateTimeUtc").plus(SETTLE));
    }

    @Test
    void cancelOfANotStartedOperationIsCancelledAtOnce() {
        UUID id = mock.operations().arrange(Arrangement.of("NotStarted").withTotal(7));

        HttpResponse<String> cancel = http.cancel(id);

        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(Bodies.status(cancel)).isEqualTo("Cancelled");
        assertThat(Bodies.summary(cancel).path("cancelled").asInt()).isEqualTo(7);
        assertThat(Bodies.status(http.get(id))).isEqualTo("Cancelled");
    }

    @Test
    void documentsInFlightFinishIfTheyWouldBeforeTheCancelSettlesAndAreCancelledOtherwise() {
        // Live, two at a time, 10 s each: at 25 s documents 0-1 are done, 2-3 finish at 30 s.
        UUID finishing = mock.operations().submit(10);
        CLOCK.advance(Duration.ofSeconds(25));
        HttpResponse<String> first = http.cancel(finishing);
        assertThat(Bodies.status(first)).isEqualTo("Cancelling");
        assertThat(Bodies.summary(first).path("success").asInt()).isEqualTo(2);

        CLOCK.advance(SETTLE);
        JsonNode settled = Bodies.read(http.get(finishing));
        assertThat(settled.path("status").asText()).isEqualTo("Cancelled");
        assertThat(settled.path("summary").path("success").asInt())
                .as("in flight, finished within the settle delay")
                .isEqualTo(4);

        UUID stopping = mock.operations().submit(10);
        CLOCK.advance(Duration.ofSeconds(21));
        http.cancel(stopping);
        CLOCK.advance(SETTLE);
        JsonNode stopped = Bodies.read(http.get(stopping));
        assertThat(stopped.path("status").asText()).isEqualTo("Cancelled");
        assertThat(stopped.path("summary").path("success").asInt()).isEqualTo(2);
        assertThat(stopped.path("summary").path("cancelled").asInt()).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Succeeded", "Failed", "Cancelled", "ValidationFailed", "Cancelling"})
    void cancelOfAnEndedOrCancellingOperationIs400InvalidRequestAndChangesNothing(String status) {
        UUID id = mock.operations().arrange(status);
        String before = http.get(id).body();
        CLOCK.advance(Duration.ofSeconds(1));

        HttpResponse<String> cancel = http.cancel(id);

        assertThat(cancel.statusCode()).isEqualTo(400);
        assertThat(Bodies.errorCode(cancel)).isEqualTo("InvalidRequest");
        assertThat(http.get(id).body()).isEqualTo(before);
    }

    @Test
    void aSecondCancelIs400() {
        UUID id = mock.operations().arrange("Running");
        assertThat(http.cancel(id).statusCode()).isEqualTo(200);

        HttpResponse<String> again = http.cancel(id);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Bodies.errorCode(again)).isEqualTo("InvalidRequest");
    }

    @Test
    void anUnknownIdIs404ResourceNotFound() {
        UUID unknown = mock.operations().unknownId();

        for (HttpResponse<String> response : new HttpResponse[] {http.cancel(unknown), http.get(unknown)}) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(Bodies.errorCode(response)).isEqualTo("ResourceNotFound");
        }
    }

    @Test
    void aMissingKeyIs401AndCancelsNothing() {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> response =
                http.send(http.raw(MockServer.BASE_PATH + "/batches/" + id).DELETE().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Bodies.errorCode(response)).isEqualTo("Unauthorized");
        assertThat(Bodies.status(http.get(id))).isEqualTo("Running");
    }

    @Test
    void aWrongKeyIs401AndTheAnswerNeverShowsAKey() {
        UUID id = mock.operations().arrange("Running");
        String wrong = mock.key() + "0";

        HttpResponse<String> response =
                http.send(
                        http.raw(MockServer.BASE_PATH + "/batches/" + id)
                                .header(MockHttp.KEY_HEADER, wrong)
                                .DELETE()
                                .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Bodies.errorCode(response)).isEqualTo("Unauthorized");
        assertThat(response.body()).doesNotContain(mock.key()).doesNotContain(wrong);
        assertThat(response.headers().map().toString()).doesNotContain(mock.key());
        assertThat(Bodies.status(http.get(id))).isEqualTo("Running");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-a-uuid",
                "727bf148f32747a09481abae6362f11e",
                "1-2-3-4-5",
                "727bf148-f327-47a0-9481-abae6362f11",
                "727bf148-f327-47a0-9481-abae6362f11e0",
                "%7B727bf148-f327-47a0-9481-abae6362f11e%7D",
                "727bf148-f327-47a0-9481-abae6362f11g"
            })
    void aMalformedIdIs400InvalidArgumentNamingTheParameter(String malformed) {
        for (HttpResponse<String> response :
                new HttpResponse[] {http.cancel(malformed), http.get(malformed)}) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Bodies.errorCode(response)).isEqualTo("InvalidArgument");
            assertThat(Bodies.errorTarget(response)).isEqualTo("id");
            assertThat(Bodies.read(response).path("error").path("message").asText()).contains("'id'");
        }
    }

    @Test
    void idsCompareWithoutLetterCase() {
        UUID id = mock.operations().arrange("Running");

        HttpResponse<String> cancel = http.cancel(id.toString().toUpperCase());

        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(Bodies.read(cancel).path("id").asText()).isEqualTo(id.toString());
        assertThat(Bodies.status(http.get(id.toString()))).isEqualTo("Cancelling");
    }

    @Test
    void lastActionMovesOnACancelEvenWhenTheClockStandsStill() {
        UUID id = mock.operations().arrange("Running");
        JsonNode before = Bodies.read(http.get(id));

        JsonNode after = Bodies.read(http.cancel(id));

        assertThat(instant(after, "lastActionDateTimeUtc"))
                .isAfter(instant(before, "lastActionDateTimeUtc"))
                .isAfterOrEqualTo(instant(after, "createdDateTimeUtc"));
    }

    private static Instant instant(JsonNode status, String field) {
        return Instant.parse(status.path(field).asText());
    }
}
