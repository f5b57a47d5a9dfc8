package dev.doctranslation.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The smallest server that answers the contract's two operations: every {@code GET} and
 * {@code DELETE} under {@code /batches/} gets 200 with the page's body. Both sides of the SDK
 * benchmark talk to this one server, so its cost is the same on both and cancels out of the ratio.
 *
 * <p>Start the JVM with {@code -Dsun.net.httpserver.nodelay=true}: the JDK server writes headers
 * and body separately, and with Nagle's algorithm on, delayed ACKs add tens of milliseconds.
 */
public final class StubStatusServer implements AutoCloseable {
    private static final String BATCHES = PageBody.BASE_PATH + "/batches/";

    private final HttpServer server;
    private final byte[] body = PageBody.bytes();

    private StubStatusServer(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free loopback port, answering on the server's own dispatcher thread. */
    public static StubStatusServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StubStatusServer stub = new StubStatusServer(server);
        server.createContext(BATCHES, stub::answer);
        server.start();
        return stub;
    }

    /** {@code http://127.0.0.1:<port>}: what the SDK's builder takes as its endpoint. */
    public URI endpoint() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** The full URL of the page's operation on this server. */
    public URI operationUrl() {
        return endpoint().resolve(PageBody.path());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream request = exchange.getRequestBody()) {
            request.transferTo(OutputStream.nullOutputStream());
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("DELETE")) {
                exchange.getResponseHeaders().add("Allow", "GET, DELETE");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
