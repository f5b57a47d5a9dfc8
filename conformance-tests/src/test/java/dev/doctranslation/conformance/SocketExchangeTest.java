package dev.doctranslation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The socket exchange against servers that misbehave in the ways probes meet: answers framed by
 * chunks or by an interim 100, an answer before the request is read, no answer, a closed
 * connection, bytes that are not HTTP. Each server here answers one connection.
 */
class SocketExchangeTest {
    private static final Duration QUICK = Duration.ofSeconds(2);

    @FunctionalInterface
    interface Behaviour {
        void serve(Socket socket) throws Exception;
    }

    private ServerSocket server;
    private CompletableFuture<String> received;

    @BeforeEach
    void open() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private URI serve(Behaviour behaviour) {
        received = CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                behaviour.serve(socket);
                return "";
            } catch (Exception e) {
                return e.toString();
            }
        });
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api");
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(Socket socket, String answer) throws IOException {
        socket.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    @Test
    void writesTheRequestExactlyAsBuilt() throws Exception {
        StringBuilder head = new StringBuilder();
        URI base = serve(socket -> {
            head.append(readHead(socket.getInputStream()));
            byte[] body = socket.getInputStream().readNBytes(2);
            head.append(new String(body, StandardCharsets.ISO_8859_1));
            write(socket, "HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\n{}");
        });

        Exchange answer = SocketExchange.send(base, RawRequest.of("DELETE", "/batches/%zz").withKey("k")
                .withHeader("Origin", "https://o.invalid").withBody("application/json", "{\""), QUICK);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.path()).isEqualTo("/api/batches/%zz");
        assertThat(head.toString()).startsWith("DELETE /api/batches/%zz HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                + "\r\n").contains("\r\nOcp-Apim-Subscription-Key: k\r\n", "\r\nOrigin: https://o.invalid\r\n",
                "\r\nContent-Type: application/json\r\n", "\r\nContent-Length: 2\r\n").endsWith("\r\n\r\n{\"");
    }

    @Test
    void readsAChunkedAnswerWithoutWaitingForTheConnectionToClose() throws Exception {
        URI base = serve(socket -> {
            readHead(socket.getInputStream());
            write(socket, "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n");
            Thread.sleep(QUICK.toMillis() * 2);
        });

        Exchange answer = SocketExchange.send(base, RawRequest.of("GET", "/x"), QUICK);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.bodyText()).isEqualTo("hello world");
    }

    @Test
    void passesOverAnInterimAnswer() throws Exception {
        URI base = serve(socket -> {
            readHead(socket.getInputStream());
            write(socket, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 2\r\nX-A: 1\r\n\r\n{}");
        });

        Exchange answer = SocketExchange.send(base, RawRequest.of("GET", "/x"), QUICK);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.header("x-a")).isEqualTo("1");
        assertThat(answer.bodyText()).isEqualTo("{}");
    }

    @Test
    void readsAnAnswerSentBeforeTheRequestWasReadAndStopsWriting() throws Exception {
        URI base = serve(socket -> {
            socket.getInputStream().readNBytes(1024);
            write(socket, "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 2\r\n\r\n{}");
            socket.shutdownOutput();
            // A lingering close: read on for a while, so the answer is not lost to a reset.
            socket.setSoTimeout(1000);
            try {
                socket.getInputStream().readNBytes(10 * 1024 * 1024);
            } catch (java.net.SocketTimeoutException done) {
                // The client stopped sending.
            }
        });

        Exchange answer = SocketExchange.send(base, RawRequest.of("GET", "/x").withHeader("X-Pad", "a".repeat(4 * 1024 * 1024)),
                Duration.ofSeconds(10));

        assertThat(answer.statusCode()).as(answer.bodyText()).isEqualTo(431);
    }

    @Test
    void noAnswerInTimeIsATimeoutNotAWait() {
        URI base = serve(socket -> {
            readHead(socket.getInputStream());
            Thread.sleep(QUICK.toMillis() * 3);
        });
        long start = System.nanoTime();

        Exchange answer = SocketExchange.send(base, RawRequest.of("GET", "/x"), Duration.ofSeconds(1));

        assertThat(answer.statusCode()).isZero();
        assertThat(answer.bodyText()).isEqualTo("no answer: timed out after 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);
    }

    @Test
    void aServerThatNeverReadsCannotHoldTheWriterEither() {
        URI base = serve(socket -> Thread.sleep(QUICK.toMillis() * 3));

        Exchange answer = SocketExchange.send(base, RawRequest.of("GET", "/x").withHeader("X-Pad", "a".repeat(16 * 1024 * 1024)),
                Duration.ofSeconds(1));

        assertThat(answer.bodyText()).isEqualTo("no answer: timed out after 1 s");
    }

    @Test
    void aClosedConnectionIsNoAnswer() {
        URI base = serve(socket -> readHead(socket.getInputStream()));

        Exchange answer = SocketExchange.send(base, RawRequest.of("GET", "/x"), QUICK);

        assertThat(answer.statusCode()).isZero();
        assertThat(answer.bodyText()).isEqualTo("no answer: the connection closed without an answer");
    }

    @Test
    void bytesThatAreNotHttpAreNoAnswer() {
        URI base = serve(socket -> {
            readHead(socket.getInputStream());
            socket.getOutputStream().write(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46});
        });

        Exchange answer = SocketExchange.send(base, RawRequest.of("GET", "/x"), QUICK);

        assertThat(answer.statusCode()).isZero();
        assertThat(answer.bodyText()).startsWith("no answer: not an HTTP answer (it starts with '\\x15\\x03\\x03");
    }

    @Test
    void aRefusedConnectionIsNoAnswer() throws IOException {
        int port = server.getLocalPort();
        server.close();

        Exchange answer = SocketExchange.send(URI.create("http://127.0.0.1:" + port + "/api"), RawRequest.of("GET", "/x"), QUICK);

        assertThat(answer.statusCode()).isZero();
        assertThat(answer.bodyText()).startsWith("no answer: ConnectException");
    }
}
