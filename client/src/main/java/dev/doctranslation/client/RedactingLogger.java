package dev.doctranslation.client;

import dev.doctranslation.contract.Redaction;

import feign.slf4j.Slf4jLogger;
import java.util.function.Supplier;

/**
 * Feign's SLF4J logger, minus the subscription key or bearer token: their headers are never
 * logged, and a server that echoes the secret in a body or header gets it replaced before the line
 * is written.
 */
final class RedactingLogger extends Slf4jLogger {
    /** The secret sent: the key, or the last bearer token. */
    private final Supplier<String> key;

    RedactingLogger(Supplier<String> key) {
        super("dev.doctranslation.client.http");
        this.key = key;
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !SubscriptionKeyInterceptor.KEY_HEADER.equalsIgnoreCase(header)
                && !BearerTokenInterceptor.AUTHORIZATION.equalsIgnoreCase(header);
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        super.log(configKey, "%s", Redaction.redact(String.format(format, args), key));
    }
}
