package dev.doctranslation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.junit.jupiter.api.Test;

/**
 * The transport's settings, where behaviour alone would not show a mistake: a positive timeout
 * under a millisecond must not become a socket's 0, "no timeout"; calls start no thread of their
 * own (no pool cleaner, no timeout watchdog), which is what keeps a call cheap. The behaviour
 * itself (no resend, no redirect, deadlines, interrupts, logs) is tested against real servers in
 * the reliability tests and {@link KeyNeverLeaksTest}.
 */
class HttpTransportTest {
    @Test
    void timeoutsAreWholeMillisecondsRoundedUpNeverZeroAndWithinAnInt() {
        assertThat(HttpTransport.millis(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(HttpTransport.millis(Duration.ofMillis(1_500))).isEqualTo(1_500);
        assertThat(HttpTransport.millis(Duration.ofNanos(1_500_000_001))).isEqualTo(1_501);
        assertThat(HttpTransport.millis(Duration.ofDays(365))).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void callsStartNoThreadOfTheTransportsOwn() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // One kept-alive connection, served by a thread started before the count is taken.
            Thread server = new Thread(() -> serveOneConnection(listener, body), "one-connection-server");
            server.setDaemon(true);
            server.start();
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            HttpTransport transport = new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024,
                    LogLevel.BODY, () -> "k");
            HttpHost host = new HttpHost("http", "127.0.0.1", listener.getLocalPort());
            for (int i = 0; i < 3; i++) {
                assertThat(transport.exchange(new BasicClassicHttpRequest("GET", host, "/status")).body()).isEqualTo(body);
            }

            Set<String> started = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread))
                    .map(Thread::getName)
                    .collect(Collectors.toSet());
            assertThat(started).as("threads started by three calls").isEmpty();
        }
    }

    private static void serveOneConnection(ServerSocket listener, byte[] body) {
        try (Socket socket = listener.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // The test ended the connection; its assertions tell what happened.
        }
    }
}
