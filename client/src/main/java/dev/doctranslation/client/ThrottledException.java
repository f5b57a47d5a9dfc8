package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;
import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests that persisted after the configured retries. */
public class ThrottledException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    ThrottledException(String message, TranslationError error, AnswerInfo answer, Duration retryAfter) {
        super(message, 429, error, answer, null);
        this.retryAfter = retryAfter;
    }

    /** How long the service asked to wait (from {@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
