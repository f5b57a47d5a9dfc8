package dev.doctranslation.client;

import dev.doctranslation.contract.Redaction;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's exchange log ({@link LogLevel}), written to SLF4J at DEBUG under
 * {@code dev.doctranslation.client.http}, in the {@code -->} / {@code <--} form OkHttp's logging
 * interceptor made familiar. The subscription key's and the token's header lines are never
 * written (not even with the value masked), and a server that echoes the secret in a body or a
 * header gets it replaced before the line is written.
 */
final class WireLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.doctranslation.client.http");

    private final LogLevel level;
    /** The secret sent: the key, or the last bearer token. */
    private final Supplier<String> secret;

    WireLog(LogLevel level, Supplier<String> secret) {
        this.level = level;
        this.secret = secret;
    }

    void request(ClassicHttpRequest request) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        write("--> " + request.getMethod() + " " + url(request));
        if (level.compareTo(LogLevel.HEADERS) >= 0) {
            headers(request.getHeaders());
            write("--> END " + request.getMethod());
        }
    }

    void answer(ClassicHttpRequest request, HttpTransport.Answer answer, long nanos) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        String took = TimeUnit.NANOSECONDS.toMillis(nanos) + "ms";
        if (level == LogLevel.BASIC) {
            write("<-- " + answer.status() + " " + url(request) + " (" + took + ", " + answer.body().length
                    + "-byte body)");
            return;
        }
        write("<-- " + answer.status() + " " + url(request) + " (" + took + ")");
        headers(answer.headers());
        if (level == LogLevel.BODY && answer.body().length > 0) {
            write("");
            write(new String(answer.body(), StandardCharsets.UTF_8));
        }
        write("<-- END HTTP (" + answer.body().length + "-byte body)");
    }

    void failure(ClassicHttpRequest request, Exception e, long nanos) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        write("<-- HTTP FAILED: " + url(request) + " (" + TimeUnit.NANOSECONDS.toMillis(nanos) + "ms): " + e);
    }

    private void headers(Header[] headers) {
        for (Header header : headers) {
            if (!isCredential(header.getName())) {
                write(header.getName() + ": " + header.getValue());
            }
        }
    }

    private static boolean isCredential(String name) {
        return SubscriptionKeyInterceptor.KEY_HEADER.equalsIgnoreCase(name)
                || BearerTokenInterceptor.AUTHORIZATION.equalsIgnoreCase(name);
    }

    private static String url(ClassicHttpRequest request) {
        try {
            return request.getUri().toString();
        } catch (URISyntaxException e) {
            return request.getRequestUri();
        }
    }

    private void write(String line) {
        LOG.debug("{}", Redaction.redact(line, secret));
    }
}
