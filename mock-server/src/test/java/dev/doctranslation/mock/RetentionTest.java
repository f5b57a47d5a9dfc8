package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.doctranslation.contract.ServiceVersion;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The store's retention: finished operations forgotten a time after they finished, or beyond a
 * cap, when an operation is added; then their ids answer as ids never used. Over real HTTP, with a
 * clock the test moves, every answer checked against the contract ({@link MockHttp}).
 */
class RetentionTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private static MockServer.Builder mock(MutableClock clock) {
        return MockServer.builder().clock(clock).pace(Duration.ofSeconds(1)).cancelSettleDelay(SETTLE).requestLog(false);
    }

    @Test
    void offByDefaultEveryOperationIsKept() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).start()) {
            MockHttp http = new MockHttp(mock);
            UUID done = mock.operations().arrange("Succeeded");
            clock.advance(Duration.ofDays(3_650));
            for (int i = 0; i < 1_000; i++) {
                mock.operations().arrange("Failed");
            }

            assertThat(http.get(done).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFinishedOperationIsForgottenOnceTheRetentionHasPassedSinceItFinished() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).retention(HOUR).start()) {
            MockHttp http = new MockHttp(mock);
            List<UUID> finished = new ArrayList<>();
            // Arranged finished now (a ValidationFailed one with no documents would show, and have
            // finished at, the creation a minute before: it is arranged with documents here).
            for (Arrangement arrangement : List.of(Arrangement.of("Succeeded"), Arrangement.of("Failed"),
                    Arrangement.of("Cancelled"), Arrangement.of("ValidationFailed").withTotal(2))) {
                finished.add(mock.operations().arrange(arrangement));
            }
            UUID running = mock.operations().arrange("Running");
            UUID waiting = mock.operations().arrange("NotStarted");
            UUID cancelling = mock.operations().arrange("Cancelling");

            clock.advance(HOUR.minusMillis(1));
            mock.operations().arrange("Running");
            assertThat(finished).allSatisfy(id -> assertThat(http.get(id).statusCode()).as("kept for the hour").isEqualTo(200));

            clock.advance(Duration.ofMillis(1));
            mock.operations().arrange("Running");
            for (UUID id : finished) {
                assertAnswersAsUnknown(http, id);
            }
            clock.advance(Duration.ofDays(30));
            mock.operations().arrange("Running");
            for (UUID id : List.of(running, waiting, cancelling)) {
                assertThat(http.get(id).statusCode()).as("never finished: never forgotten").isEqualTo(200);
            }
        }
    }

    @Test
    void forgottenOnlyWhenAnOperationIsAddedNeverByAReadNorByTheOneAdded() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).retention(HOUR).maxOperations(1).start()) {
            MockHttp http = new MockHttp(mock);
            UUID first = mock.operations().arrange("Succeeded");
            assertThat(http.get(first).statusCode()).as("its own add never forgets it").isEqualTo(200);
            clock.advance(Duration.ofDays(1));

            assertThat(http.get(first).statusCode()).as("no add since: still there").isEqualTo(200);
            UUID second = mock.operations().arrange("Succeeded");

            assertAnswersAsUnknown(http, first);
            assertThat(http.get(second).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void beyondTheCapTheOperationsThatFinishedFirstGoAndUnfinishedOnesStay() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).maxOperations(3).start()) {
            MockHttp http = new MockHttp(mock);
            UUID s1 = mock.operations().arrange("Succeeded");
            clock.advance(Duration.ofSeconds(1));
            UUID running = mock.operations().arrange("Running");
            clock.advance(Duration.ofSeconds(1));
            UUID s2 = mock.operations().arrange("Succeeded");
            clock.advance(Duration.ofSeconds(1));
            UUID s3 = mock.operations().arrange("Failed");

            assertAnswersAsUnknown(http, s1);
            assertThat(List.of(running, s2, s3)).allSatisfy(id -> assertThat(http.get(id).statusCode()).isEqualTo(200));

            UUID r2 = mock.operations().arrange("Running");
            UUID r3 = mock.operations().arrange("NotStarted");
            assertAnswersAsUnknown(http, s2);
            assertAnswersAsUnknown(http, s3);
            UUID r4 = mock.operations().arrange("Running");
            assertThat(List.of(running, r2, r3, r4))
                    .as("four held: none of them has finished")
                    .allSatisfy(id -> assertThat(http.get(id).statusCode()).isEqualTo(200));
        }
    }

    @Test
    void aCancelledOperationCountsFromWhenItsCancelSettled() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).retention(HOUR).start()) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange("Running");
            clock.advance(Duration.ofDays(2));
            assertThat(Bodies.status(http.cancel(id))).isEqualTo("Cancelling");

            clock.advance(HOUR.plus(SETTLE).minusMillis(1));
            mock.operations().arrange("Running");
            assertThat(Bodies.status(http.get(id))).as("cancelled less than an hour ago").isEqualTo("Cancelled");

            clock.advance(Duration.ofMillis(1));
            mock.operations().arrange("Running");
            assertAnswersAsUnknown(http, id);
        }
    }

    @Test
    void aLiveOperationCountsFromWhenItsLastDocumentFinished() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).retention(HOUR).start()) {
            MockHttp http = new MockHttp(mock);
            UUID live = mock.operations().submit(4); // two at a time, one second each: done after 3 s
            clock.advance(Duration.ofSeconds(2));
            assertThat(Bodies.status(http.get(live))).isEqualTo("Running");

            clock.advance(HOUR.plusSeconds(1).minusMillis(1));
            mock.operations().arrange("Running");
            assertThat(Bodies.status(http.get(live))).isEqualTo("Succeeded");

            clock.advance(Duration.ofMillis(1));
            mock.operations().arrange("Running");
            assertAnswersAsUnknown(http, live);
        }
    }

    @Test
    void aLiveOperationCancelledBeforeItsScheduledEndCountsFromTheCancel() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).retention(HOUR).start()) {
            MockHttp http = new MockHttp(mock);
            UUID live = mock.operations().submit(1_000); // would run for 500 s
            // Nothing in flight yet: Cancelled at once, dated 1 ms after the submission.
            assertThat(Bodies.status(http.cancel(live))).isEqualTo("Cancelled");

            clock.advance(HOUR);
            mock.operations().arrange("Running");
            assertThat(http.get(live).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMillis(1));
            mock.operations().arrange("Running");

            assertAnswersAsUnknown(http, live);
        }
    }

    @Test
    void removedAndResetOperationsLeaveTheCapRight() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).maxOperations(2).start()) {
            MockHttp http = new MockHttp(mock);
            UUID s1 = mock.operations().arrange("Succeeded");
            UUID s2 = mock.operations().arrange("Succeeded");
            assertThat(mock.operations().remove(s1)).isTrue();
            UUID s3 = mock.operations().arrange("Succeeded");
            assertThat(List.of(s2, s3)).as("two held: nothing to forget")
                    .allSatisfy(id -> assertThat(http.get(id).statusCode()).isEqualTo(200));

            mock.reset();
            UUID a = mock.operations().arrange("Succeeded");
            UUID b = mock.operations().arrange("Succeeded");
            assertThat(List.of(a, b)).allSatisfy(id -> assertThat(http.get(id).statusCode()).isEqualTo(200));
            mock.operations().arrange("Succeeded");
            assertAnswersAsUnknown(http, a);
        }
    }

    @Test
    void providerStatesAddOperationsAsTheApiDoes() {
        MutableClock clock = MutableClock.at("2026-03-26T00:00:00Z");
        try (MockServer mock = mock(clock).retention(HOUR).start()) {
            MockHttp http = new MockHttp(mock);
            UUID done = http.stateId("{\"state\": \"a translation operation exists\", \"params\": {\"status\": \"Succeeded\"}}");
            clock.advance(HOUR);
            http.stateId("{\"state\": \"a translation operation exists\", \"params\": {\"status\": \"Running\"}}");

            assertAnswersAsUnknown(http, done);
        }
    }

    @Test
    void theBuilderRefusesWhatCannotBeARetention() {
        assertThatThrownBy(() -> MockServer.builder().retention(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention must be > 0");
        assertThatThrownBy(() -> MockServer.builder().retention(Duration.ofDays(366)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 365 days");
        assertThatThrownBy(() -> MockServer.builder().maxOperations(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOperations must be >= 1");
    }

    @Test
    void theStandaloneSaysWhatItForgets() {
        assertThat(Main.retentionLine(new StoreRetention(Duration.ofHours(24), 0)))
                .isEqualTo("finished operations forgotten PT24H after they finish");
        assertThat(Main.retentionLine(new StoreRetention(null, 1_000)))
                .isEqualTo("at most 1000 operations held (the oldest finished forgotten first)");
        assertThat(Main.retentionLine(new StoreRetention(Duration.ofMinutes(90), 5)))
                .isEqualTo("finished operations forgotten PT1H30M after they finish;"
                        + " at most 5 operations held (the oldest finished forgotten first)");
    }

    /** Both routes' GET and DELETE answer exactly as for an id the mock never had. */
    private static void assertAnswersAsUnknown(MockHttp http, UUID id) {
        UUID never = UUID.randomUUID();
        for (ServiceVersion version : List.of(ServiceVersion.V1_0_PREVIEW_1, ServiceVersion.V2024_05_01)) {
            HttpResponse<String> get = http.get(version, id);
            HttpResponse<String> cancel = http.cancel(version, id);
            HttpResponse<String> unknown = http.get(version, never);
            assertThat(get.statusCode()).as("GET %s at %s", id, version).isEqualTo(404);
            assertThat(cancel.statusCode()).as("DELETE %s at %s", id, version).isEqualTo(404);
            assertThat(Bodies.errorCode(get)).isEqualTo(Bodies.errorCode(unknown)).isEqualTo(Bodies.errorCode(cancel));
            assertThat(Bodies.errorTarget(get)).isEqualTo(Bodies.errorTarget(unknown));
        }
    }
}
