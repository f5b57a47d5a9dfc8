package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Faults fixed at start (the standalone jar's flags) apply to API requests with a valid key. */
class FaultScheduleTest {

    @Test
    void everyNthRequestIsThrottled() {
        try (MockServer mock = MockServer.builder().throttleEvery(3).retryAfterSeconds(2).start()) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange("Running");

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> response = http.get(id);
                statuses.add(response.statusCode());
                if (response.statusCode() == 429) {
                    assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
                }
            }

            assertThat(statuses).containsExactly(200, 200, 429, 200, 200, 429);
        }
    }

    @Test
    void burstsOf503() {
        try (MockServer mock = MockServer.builder().unavailableBursts(4, 2).start()) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange("Running");

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(http.get(id).statusCode());
            }

            assertThat(statuses).containsExactly(200, 200, 503, 503, 200, 200, 503, 503);
        }
    }

    @Test
    void requestsWithoutAValidKeyGet401AndDoNotCount() {
        try (MockServer mock = MockServer.builder().throttleEvery(2).start()) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange("Running");

            assertThat(http.send(http.raw(MockServer.BASE_PATH + "/batches/" + id).GET().build()).statusCode())
                    .isEqualTo(401);
            assertThat(http.send(http.raw(MockServer.BASE_PATH + "/batches/" + id).GET().build()).statusCode())
                    .isEqualTo(401);
            assertThat(http.get(id).statusCode()).isEqualTo(200);
            assertThat(http.get(id).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void addedLatency() {
        try (MockServer mock = MockServer.builder().latency(Duration.ofMillis(250)).start()) {
            MockHttp http = new MockHttp(mock);
            UUID id = mock.operations().arrange("Running");
            http.get(id); // warm the connection

            long started = System.nanoTime();
            http.get(id);

            assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(250);
        }
    }
}
