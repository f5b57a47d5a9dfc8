package dev.doctranslation.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before trying again. Immutable; the {@code with...} methods
 * return copies.
 *
 * <p>What is retried: the statuses Azure.Core's default response classifier retries, 408 Request
 * Timeout, 429 Too Many Requests, 500 Internal Server Error, 502 Bad Gateway, 503 Service
 * Unavailable and 504 Gateway Timeout, and transport failures (connection refused or reset,
 * timeouts). Nothing else is: another 4xx would be answered the same again, a 200 with a malformed
 * body would come back the same, and no other 5xx (501 Not Implemented, 505, ...) says it will pass.
 *
 * <p>How long the client waits: exponential backoff with jitter ({@link #baseDelay()} doubling up
 * to {@link #maxDelay()}, each wait within &plusmn;20 %); when the answer carries
 * {@code retry-after-ms} (milliseconds) or else {@code Retry-After} (seconds or an HTTP date),
 * that replaces the backoff, up to {@link #maxRetryAfter()}, whatever the retried status. A value
 * that is neither counts as absent.
 *
 * <p>When retries run out, the last answer decides the exception: {@link ThrottledException} for
 * 429 (with the uncapped {@code Retry-After}), {@link ServiceException} for 408 and every 5xx,
 * {@link TransportException} for a transport failure. A body that is not the documented error
 * (a gateway's HTML page, say) is quoted in the message: its first 200 characters on one line,
 * with the subscription key taken out. The message says how many retries came before.
 *
 * <p>A cancel is retried like any call. If a retry of it meets {@code 400 InvalidRequest}, an
 * earlier attempt may have been accepted before its answer was lost (a 502 or 504 from a gateway
 * does not say whether the service behind it acted), so the client reads the status and returns
 * it when it is {@code Cancelling} or {@code Cancelled}.
 */
public final class RetryOptions {
    private static final RetryOptions DEFAULTS =
            new RetryOptions(3, Duration.ofMillis(800), Duration.ofSeconds(8), Duration.ofSeconds(60));

    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;

    private RetryOptions(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
        }
        requirePositive(baseDelay, "baseDelay");
        requirePositive(maxDelay, "maxDelay");
        requirePositive(maxRetryAfter, "maxRetryAfter");
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.maxRetryAfter = maxRetryAfter;
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name + " == null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    /** 3 retries, 0.8 s base delay doubling up to 8 s, {@code Retry-After} honoured up to 60 s. */
    public static RetryOptions defaults() {
        return DEFAULTS;
    }

    /** No retry at all: the first answer is final. */
    public static RetryOptions none() {
        return DEFAULTS.withMaxRetries(0);
    }

    /**
     * A copy with this setting changed.
     *
     * @throws IllegalArgumentException if the value is negative
     */
    public RetryOptions withMaxRetries(int maxRetries) {
        return new RetryOptions(maxRetries, baseDelay, maxDelay, maxRetryAfter);
    }

    /**
     * A copy with this setting changed.
     *
     * @throws IllegalArgumentException if the value is negative or zero
     * @throws NullPointerException if the value is null
     */
    public RetryOptions withBaseDelay(Duration baseDelay) {
        return new RetryOptions(maxRetries, baseDelay, maxDelay, maxRetryAfter);
    }

    /**
     * A copy with this setting changed.
     *
     * @throws IllegalArgumentException if the value is negative or zero
     * @throws NullPointerException if the value is null
     */
    public RetryOptions withMaxDelay(Duration maxDelay) {
        return new RetryOptions(maxRetries, baseDelay, maxDelay, maxRetryAfter);
    }

    /**
     * A copy with this setting changed.
     *
     * @throws IllegalArgumentException if the value is negative or zero
     * @throws NullPointerException if the value is null
     */
    public RetryOptions withMaxRetryAfter(Duration maxRetryAfter) {
        return new RetryOptions(maxRetries, baseDelay, maxDelay, maxRetryAfter);
    }

    /** Retries after the first attempt; 0 means none. */
    public int maxRetries() {
        return maxRetries;
    }

    /** The backoff before the first retry; it doubles on each further one. */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** The longest backoff, before jitter. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** The longest wait a {@code Retry-After} header may ask for; longer ones are cut to this. */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public String toString() {
        return "RetryOptions{maxRetries=" + maxRetries + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxRetryAfter=" + maxRetryAfter + "}";
    }
}
