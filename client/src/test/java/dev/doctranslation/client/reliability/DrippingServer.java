package dev.doctranslation.client.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real loopback server that answers every request by dripping its status line and headers, one
 * byte every {@code interval}, for {@code total} at most: a peer that never pauses long enough for
 * a read timeout yet never finishes its headers. WireMock can drip a body, not headers.
 */
final class DrippingServer implements AutoCloseable {
    private static final byte[] HEAD = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: "
            + "x".repeat(1_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final Duration interval;
    private final Duration total;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    DrippingServer(Duration interval, Duration total) throws IOException {
        this.listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        this.interval = interval;
        this.total = total;
        this.acceptor = new Thread(this::serve, "dripping-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    int requestCount() {
        return requests.get();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                readRequestHead(socket.getInputStream());
                requests.incrementAndGet();
                drip(socket.getOutputStream());
            } catch (IOException | InterruptedException e) {
                // The client gave up and closed, or the server is closing: next connection, or done.
            }
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b; matched < end.length && (b = in.read()) >= 0; ) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private void drip(OutputStream out) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + total.toNanos();
        for (int i = 0; i < HEAD.length && System.nanoTime() < deadline; i++) {
            out.write(HEAD[i]);
            out.flush();
            Thread.sleep(interval.toMillis());
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        acceptor.interrupt();
    }
}
