package dev.doctranslation.client;

import dev.doctranslation.contract.Redaction;

import java.util.Locale;
import java.util.function.Supplier;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OkHttp's exchange log, written to SLF4J at DEBUG, minus the subscription key or bearer token:
 * their header lines are never written (not even with the value masked), and a server that echoes
 * the secret in a body or header gets it replaced before the line is written.
 */
final class RedactingLogger implements HttpLoggingInterceptor.Logger {
    private static final Logger LOG = LoggerFactory.getLogger("dev.doctranslation.client.http");
    private static final String KEY_LINE = SubscriptionKeyInterceptor.KEY_HEADER.toLowerCase(Locale.ROOT) + ":";
    private static final String AUTHORIZATION_LINE = BearerTokenInterceptor.AUTHORIZATION.toLowerCase(Locale.ROOT) + ":";

    /** The secret sent: the key, or the last bearer token. */
    private final Supplier<String> key;

    RedactingLogger(Supplier<String> key) {
        this.key = key;
    }

    @Override
    public void log(String message) {
        if (!LOG.isDebugEnabled() || isCredentialHeader(message)) {
            return;
        }
        LOG.debug("{}", Redaction.redact(message, key));
    }

    private static boolean isCredentialHeader(String line) {
        return line.regionMatches(true, 0, KEY_LINE, 0, KEY_LINE.length())
                || line.regionMatches(true, 0, AUTHORIZATION_LINE, 0, AUTHORIZATION_LINE.length());
    }
}
