package dev.doctranslation.mock;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/**
 * The Grizzly half of a start: the HTTP server, its listener's settings and add-ons, made and
 * started on a thread of its own while the starting thread builds Jersey's application. Neither
 * needs the other until the first request (Grizzly's classes, its selector threads and the bind
 * take about a fifth of a start, Jersey's application most of the rest), so on a second core the
 * caller waits for the longer of the two instead of both in turn.
 *
 * <p>The server listens before Jersey is ready: {@link GuardedJerseyHandler} holds a request that
 * comes that early (only a client that knew the port before {@code start()} returned can send one)
 * until Jersey is, then answers it as any other.
 */
final class GrizzlyStart {

    /** The started server and the header-read timeout its listener runs with. */
    record Listening(HttpServer server, HeaderReadTimeout headerReads, int port) {}

    private final FutureTask<Listening> task;

    private GrizzlyStart(FutureTask<Listening> task) {
        this.task = task;
    }

    /**
     * Starts making and starting the server on a new thread, {@code mock-transport-start}. {@code
     * ssl} null: plain http.
     */
    static GrizzlyStart inBackground(
            URI listenAt, SSLEngineConfigurator ssl, GuardedJerseyHandler handler, RequestThreads threads,
            Duration headerReadTimeout) {
        FutureTask<Listening> task = new FutureTask<>(() -> start(listenAt, ssl, handler, threads, headerReadTimeout));
        Thread thread = new Thread(task, "mock-transport-start");
        thread.setDaemon(true);
        thread.start();
        return new GrizzlyStart(task);
    }

    /**
     * The started server, once it is; what failed otherwise, after the thread stopped all it had
     * started.
     */
    Listening await() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The thread is binding a port: leaving now would leave it listening unseen.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Listening start(
            URI listenAt, SSLEngineConfigurator ssl, GuardedJerseyHandler handler, RequestThreads threads,
            Duration headerReadTimeout) throws IOException {
        // No container: the factory makes the listener as it would for one (its worker threads'
        // names and factory, secure or not, TRACE passed on, UTF-8 queries), and the handler that
        // stands for Jersey is registered below instead.
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(listenAt, (GrizzlyHttpContainer) null, ssl != null, ssl, false);
        ServerConfiguration configuration = server.getServerConfiguration();
        configuration.addHttpHandler(handler, "/");
        configuration.setDefaultErrorPageGenerator(new ContractErrorPage());
        NetworkListener listener = server.getListeners().iterator().next();
        listener.registerAddOn(threads);
        listener.setMaxHttpHeaderSize(MockServer.HARD_HEADER_LIMIT_BYTES);
        listener.setMaxRequestHeaders(MockServer.MAX_REQUEST_HEADER_FIELDS);
        // Grizzly closes a kept-alive connection after 256 requests by default, so a busy client
        // reconnects every 256 requests; the service's gateway and WireMock's Jetty do not.
        // The idle timeout between requests still closes a connection left unused.
        listener.getKeepAlive().setMaxRequestsCount(MockServer.UNLIMITED_REQUESTS_PER_CONNECTION);
        HeaderReadTimeout headReads = HeaderReadTimeout.start(headerReadTimeout);
        listener.registerAddOn(new ContractErrorsAddOn(headReads));
        try {
            server.start();
        } catch (IOException | RuntimeException | Error e) {
            server.shutdownNow();
            headReads.close();
            throw e;
        }
        return new Listening(server, headReads, listener.getPort());
    }
}
