package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.mock.junit.ArrangedOperation;
import dev.doctranslation.mock.junit.MockServerExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.grizzly.threadpool.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cheap requests are answered on the selector thread that read them ({@link RequestThreads}); a
 * request that may wait must not be, or every other connection of that selector would wait with
 * it. Each test puts connections in a state that makes a request wait (added latency, a body not
 * yet sent, answers not read, requests pipelined behind one another), as many as there are
 * selector threads and more (Grizzly makes about one a core, and one more), then times requests on
 * new connections meanwhile: each must be answered long before the waiting ones are. Also: a
 * kept-alive connection is never closed for the number of its requests.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestThreadsTest {

    /** More connections than Grizzly has selector threads, so that each selector holds one. */
    private static final int HELD = 2 * Runtime.getRuntime().availableProcessors() + 2;
    /** How long a held request waits; an answer to any other connection must come well within it. */
    private static final Duration HELD_FOR = Duration.ofSeconds(3);
    private static final Duration PROMPTLY = HELD_FOR.dividedBy(2);
    private static final String OPERATION = MockServer.BASE_PATH + "/batches/";

    @RegisterExtension
    static final MockServerExtension mock = MockServerExtension.builder().requestLog(false).build();

    @AfterEach
    void clearFaults() {
        mock.faults().clear();
    }

    @Test
    void aConnectionStaysOpenPastGrizzlysDefaultLimitOf256Requests(@ArrangedOperation(status = "Running") UUID running)
            throws IOException {
        try (Socket socket = connect()) {
            for (int i = 1; i <= 300; i++) {
                write(socket, get(running));
                RawHttp.Response answer = RawHttp.read(socket, Duration.ofSeconds(10));
                assertThat(answer.status()).as("answer %d", i).isEqualTo(200);
                assertThat(answer.header("Connection")).as("answer %d", i).isNull();
            }
        }
    }

    @Test
    void requestsWaitingOnAddedLatencyHoldUpNoOtherConnection(@ArrangedOperation(status = "Running") UUID running)
            throws IOException {
        mock.faults().addLatency(HELD_FOR);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < HELD; i++) {
                Socket socket = connect();
                held.add(socket);
                write(socket, get(running));
            }
            assertOtherConnectionsAnsweredPromptly();
            for (Socket socket : held) {
                assertThat(RawHttp.read(socket, HELD_FOR.plusSeconds(30)).status()).isEqualTo(200);
            }
        } finally {
            closeAll(held);
        }
    }

    @Test
    void requestsWaitingForTheRestOfTheirBodyHoldUpNoOtherConnection() throws IOException {
        String body = "{\"state\": \"no translation operation exists\"}";
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < HELD; i++) {
                Socket socket = connect();
                held.add(socket);
                write(socket, "POST " + MockServer.STATES_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                        + body.substring(0, 10));
            }
            assertOtherConnectionsAnsweredPromptly();
            // Every body is finished before any answer is awaited: the held requests may outnumber
            // the workers, and a request still queued for one is not answered before the others end.
            for (Socket socket : held) {
                write(socket, body.substring(10));
            }
            for (Socket socket : held) {
                assertThat(RawHttp.read(socket, Duration.ofSeconds(30)).status()).isEqualTo(200);
            }
        } finally {
            closeAll(held);
        }
    }

    /**
     * A client that sends request after request and reads none of the answers: once its answers
     * fill the connection's write queue, answering it waits until the client reads. That wait must
     * be a worker's. A few hundred answers fill the queue and the socket buffers behind a small
     * receive window; 2,000 are sent, and the mock answers every one it has read even after the
     * connection closed, so more would only keep its workers busy into the next test.
     */
    @Test
    void connectionsThatDoNotReadTheirAnswersHoldUpNoOtherConnection() throws Exception {
        byte[] requests = ("DELETE " + OPERATION + UUID.randomUUID() + " HTTP/1.1\r\nHost: localhost\r\n"
                + MockHttp.KEY_HEADER + ": " + mock.key() + "\r\n\r\n").repeat(2_000).getBytes(StandardCharsets.ISO_8859_1);
        List<Socket> held = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        try {
            for (int i = 0; i < HELD; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(4 * 1024); // before connecting, so the window stays small
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), mock.port()), 5_000);
                held.add(socket);
                // Its writes block once the mock stops reading: on a thread of its own, ended by the close below.
                Thread writer = new Thread(() -> {
                    try {
                        socket.getOutputStream().write(requests);
                    } catch (IOException closed) {
                        // the test ended
                    }
                });
                writer.setDaemon(true);
                writer.start();
                writers.add(writer);
            }
            Thread.sleep(HELD_FOR.toMillis() / 2); // enough for the answers to fill every queue
            assertOtherConnectionsAnsweredPromptly();
        } finally {
            closeAll(held);
            for (Thread writer : writers) {
                writer.join(10_000);
            }
        }
    }

    /**
     * A client that sends its requests one at a time, each once the mock has taken the one before
     * (so each is the first of its read), and reads no answer. Its answers fill the socket buffers
     * (megabytes on loopback), then Grizzly's write queue for the connection, four times larger;
     * past that, writing an answer waits for the client, which on a selector thread would hold up
     * every connection of that selector. So from the moment an answer waits in the queue, the next
     * request must be answered on a worker: the request log records which thread answered.
     */
    @Test
    void onceAnAnswerWaitsToBeWrittenTheNextRequestIsAWorkersAndNoOtherConnectionWaits() throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicLong lastOnAWorker = new AtomicLong();
        try (MockServer paced = MockServer.builder()
                        .requestLog((method, path, status, millis) -> {
                            long number = answered.incrementAndGet();
                            if (!Threads.isService()) {
                                lastOnAWorker.set(number);
                            }
                        })
                        .start();
                Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4 * 1024);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), paced.port()), 5_000);
            // An unknown route: its answer names every served route, about a kilobyte, so fewer are needed.
            byte[] request = ("GET /" + "x".repeat(180) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThat(RawHttp.exchange(paced.port(), request, Duration.ofSeconds(30)).status())
                    .as("a first answer, read, so that the loop below paces a warm mock")
                    .isEqualTo(404);
            long first = answered.get() + 1;
            OutputStream out = socket.getOutputStream();
            for (long sent = first; sent < first + 50_000 && lastOnAWorker.get() < first; sent++) {
                out.write(request);
                out.flush();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (answered.get() < sent && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertThat(answered.get()).as("request %d taken", sent - first + 1).isGreaterThanOrEqualTo(sent);
            }
            assertThat(lastOnAWorker.get()).as("a request answered on a worker once the answers queued").isGreaterThanOrEqualTo(first);
            assertOtherConnectionsAnsweredPromptly(paced.port());
        }
    }

    /** As many new connections as are held, each with one request that needs no key and no body. */
    private static void assertOtherConnectionsAnsweredPromptly() throws IOException {
        assertOtherConnectionsAnsweredPromptly(mock.port());
    }

    private static void assertOtherConnectionsAnsweredPromptly(int port) throws IOException {
        for (int i = 0; i < HELD; i++) {
            long sent = System.nanoTime();
            RawHttp.Response answer = RawHttp.exchange(port,
                    "GET " + MockServer.STATES_PATH + " HTTP/1.1\r\nHost: localhost\r\n\r\n", HELD_FOR);
            long tookMillis = (System.nanoTime() - sent) / 1_000_000;
            assertThat(answer.status()).isEqualTo(200);
            assertThat(tookMillis).as("connection %d answered after %d ms", i, tookMillis).isLessThan(PROMPTLY.toMillis());
        }
    }

    private static String get(UUID id) {
        return "GET " + OPERATION + id + " HTTP/1.1\r\nHost: localhost\r\n" + MockHttp.KEY_HEADER + ": " + mock.key() + "\r\n\r\n";
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), mock.port()), 5_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
