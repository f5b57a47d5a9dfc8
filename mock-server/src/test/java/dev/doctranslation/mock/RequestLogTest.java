package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The in-process request log: what a line holds, and the builder's switch. */
class RequestLogTest {

    private static final String KEY = "request-log-test-key-0123456789";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final RequestLog recording =
            (method, path, status, millis) -> lines.add(method + " " + path + " " + status + " " + millis);

    @Test
    void oneLinePerRequestWithMethodPathStatusAndMillisButNeitherKeyNorQuery() {
        try (MockServer mock = MockServer.builder().key(KEY).requestLog(recording).start()) {
            UUID id = mock.operations().arrange("Running");
            new MockHttp(mock).get(id);
            // The key where it does not belong, in the query: the line has the path only.
            MockHttp.sendUnchecked(
                    HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/batches/" + id + "?key=" + KEY))
                            .timeout(MockHttp.TIMEOUT)
                            .GET()
                            .build());

            // Response filters run before the answer is written: both lines are in by now.
            String path = MockServer.BASE_PATH + "/batches/" + id;
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).matches("GET \\Q" + path + "\\E 200 \\d+");
            assertThat(lines.get(1)).matches("GET \\Q" + path + "\\E 401 \\d+");
            assertThat(lines).noneMatch(line -> line.contains(KEY));
        }
    }

    @Test
    void turnedOffInTheBuilderNoRequestIsLogged() {
        try (MockServer mock = MockServer.builder().requestLog(recording).requestLog(false).start()) {
            UUID id = mock.operations().arrange("Running");
            MockHttp http = new MockHttp(mock);

            assertThat(http.get(id).statusCode()).isEqualTo(200);
            assertThat(http.get(UUID.randomUUID()).statusCode()).isEqualTo(404);
        }
        assertThat(lines).isEmpty();
    }
}
