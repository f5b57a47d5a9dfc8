package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * The in-process request log: what a line holds, the builder's switch, and the mock's own log,
 * which hands the lines to SLF4J from a writer thread it stops when it stops.
 */
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
            getWithTheKeyInTheQuery(mock, id);

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

    @Test
    void inProcessTheLinesReachSlf4jFromTheMocksWriterThreadNeverWithTheKeyOrTheQuery() throws Exception {
        RecordingLogger backend = new RecordingLogger();
        try (MockServer mock = MockServer.builder().key(KEY).requestLogger(backend).start()) {
            UUID id = mock.operations().arrange("Running");
            new MockHttp(mock).get(id);
            getWithTheKeyInTheQuery(mock, id);

            // While the mock runs, within the writer's interval (with room for a busy machine).
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (backend.entries().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            String path = MockServer.BASE_PATH + "/batches/" + id;
            assertThat(backend.lines()).hasSize(2);
            assertThat(backend.lines().get(0)).matches("GET \\Q" + path + "\\E 200 \\d+ ms");
            assertThat(backend.lines().get(1)).matches("GET \\Q" + path + "\\E 401 \\d+ ms");
            assertThat(backend.lines()).noneMatch(line -> line.contains(KEY) || line.contains("?"));
            assertThat(backend.entries()).allSatisfy(entry -> {
                assertThat(entry.level()).isEqualTo(Level.INFO);
                assertThat(entry.thread().getName()).as("not the request's thread").isEqualTo("mock-request-log");
            });
        }
    }

    @Test
    void closeHandsEveryLineToSlf4jBeforeItReturnsAndEndsTheWriterThread() {
        RecordingLogger backend = new RecordingLogger();
        MockServer mock = MockServer.builder().requestLogger(backend).start();
        UUID id = mock.operations().arrange("Running");
        MockHttp http = new MockHttp(mock);
        int requests = 200;
        for (int i = 0; i < requests; i++) {
            http.get(i % 2 == 0 ? id : UUID.randomUUID());
        }

        mock.close();

        assertThat(backend.lines()).hasSize(requests);
        for (int i = 0; i < requests; i++) {
            assertThat(backend.lines().get(i)).as("line %d, in order", i).contains(i % 2 == 0 ? " 200 " : " 404 ");
        }
        assertThat(backend.entries().get(0).thread().isAlive()).as("the writer thread has ended").isFalse();
    }

    @Test
    void aGracefulStopEndsTheWriterThreadToo() {
        RecordingLogger backend = new RecordingLogger();
        MockServer mock = MockServer.builder().requestLogger(backend).start();
        new MockHttp(mock).get(mock.operations().arrange("Succeeded"));

        mock.stop(Duration.ofSeconds(1));

        assertThat(backend.lines()).singleElement().asString().contains(" 200 ");
        assertThat(backend.entries().get(0).thread().isAlive()).isFalse();
    }

    @Test
    void theLevelIsReadOnTheRequestsThreadWhenItIsAnswered() {
        RecordingLogger backend = new RecordingLogger();
        try (MockServer mock = MockServer.builder().requestLogger(backend).start()) {
            MockHttp http = new MockHttp(mock);
            backend.infoEnabled(false);
            http.get(mock.operations().arrange("Running"));
            backend.infoEnabled(true);
            http.get(UUID.randomUUID());
        }
        // Had the writer thread read the level when it drained, both lines would be here.
        assertThat(backend.lines()).singleElement().asString().contains(" 404 ");
    }

    @Test
    void aSinkOfTheCallersIsCalledOnTheRequestsThreadAndSlf4jGetsNothing() {
        RecordingLogger backend = new RecordingLogger();
        List<String> threads = new CopyOnWriteArrayList<>();
        RequestLog onTheRequestsThread = (method, path, status, millis) -> threads.add(Thread.currentThread().getName());
        try (MockServer mock = MockServer.builder().requestLogger(backend).requestLog(onTheRequestsThread).start()) {
            new MockHttp(mock).get(mock.operations().arrange("Running"));
            assertThat(threads).as("in before the answer").singleElement().asString().doesNotContain("mock-request-log");
        }
        assertThat(backend.entries()).isEmpty();
    }

    /** A GET that puts the key where it does not belong: the mock answers 401, and no line may show it. */
    private static void getWithTheKeyInTheQuery(MockServer mock, UUID id) {
        MockHttp.sendUnchecked(
                HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/batches/" + id + "?key=" + KEY))
                        .timeout(MockHttp.TIMEOUT)
                        .GET()
                        .build());
    }
}
