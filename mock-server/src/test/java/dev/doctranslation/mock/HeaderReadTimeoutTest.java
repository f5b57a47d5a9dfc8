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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The header-read timeout, with a short one (1 s): a head that does not arrive within it is
 * answered 408 with the contract's error body and its connection closed, however its bytes come;
 * a new connection that sends nothing is closed; a slow head that does arrive in time is served,
 * and the wait between two requests on a kept-alive connection is not counted. Grizzly's own idle
 * timeout (30 s) is far beyond every deadline here, so no answer here is its doing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HeaderReadTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** The timeout and generous slack for a loaded machine; still far below Grizzly's idle timeout. */
    private static final Duration WITHIN = TIMEOUT.plusSeconds(4);
    /** The timer's clock and ours differ by a millisecond or so: a cut this much early is no cut early. */
    private static final long CLOCK_SKEW_MILLIS = 20;
    private static final String OPERATION = MockServer.BASE_PATH + "/batches/";

    @RegisterExtension
    static final MockServerExtension mock =
            MockServerExtension.builder().headerReadTimeout(TIMEOUT).requestLog(false).build();

    private static final MockHttp http = new MockHttp(mock::server);

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /translator",                                                  // the request line unfinished
        "GET " + OPERATION + "x HTTP/1.1\r\n",                              // no header field yet
        "GET / HTTP/1.1\r\nHost: localhost\r\nAccept: applic",              // a field unfinished
        "GET / HTTP/1.1\r\nHost: localhost\r\n",                            // the empty line never comes
        "\r\n\r\nGET / HTT"                                                 // empty lines, then a partial line
    })
    void anUnfinishedHeadIsAnswered408WithTheErrorBodyAndTheConnectionClosed(
            String partial, @ArrangedOperation(status = "Running") UUID running) throws IOException {
        try (Socket socket = connect()) {
            long sentAt = System.nanoTime();
            write(socket, partial);

            RawHttp.Response answer = RawHttp.parse(RawHttp.readUntilClosed(socket, WITHIN));
            long tookMillis = (System.nanoTime() - sentAt) / 1_000_000;

            assertTimedOut(answer);
            assertThat(tookMillis).as("not cut before its time").isGreaterThanOrEqualTo(TIMEOUT.toMillis() - CLOCK_SKEW_MILLIS);
        }
        assertThat(http.get(running).statusCode()).as("still serving").isEqualTo(200);
    }

    @Test
    void aConnectionThatSendsNothingIsClosedWithoutAnAnswer() throws IOException {
        try (Socket socket = connect()) {
            long connectedAt = System.nanoTime();

            byte[] answer = RawHttp.readUntilClosed(socket, WITHIN);

            assertThat(answer).as("no request, no answer").isEmpty();
            assertThat((System.nanoTime() - connectedAt) / 1_000_000).isGreaterThanOrEqualTo(TIMEOUT.toMillis() - CLOCK_SKEW_MILLIS);
        }
    }

    /** A head trickled a byte at a time never goes idle: the clock counts from its first byte. */
    @Test
    void aHeadTrickledByteByByteIsCutOffAtTheTimeoutNotKeptAliveByEachByte() throws Exception {
        byte[] head = ("GET " + OPERATION + UUID.randomUUID() + " HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "x".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = connect()) {
            Thread trickle = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (byte b : head) { // 100 ms a byte: the head would take 30 s
                        out.write(b);
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException closed) {
                    // the mock closed the connection, or the test ended: the trickle stops
                }
            }, "trickle");
            trickle.setDaemon(true);
            trickle.start();

            RawHttp.Response answer = RawHttp.parse(RawHttp.readUntilClosed(socket, WITHIN));

            assertTimedOut(answer);
            trickle.interrupt();
        }
    }

    @Test
    void aSlowHeadThatArrivesInTimeIsServed(@ArrangedOperation(status = "Running") UUID running) throws Exception {
        try (Socket socket = connect()) {
            write(socket, "GET " + OPERATION + running + " HTTP/1.1\r\n");
            Thread.sleep(TIMEOUT.toMillis() / 4);
            write(socket, "Host: localhost\r\n" + MockHttp.KEY_HEADER + ": " + mock.key() + "\r\n");
            Thread.sleep(TIMEOUT.toMillis() / 4);
            write(socket, "\r\n");

            RawHttp.Response answer = RawHttp.read(socket, WITHIN);

            assertThat(answer.status()).isEqualTo(200);
            ContractCheck.assertConforms("GET", OPERATION + running, answer.status(), answer.headers(), answer.body());
        }
    }

    /**
     * On a kept-alive connection the wait for the next request is not the head's time (Grizzly's
     * idle timeout, 30 s, governs it); the next head's clock starts with its first byte.
     */
    @Test
    void theWaitBetweenRequestsIsNotCountedTheNextHeadsClockStartsAtItsFirstByte(
            @ArrangedOperation(status = "Running") UUID running) throws Exception {
        String request = "GET " + OPERATION + running + " HTTP/1.1\r\nHost: localhost\r\n"
                + MockHttp.KEY_HEADER + ": " + mock.key() + "\r\n\r\n";
        try (Socket socket = connect()) {
            write(socket, request);
            assertThat(RawHttp.read(socket, WITHIN).status()).isEqualTo(200);

            Thread.sleep(TIMEOUT.toMillis() * 3 / 2); // longer than the timeout, idle
            write(socket, request);
            assertThat(RawHttp.read(socket, WITHIN).status()).as("kept alive past the timeout").isEqualTo(200);

            Thread.sleep(TIMEOUT.toMillis() / 2);
            long sentAt = System.nanoTime();
            write(socket, "GET " + OPERATION + running + " HTTP/1.1\r\nHost: loc");
            RawHttp.Response answer = RawHttp.parse(RawHttp.readUntilClosed(socket, WITHIN));

            assertTimedOut(answer);
            assertThat((System.nanoTime() - sentAt) / 1_000_000)
                    .as("counted from the head's first byte, not from the previous answer")
                    .isGreaterThanOrEqualTo(TIMEOUT.toMillis() - CLOCK_SKEW_MILLIS);
        }
    }

    @Test
    void theDefaultIsTenSecondsAndTheBuilderRefusesNoTimeout() {
        assertThat(MockServer.Builder.DEFAULT_HEADER_READ_TIMEOUT_MILLIS).isEqualTo(10_000);
        MockServer.Builder builder = MockServer.builder();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.headerReadTimeout(Duration.ZERO));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.headerReadTimeout(Duration.ofHours(2)));
    }

    /** 408 with the contract's error body (InvalidRequest), framed to be read whole, and the close announced. */
    static void assertTimedOut(RawHttp.Response answer) {
        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(Integer.parseInt(answer.header("Content-Length"))).isEqualTo(answer.body().length);
        ContractCheck.assertConforms("GET", "/", answer.status(), answer.headers(), answer.body());
        assertThat(answer.bodyText()).contains("\"code\":\"InvalidRequest\"");
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
}
