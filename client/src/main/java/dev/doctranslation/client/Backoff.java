package dev.doctranslation.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The wait before retry number {@code n}: what the server asked for, else backoff with jitter. */
final class Backoff {
    private final RetryOptions options;

    Backoff(RetryOptions options) {
        this.options = options;
    }

    /** @param serverWait the server's wait, already capped ({@link RetryAfter#wait}) */
    Duration before(int retryNumber, Optional<Duration> serverWait) {
        if (serverWait.isPresent()) {
            return serverWait.get();
        }
        long base = options.baseDelay().toMillis();
        long exponential = base << Math.min(retryNumber - 1, 20);
        long capped = Math.min(exponential, options.maxDelay().toMillis());
        // +-20% jitter, so that many clients throttled together do not retry together.
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(capped * jitter));
    }
}
