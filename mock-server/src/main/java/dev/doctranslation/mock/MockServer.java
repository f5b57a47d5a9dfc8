package dev.doctranslation.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Document Translation mock server, in process: starts on a free loopback port and gives the
 * base URL of each version it serves ({@link #apiBase(ServiceVersion)}; {@link #baseUrl()} is the
 * preview's), the subscription key, and handles to arrange operations and faults. Every version's
 * route answers over one store: an operation arranged once is seen through all of them.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.start()) {
 *   UUID id = mock.operations().arrange("Running");
 *   // DELETE mock.baseUrl() + "/batches/" + id with header Ocp-Apim-Subscription-Key: mock.key()
 * }
 * }</pre>
 */
public final class MockServer implements AutoCloseable {

    /**
     * The preview's (v1.0-preview.1) base path, its spec's servers[0] URL's path; its routes are
     * under it. Every version's is {@link ServiceVersion#apiPath()}.
     */
    public static final String BASE_PATH = "/translator/text/batch/v1.0-preview.1";
    /**
     * Pact's state-change endpoint, the mock's one control route; not under the base path. It needs
     * no key while the mock listens on loopback only, and the key or the admin token otherwise.
     */
    public static final String STATES_PATH = "/_states";
    /** Grizzly's own limit on the request line and headers: the guard behind our 414/431. */
    static final int HARD_HEADER_LIMIT_BYTES = 64 * 1024;
    /** The most header fields a request may have (Grizzly's default, set here so it cannot drift): more is a 400. */
    static final int MAX_REQUEST_HEADER_FIELDS = 100;
    /** Grizzly's value for "no limit" on the requests of one kept-alive connection. */
    static final int UNLIMITED_REQUESTS_PER_CONNECTION = -1;
    /** The longest header-read timeout accepted: an hour, as the other delays. */
    static final Duration MAX_HEADER_READ_TIMEOUT = Duration.ofHours(1);

    private final HttpServer server;
    private final HeaderReadTimeout headerReadTimeout;
    private final URI root;
    private final String key;
    private final boolean statesNeedCredentials;
    private final Operations operations;
    private final Faults faults;
    private final TlsFiles tls;
    /** The mock's own request log, stopped with it; null when it is off or the caller gave a sink. */
    private final Slf4jRequestLog requestLog;

    private MockServer(
            HttpServer server,
            HeaderReadTimeout headerReadTimeout,
            URI root,
            String key,
            boolean statesNeedCredentials,
            Operations operations,
            Faults faults,
            TlsFiles tls,
            Slf4jRequestLog requestLog) {
        this.server = server;
        this.headerReadTimeout = headerReadTimeout;
        this.root = root;
        this.key = key;
        this.statesNeedCredentials = statesNeedCredentials;
        this.operations = operations;
        this.faults = faults;
        this.tls = tls;
        this.requestLog = requestLog;
    }

    /** Starts a mock with every default: loopback, a free port, a generated key, the system clock. */
    public static MockServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The preview's (v1.0-preview.1) base URL, such as {@code
     * http://127.0.0.1:41234/translator/text/batch/v1.0-preview.1}: {@code apiBase(V1_0_PREVIEW_1)}.
     */
    public URI baseUrl() {
        return apiBase(ServiceVersion.V1_0_PREVIEW_1);
    }

    /**
     * The base URL of {@code version}'s API, such as {@code http://127.0.0.1:41234/translator/document}
     * for 2024-05-01: an operation is at {@code version.operationUri(apiBase(version), id)}, which adds
     * the {@code api-version} query where the version asks for one. {@code https} when the mock serves TLS.
     */
    public URI apiBase(ServiceVersion version) {
        return root.resolve(Objects.requireNonNull(version, "version == null").apiPath());
    }

    /**
     * The PEM file of the self-signed certificate the mock serves https with, for a client to trust;
     * empty unless it was started with {@link Builder#tls(boolean) tls(true)}.
     */
    public Optional<Path> tlsCertificate() {
        return tls == null ? Optional.empty() : Optional.of(tls.certificatePem());
    }

    /** The provider-state URL ({@code POST} Pact's state-change body here). */
    public URI statesUrl() {
        return root.resolve(STATES_PATH);
    }

    public int port() {
        return root.getPort();
    }

    /** The subscription key the API expects in {@code Ocp-Apim-Subscription-Key}. */
    public String key() {
        return key;
    }

    /**
     * Whether {@link #statesUrl()} asks for the key or the admin token: true unless the mock
     * listens on a loopback address only.
     */
    boolean statesNeedCredentials() {
        return statesNeedCredentials;
    }

    public Operations operations() {
        return operations;
    }

    public Faults faults() {
        return faults;
    }

    /** Forgets every operation and every fault set since start, as between two tests. */
    public void reset() {
        operations.clear();
        faults.clear();
    }

    /**
     * Stops at once; requests in flight are cut. The request log's lines are all handed to SLF4J
     * before this returns, and its writer thread has ended.
     */
    @Override
    public void close() {
        server.shutdownNow();
        headerReadTimeout.close();
        closeTls();
        closeRequestLog();
    }

    /** Stops accepting requests, lets those in flight finish for up to {@code grace}, then stops. */
    public void stop(Duration grace) {
        try {
            server.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        } catch (ExecutionException e) {
            server.shutdownNow();
        } finally {
            headerReadTimeout.close();
            closeTls();
            closeRequestLog();
        }
    }

    private void closeTls() {
        if (tls != null) {
            tls.close();
        }
    }

    /** After the server stopped, so the lines of the last requests are in. */
    private void closeRequestLog() {
        if (requestLog != null) {
            requestLog.close();
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "MockServer[" + baseUrl() + "]";
    }

    /**
     * Settings of a mock; every one has a default. The defaults are the constants below, and every
     * other way to start a mock (the standalone jar's flags, {@code @MockServerTest}) takes them
     * from here, so a setting has one default wherever it is set.
     */
    public static final class Builder {

        /** The address to listen on unless told otherwise: loopback. */
        public static final String DEFAULT_HOST = "127.0.0.1";
        /** The port unless told otherwise: 0, a free one, so tests running side by side never collide. */
        public static final int DEFAULT_PORT = 0;
        /** How long each document of a live operation takes, and the gap between starts. */
        public static final long DEFAULT_PACE_MILLIS = 1_000;
        /** How many documents of a live operation run at once. */
        public static final int DEFAULT_PARALLELISM = 2;
        /**
         * From an accepted cancel to Cancelled, for documents in flight: long enough for a client
         * to see Cancelling, short enough for a test that waits for Cancelled.
         */
        public static final long DEFAULT_CANCEL_SETTLE_MILLIS = 500;
        /** The Retry-After of throttled and unavailable answers. */
        public static final int DEFAULT_RETRY_AFTER_SECONDS = 1;
        /**
         * How long a client may take to send a request's line and header fields: far longer than
         * any client on a working network needs, short enough that connections that never finish
         * their head (slow-loris style) are let go long before Grizzly's 30 s idle timeout.
         */
        public static final long DEFAULT_HEADER_READ_TIMEOUT_MILLIS = 10_000;

        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String key;
        private Clock clock = Clock.systemUTC();
        private Duration pace = Duration.ofMillis(DEFAULT_PACE_MILLIS);
        private int parallelism = DEFAULT_PARALLELISM;
        private Duration cancelSettleDelay = Duration.ofMillis(DEFAULT_CANCEL_SETTLE_MILLIS);
        private Duration latency = Duration.ZERO;
        private int throttleEvery;
        private int unavailableEvery;
        private int unavailableBurst;
        private int retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS;
        private boolean requestLog = true;
        /** A sink of the caller's, called on the request's thread; null: the mock's own, made at each start. */
        private RequestLog requestLogSink;
        /** The logger the mock's own request log writes to; null: {@link RequestLog#LOGGER_NAME}'s. */
        private Logger requestLogger;
        private Duration headerReadTimeout = Duration.ofMillis(DEFAULT_HEADER_READ_TIMEOUT_MILLIS);
        private String adminToken;
        private boolean cancelAnswersBeforeApplying;
        private Duration documentCountDelay = Duration.ZERO;

        private Builder() {}

        /** The address to listen on; default {@link #DEFAULT_HOST}, loopback. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host == null");
            return this;
        }

        /** The port; default {@link #DEFAULT_PORT}, a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The subscription key to expect; default a new random one. */
        public Builder key(String key) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("key must not be empty");
            }
            this.key = key;
            return this;
        }

        /**
         * A second credential for the control route {@code /_states}, besides the subscription key,
         * presented as {@code Authorization: Bearer <token>}; default none. It matters only when
         * the mock listens on an address other than loopback: then {@code /_states} answers 401 to
         * a caller with neither. Never a credential for the API.
         */
        public Builder adminToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("adminToken must not be empty");
            }
            this.adminToken = token;
            return this;
        }

        // Versions' credentials and TLS: kept together, apart from the settings above.

        private String bearerToken;
        private boolean tls;
        private Path tlsCertificateOut;

        /**
         * The bearer token the API accepts as {@code Authorization: Bearer <token>}, instead of the
         * subscription key, on the versions whose spec declares OAuth2 (2024-05-01); default none:
         * then no bearer token is accepted, as the mock cannot check a real Entra ID token and
         * taking any would let every client in. Compared as a SHA-256 digest, in constant time,
         * never logged. The v1.x versions take the key only.
         */
        public Builder bearerToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("bearerToken must not be empty");
            }
            this.bearerToken = token;
            return this;
        }

        /**
         * Serve https instead of http, with a self-signed certificate made at start for {@code
         * localhost}, {@code 127.0.0.1}, {@code ::1} and the host listened on; default off. Its PEM
         * is written to {@link #tlsCertificateOut(Path)}, or to a new file in the temporary
         * folder that {@link MockServer#close()} deletes; {@link MockServer#tlsCertificate()} says where.
         */
        public Builder tls(boolean on) {
            this.tls = on;
            return this;
        }

        /**
         * Where to write the PEM of the TLS certificate (replaced if it exists, left in place at
         * stop); implies {@link #tls(boolean) tls(true)}.
         */
        public Builder tlsCertificateOut(Path file) {
            this.tlsCertificateOut = Objects.requireNonNull(file, "file == null");
            this.tls = true;
            return this;
        }

        /** Where time comes from; tests pass a clock they move, so answers are repeatable. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * How long a submitted operation's document takes, and the gap between starts; default
         * {@link #DEFAULT_PACE_MILLIS}, 1 s.
         */
        public Builder pace(Duration pace) {
            if (pace.isNegative() || pace.isZero()) {
                throw new IllegalArgumentException("pace must be > 0");
            }
            this.pace = pace;
            return this;
        }

        /** How many documents of a submitted operation run at once; default {@link #DEFAULT_PARALLELISM}, 2. */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be >= 1");
            }
            this.parallelism = parallelism;
            return this;
        }

        /**
         * How long after an accepted cancel the documents in flight stop (those that would finish by
         * then finish), taking the operation from Cancelling to Cancelled; default {@link
         * #DEFAULT_CANCEL_SETTLE_MILLIS}, 500 ms.
         */
        public Builder cancelSettleDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("cancelSettleDelay must be >= 0");
            }
            this.cancelSettleDelay = delay;
            return this;
        }

        /** Latency added to every API request; default none. */
        public Builder latency(Duration latency) {
            if (latency.isNegative() || latency.compareTo(Faults.MAX_LATENCY) > 0) {
                throw new IllegalArgumentException("latency must be between 0 and " + Faults.MAX_LATENCY);
            }
            this.latency = latency;
            return this;
        }

        /** Every {@code every}-th API request answers 429; default never (0). */
        public Builder throttleEvery(int every) {
            this.throttleEvery = every;
            return this;
        }

        /** Of every {@code every} API requests, the last {@code burst} answer 503; default never. */
        public Builder unavailableBursts(int every, int burst) {
            this.unavailableEvery = every;
            this.unavailableBurst = burst;
            return this;
        }

        /** The Retry-After, in seconds, of the faults set here; default {@link #DEFAULT_RETRY_AFTER_SECONDS}, 1. */
        public Builder retryAfterSeconds(int seconds) {
            Faults.checkRetryAfter(seconds);
            this.retryAfterSeconds = seconds;
            return this;
        }

        /**
         * Whether to log one line per request (method, path, status, milliseconds; never the key
         * or the query) at INFO on the SLF4J logger {@code dev.doctranslation.mock.requests};
         * default on. The request's thread only hands the values over: a writer thread of the
         * mock's calls SLF4J, up to 200 ms later, and {@link MockServer#close()} hands over the
         * rest and ends it. Off saves the per-request work altogether, for load tests.
         */
        public Builder requestLog(boolean on) {
            this.requestLog = on;
            this.requestLogSink = null;
            return this;
        }

        /**
         * How long a client may take to send a request's head (request line and header fields),
         * counted from the connection's accept, or on a kept-alive connection from the first byte
         * of the request; default {@link #DEFAULT_HEADER_READ_TIMEOUT_MILLIS}, 10 s. A head
         * unfinished by then is answered 408 and its connection closed; a new connection that sent
         * nothing is closed.
         */
        public Builder headerReadTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_HEADER_READ_TIMEOUT) > 0) {
                throw new IllegalArgumentException("headerReadTimeout must be > 0 and at most " + MAX_HEADER_READ_TIMEOUT);
            }
            this.headerReadTimeout = timeout;
            return this;
        }

        // --- Answers as the live service's recorded sessions show (RecordedBehaviour); off by default.

        /**
         * Whether an accepted cancel answers 200 with the status and counts from before it, dated at
         * the cancel, as the live service answered a cancel at v1.0 (NotStarted, all zero); the
         * cancel applies all the same, so the next read shows Cancelling or Cancelled. Default off:
         * the answer shows the cancel applied.
         */
        public Builder cancelAnswersBeforeApplying(boolean on) {
            this.cancelAnswersBeforeApplying = on;
            return this;
        }

        /**
         * How long after its submission (or arrangement) a NotStarted operation counts its
         * documents, as the live service does: until then it shows a summary of all zeros, and
         * Cancelling once cancelled; its documents start only once counted. Default zero: counted
         * at once. At most an hour.
         */
        public Builder documentCountDelay(Duration delay) {
            if (delay.isNegative() || delay.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("documentCountDelay must be between 0 and " + Duration.ofHours(1));
            }
            this.documentCountDelay = delay;
            return this;
        }

        // --- The store's retention (StoreRetention): finished operations forgotten; off by default.

        private StoreRetention retention = StoreRetention.OFF;

        /**
         * Forget a finished operation (Succeeded, Failed, Cancelled, ValidationFailed) this long
         * after it finished (its lastActionDateTimeUtc), on the mock's clock, as the live service
         * forgets finished operations after a time; from then on its id answers 404 as any unknown
         * one. Forgotten when an operation is added (never the one added), so no request pays for
         * it; an operation that has not finished is never forgotten. Default: kept until {@link
         * MockServer#reset()}. At most 365 days.
         */
        public Builder retention(Duration keepFinished) {
            this.retention = new StoreRetention(
                    Objects.requireNonNull(keepFinished, "keepFinished == null"), retention.maxOperations());
            return this;
        }

        /**
         * Hold at most this many operations: adding one beyond it forgets the finished operations
         * that finished first, as many as it takes (never the one added, never one that has not
         * finished, so more are held while more than this many have not finished). Default: no cap.
         */
        public Builder maxOperations(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxOperations must be >= 1: " + max);
            }
            this.retention = new StoreRetention(retention.keepFinished(), max);
            return this;
        }

        /**
         * Where the request lines go instead of SLF4J, called on the request's thread: the
         * standalone jar's buffered log (which the standalone closes), a test's recorder.
         */
        Builder requestLog(RequestLog sink) {
            this.requestLogSink = Objects.requireNonNull(sink, "sink == null");
            this.requestLog = true;
            return this;
        }

        /** The logger the mock's own request log writes to, instead of {@link RequestLog#LOGGER_NAME}'s. */
        Builder requestLogger(Logger logger) {
            this.requestLogger = Objects.requireNonNull(logger, "logger == null");
            return this;
        }

        /** The mock's own request log when it is on and no sink was given, else null; one per start. */
        private Slf4jRequestLog ownRequestLog() {
            if (!requestLog || requestLogSink != null) {
                return null;
            }
            return Slf4jRequestLog.start(
                    requestLogger != null ? requestLogger : LoggerFactory.getLogger(RequestLog.LOGGER_NAME));
        }

        /** Starts the server; it listens when this returns. */
        public MockServer start() {
            // On a second core while Jersey's application is built below: see JsonWarmUp.
            JsonWarmUp.inBackground();
            FaultSchedule schedule =
                    new FaultSchedule(
                            latency, throttleEvery, unavailableEvery, unavailableBurst, retryAfterSeconds);
            String theKey = key != null ? key : SubscriptionKey.generate();
            OperationStore store = new OperationStore(retention);
            Operations operations =
                    new Operations(store, new OperationPlanner(pace, parallelism, cancelSettleDelay,
                            new RecordedBehaviour(cancelAnswersBeforeApplying, documentCountDelay)), clock);
            Faults faults = new Faults(schedule);
            SubscriptionKey subscriptionKey = SubscriptionKey.of(theKey);
            ControlAccess control = ControlAccess.forHost(host, subscriptionKey, adminToken);
            TlsFiles tlsFiles = tls ? TlsFiles.create(host, tlsCertificateOut) : null;
            String scheme = tlsFiles == null ? "http" : "https";
            Slf4jRequestLog ownLog = ownRequestLog();
            URI listenAt = URI.create(scheme + "://" + hostForUri() + ":" + port + "/");
            RequestThreads threads = new RequestThreads(faults);
            GuardedJerseyHandler handler = new GuardedJerseyHandler(threads);
            // Grizzly on a second thread while Jersey's application is built on this one: see GrizzlyStart.
            GrizzlyStart transport = GrizzlyStart.inBackground(
                    listenAt,
                    tlsFiles == null ? null : new SSLEngineConfigurator(tlsFiles.certificate().sslContext(), false, false, false),
                    handler,
                    threads,
                    headerReadTimeout);
            GrizzlyStart.Listening listening;
            try {
                var application = MockApplication.create(
                        store,
                        operations,
                        faults,
                        subscriptionKey,
                        bearerToken == null ? null : SubscriptionKey.of(bearerToken),
                        control,
                        ownLog != null ? ownLog : requestLogSink,
                        tlsFiles != null);
                handler.ready(new GrizzlyHttpContainerProvider().createContainer(GrizzlyHttpContainer.class, application));
                listening = transport.await();
            } catch (IOException e) {
                abandon(handler, e, transport, tlsFiles, ownLog);
                throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
            } catch (RuntimeException | Error e) {
                abandon(handler, e, transport, tlsFiles, ownLog);
                throw e;
            }
            URI root = URI.create(scheme + "://" + hostForUri() + ":" + listening.port() + "/");
            return new MockServer(
                    listening.server(), listening.headerReads(), root, theKey, control.needsCredentials(), operations,
                    faults, tlsFiles, ownLog);
        }

        /** A start that failed: stops all it had started, Jersey's container and the server if they had. */
        private static void abandon(
                GuardedJerseyHandler handler, Throwable cause, GrizzlyStart transport, TlsFiles tlsFiles, Slf4jRequestLog ownLog) {
            handler.failed(cause);
            stopQuietly(transport);
            if (tlsFiles != null) {
                tlsFiles.close();
            }
            if (ownLog != null) {
                ownLog.close();
            }
        }

        /** The server, if it started, stops; when Jersey's build failed, a failure to listen is the lesser news. */
        private static void stopQuietly(GrizzlyStart transport) {
            try {
                GrizzlyStart.Listening listening = transport.await();
                listening.server().shutdownNow();
                listening.headerReads().close();
            } catch (IOException | RuntimeException | Error ignored) {
                // It did not start, and stopped what it had started itself.
            }
        }

        private String hostForUri() {
            return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        }
    }
}
