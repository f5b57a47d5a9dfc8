package dev.doctranslation.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.MinimalHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's HTTP transport: Apache HttpClient 5 classic, called directly with the requests
 * {@link BoundRequest} reads from the generated Feign interface, blocking on the caller's thread.
 * It starts no thread of its own: idle connections are checked when they are next leased, and the
 * answer's deadline is kept by the socket reads themselves, so a call costs no wake-up of a pool
 * cleaner or a timeout watchdog. It is set up so that it does nothing on its own that the SDK
 * promises not to do, and keeps the timeouts the builder promises:
 * <ul>
 *   <li>no request is repeated behind the SDK's back: HttpClient's minimal client has no retry
 *       step, whatever the failure or the status ({@code 503} with {@code Retry-After: 0}
 *       included);
 *       {@link RetryingExchange}'s rules are the only retries, so a cancel that was repeated is
 *       known to be one;</li>
 *   <li>no redirect is followed, so the key goes to no other host; no cookie is kept (the minimal
 *       client has neither step);</li>
 *   <li>the answer comes as the server sends it: nothing asks for compression, and every request
 *       names {@code Accept-Encoding: identity}; the exchange listener sees the body's bytes as they
 *       came, and a few hundred bytes gain nothing from compression;</li>
 *   <li>HTTP/1.1 only, over TLS too, where the handshake offers {@code http/1.1} alone: a few
 *       hundred bytes per call gain nothing from HTTP/2's multiplexing, and one protocol
 *       everywhere is one behaviour to test;</li>
 *   <li>connecting may take the connect timeout, and so may the TLS handshake; the answer, from
 *       writing the request to the body's last byte, the read timeout, however slowly a peer drips
 *       it ({@link AnswerDeadline});</li>
 *   <li>everything happens on the calling thread, so an interrupt of the calling thread ends a
 *       blocked connect or read at once ({@link InterruptibleSocketFactory});</li>
 *   <li>HttpClient's own header and wire logs, which would show the key, are never written
 *       ({@link QuietConnection}); the SDK's log ({@link LogLevel}) is {@link WireLog}.</li>
 * </ul>
 */
final class HttpTransport {
    static final String ACCEPT_ENCODING = "Accept-Encoding";
    static final String IDENTITY = "identity";
    private static final String[] HTTP_1_1 = {"http/1.1"};

    private final MinimalHttpClient http;
    private final int readTimeoutMillis;
    private final int maxBodyBytes;
    private final WireLog log;

    /** Without a log. */
    HttpTransport(Duration connectTimeout, Duration readTimeout, int maxBodyBytes) {
        this(connectTimeout, readTimeout, maxBodyBytes, LogLevel.NONE, () -> null);
    }

    /** @param secret the key or last token sent, taken out of every log line */
    HttpTransport(Duration connectTimeout, Duration readTimeout, int maxBodyBytes, LogLevel logLevel,
            Supplier<String> secret) {
        this.readTimeoutMillis = millis(readTimeout);
        this.maxBodyBytes = maxBodyBytes;
        this.log = logLevel == LogLevel.NONE ? null : new WireLog(logLevel, secret);
        Timeout connect = Timeout.ofMilliseconds(millis(connectTimeout));
        Timeout read = Timeout.ofMilliseconds(readTimeoutMillis);
        // Made here, at build(), so the JDK's trust store settings of this moment are the ones used.
        TlsSocketStrategy tls = new DefaultClientTlsStrategy(SSLContexts.createDefault()) {
            @Override
            protected void initializeSocket(SSLSocket socket) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setApplicationProtocols(HTTP_1_1);
                socket.setSSLParameters(parameters);
            }
        };
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
                new DefaultHttpClientConnectionOperator(new InterruptibleSocketFactory(), null, null,
                        RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tls).build()),
                PoolConcurrencyPolicy.STRICT, PoolReusePolicy.LIFO, TimeValue.NEG_ONE_MILLISECOND,
                QuietConnection.FACTORY);
        // As many connections as there are callers at once: a limit would make callers queue for one.
        connections.setDefaultMaxPerRoute(Integer.MAX_VALUE);
        connections.setMaxTotal(Integer.MAX_VALUE);
        connections.setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(connect)
                .setSocketTimeout(read)
                // No thread closes idle connections; one idle this long is checked before it is
                // used again, so a connection the server has dropped is not where a request goes.
                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .build());
        connections.setDefaultTlsConfig(TlsConfig.custom()
                .setHandshakeTimeout(connect)
                .setSupportedProtocols(TLS.V_1_3, TLS.V_1_2)
                .build());
        // The minimal client: the request executor on a pooled connection and nothing else, so no
        // retry, redirect, cookie, authentication or decompression step exists to be switched off
        // (and none costs time on each call).
        this.http = HttpClients.createMinimal(connections);
    }

    /**
     * Sends one request and reads its whole answer within the read timeout.
     *
     * @throws AnswerTooLargeException when the body runs past the limit; the connection is then
     *     dropped, not drained
     */
    Answer exchange(ClassicHttpRequest request) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            // HttpClient would meet the flag only if it had to wait for a connection.
            throw new InterruptedIOException("interrupted before the request was sent");
        }
        long started = log == null ? 0 : System.nanoTime();
        if (log != null) {
            log.request(request);
        }
        AnswerDeadline deadline = AnswerDeadline.open(readTimeoutMillis);
        try {
            Answer answer = http.execute(request, response -> {
                byte[] body = readBody(response.getCode(), response.getEntity(), deadline);
                return new Answer(response.getCode(), response.getHeaders(), body);
            });
            if (log != null) {
                log.answer(request, answer, System.nanoTime() - started);
            }
            return answer;
        } catch (CancellationException e) {
            // How HttpClient ends a wait for a pooled connection that an interrupt cut short.
            IOException failure = Thread.currentThread().isInterrupted()
                    ? new InterruptedIOException("interrupted while waiting for a connection")
                    : new IOException("the wait for a connection was cancelled");
            failure.initCause(e);
            if (log != null) {
                log.failure(request, failure, System.nanoTime() - started);
            }
            throw failure;
        } catch (IOException | RuntimeException e) {
            if (log != null) {
                log.failure(request, e, System.nanoTime() - started);
            }
            throw e;
        } finally {
            deadline.close();
        }
    }

    private byte[] readBody(int status, HttpEntity entity, AnswerDeadline deadline) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        // Read exactly the announced length when there is one: readNBytes(MAX + 1) would allocate an
        // 8 KiB scratch buffer for every few-hundred-byte answer (the benchmarks' finding).
        long announced = entity.getContentLength();
        int limit = announced >= 0 && announced <= maxBodyBytes ? (int) announced : maxBodyBytes + 1;
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes(limit);
            if (body.length > maxBodyBytes) {
                // HttpClient would drain the rest to keep the connection; an expired deadline makes
                // it give the connection up instead.
                deadline.expire();
                throw new AnswerTooLargeException(status, maxBodyBytes);
            }
            return body;
        }
    }

    /**
     * Whole milliseconds, rounded up and at least 1, at most {@code Integer.MAX_VALUE} (sockets
     * count in {@code int} milliseconds): a socket reads 0 as "no timeout at all", which a positive
     * sub-millisecond setting must not become.
     */
    static int millis(Duration timeout) {
        Duration capped = timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0
                ? Duration.ofMillis(Integer.MAX_VALUE) : timeout;
        long millis = capped.toMillis();
        if (Duration.ofMillis(millis).compareTo(capped) < 0) {
            millis++;
        }
        return (int) Math.max(1, Math.min(millis, Integer.MAX_VALUE));
    }

    CloseableHttpClient httpClient() {
        return http;
    }

    /** One whole answer: status, headers as received, body as sent. */
    record Answer(int status, Header[] headers, byte[] body) {
    }

    /** The answer's body ran past what any answer of this contract can be. */
    static final class AnswerTooLargeException extends IOException {
        private final int status;

        AnswerTooLargeException(int status, int limit) {
            super("answered " + status + " with a body over " + limit + " bytes, which is no answer of this contract");
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
