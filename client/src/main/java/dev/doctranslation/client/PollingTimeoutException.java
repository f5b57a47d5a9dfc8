package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;

/**
 * {@code cancelTranslationAndWait}: the operation did not reach a terminal status in time. The
 * caller's own deadline, not an answer of the service, so {@link #statusCode()} is 0; the message
 * says how long the client waited and what status it read last.
 */
public class PollingTimeoutException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    private final transient TranslationStatus lastStatus;
    private final Duration waited;

    PollingTimeoutException(String message, TranslationStatus lastStatus, Duration waited) {
        super(message, 0, null, null);
        this.lastStatus = lastStatus;
        this.waited = waited;
    }

    /** The last status read before the time ran out. */
    public TranslationStatus lastStatus() {
        return lastStatus;
    }

    /** How long the client waited, from the call until it gave up (by the builder's clock). */
    public Duration waited() {
        return waited;
    }
}
