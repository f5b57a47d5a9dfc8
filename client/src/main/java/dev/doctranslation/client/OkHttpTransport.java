package dev.doctranslation.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * The SDK's HTTP transport: OkHttp, called directly with the requests {@link BoundRequest} reads
 * from the generated Feign interface, blocking on the caller's thread.
 * OkHttp is set up so that it does nothing on its own that the SDK promises not to do, and keeps
 * the timeouts the builder promises:
 * <ul>
 *   <li>no request is repeated behind the SDK's back: not after a failed connection
 *       ({@code retryOnConnectionFailure(false)}), not after a 408, and not after a 503 that says
 *       {@code Retry-After: 0} ({@link RetryAfterZeroGuard}); {@link RetryingExchange}'s rules are
 *       the only retries, so a cancel that was repeated is known to be one;</li>
 *   <li>no redirect is followed, so the key goes to no other host;</li>
 *   <li>the answer comes as the server sends it: OkHttp asks for gzip and unpacks it unseen unless
 *       the request names an encoding, so every request names {@code identity}; the exchange
 *       listener sees the body's bytes as they came, and a few hundred bytes gain nothing from
 *       compression;</li>
 *   <li>HTTP/1.1 only, over TLS too: a few hundred bytes per call gain nothing from HTTP/2's
 *       multiplexing, and one protocol everywhere is one behaviour to test;</li>
 *   <li>connecting may take the connect timeout; the answer, from writing the request to the body's
 *       last byte, the read timeout, however slowly a peer drips it ({@link AnswerDeadline}); and
 *       the whole attempt, TLS handshake included, their sum (OkHttp's call timeout);</li>
 *   <li>everything happens on the calling thread, connecting included (no fast fallback, which
 *       would connect on OkHttp's threads while the caller waits), so an interrupt of the calling
 *       thread ends a blocked connect or read at once ({@link InterruptibleSocketFactory}).</li>
 *   <li>the log ({@link LogLevel}) is OkHttp's own, closest to the wire, through
 *       {@link RedactingLogger}.</li>
 * </ul>
 */
final class OkHttpTransport {
    static final String ACCEPT_ENCODING = "Accept-Encoding";
    static final String IDENTITY = "identity";

    private final OkHttpClient http;

    /** Without a log. */
    OkHttpTransport(Duration connectTimeout, Duration readTimeout) {
        this(connectTimeout, readTimeout, LogLevel.NONE, () -> null);
    }

    /** @param secret the key or last token sent, taken out of every log line */
    OkHttpTransport(Duration connectTimeout, Duration readTimeout, LogLevel logLevel, Supplier<String> secret) {
        int connectMillis = millis(connectTimeout);
        int readMillis = millis(readTimeout);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(connectMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readMillis, TimeUnit.MILLISECONDS)
                .writeTimeout(readMillis, TimeUnit.MILLISECONDS)
                .callTimeout(Math.min((long) connectMillis + readMillis, Integer.MAX_VALUE), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .protocols(List.of(Protocol.HTTP_1_1))
                .fastFallback(false)
                .socketFactory(new InterruptibleSocketFactory())
                .addInterceptor(OkHttpTransport::identityEncoding)
                .addInterceptor(RetryAfterZeroGuard.RESTORE)
                .addNetworkInterceptor(RetryAfterZeroGuard.HIDE)
                .addNetworkInterceptor(new AnswerDeadline(readMillis));
        if (logLevel != LogLevel.NONE) {
            // Innermost, so it logs what crossed the wire: the 503 before RetryAfterZeroGuard
            // restores it, the body within the answer's deadline.
            HttpLoggingInterceptor log = new HttpLoggingInterceptor(new RedactingLogger(secret));
            log.setLevel(level(logLevel));
            log.redactHeader(SubscriptionKeyInterceptor.KEY_HEADER);
            log.redactHeader(BearerTokenInterceptor.AUTHORIZATION);
            builder.addNetworkInterceptor(log);
        }
        this.http = builder.build();
    }

    /**
     * Sends one request and returns the answer with its body still to be read.
     *
     * <p>OkHttp is written in Kotlin, which declares no checked exceptions: one it throws undeclared
     * (an {@link InterruptedException} from a wait) would reach the caller unannounced. Here it
     * becomes the {@link IOException} a failed exchange is, the interrupt kept as the cause and in
     * the thread's flag.
     */
    Response execute(Request request) throws IOException {
        return asIo(() -> http.newCall(request).execute());
    }

    OkHttpClient okHttp() {
        return http;
    }

    private static okhttp3.Response identityEncoding(Interceptor.Chain chain) throws IOException {
        okhttp3.Request request = chain.request();
        return chain.proceed(request.header(ACCEPT_ENCODING) != null ? request
                : request.newBuilder().header(ACCEPT_ENCODING, IDENTITY).build());
    }

    /**
     * Whole milliseconds, rounded up and at least 1, at most {@code Integer.MAX_VALUE} (both
     * libraries count in {@code int} milliseconds): OkHttp reads 0 as "no timeout at all", which a
     * positive sub-millisecond setting must not become.
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

    private static HttpLoggingInterceptor.Level level(LogLevel level) {
        return switch (level) {
            case NONE -> HttpLoggingInterceptor.Level.NONE;
            case BASIC -> HttpLoggingInterceptor.Level.BASIC;
            case HEADERS -> HttpLoggingInterceptor.Level.HEADERS;
            case BODY -> HttpLoggingInterceptor.Level.BODY;
        };
    }

    /** A call that may throw any exception, checked or not, declared or not. */
    @FunctionalInterface
    interface Exchange {
        Response send() throws Exception;
    }

    static Response asIo(Exchange exchange) throws IOException {
        try {
            return exchange.send();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            IOException failure = e instanceof InterruptedException
                    ? new InterruptedIOException("interrupted") : new IOException(e.toString());
            failure.initCause(e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw failure;
        }
    }
}
