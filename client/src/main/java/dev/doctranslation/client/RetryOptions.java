package dev.doctranslation.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client waits before trying again. Retries happen on 429, 500, 503 and on
 * transport failures (connection refused or reset, timeouts), with exponential backoff and jitter;
 * a {@code Retry-After} (seconds or HTTP date) or {@code retry-after-ms} header replaces the
 * backoff, up to {@link #maxRetryAfter()}. Immutable; the {@code with...} methods return copies.
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
