package dev.doctranslation.mock;

import java.time.Duration;

/**
 * Faults fixed at start (the standalone jar's flags, the builder's settings): every
 * {@code throttleEvery}-th API request is throttled; of every {@code unavailableEvery} API
 * requests, the last {@code unavailableBurst} answer 503; every API request waits {@code latency}.
 * Zero turns a fault off.
 */
record FaultSchedule(
        Duration latency,
        int throttleEvery,
        int unavailableEvery,
        int unavailableBurst,
        int retryAfterSeconds) {

    FaultSchedule {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency < 0");
        }
        if (throttleEvery < 0 || unavailableEvery < 0 || unavailableBurst < 0) {
            throw new IllegalArgumentException("fault frequencies must be >= 0");
        }
        if (unavailableBurst > 0 && unavailableBurst >= unavailableEvery) {
            throw new IllegalArgumentException(
                    "unavailableBurst (" + unavailableBurst + ") must be below unavailableEvery ("
                            + unavailableEvery + "), or every request would fail");
        }
        Faults.checkRetryAfter(retryAfterSeconds);
    }

    boolean throttles(long requestNumber) {
        return throttleEvery > 0 && requestNumber % throttleEvery == 0;
    }

    boolean unavailable(long requestNumber) {
        return unavailableBurst > 0
                && (requestNumber - 1) % unavailableEvery >= unavailableEvery - unavailableBurst;
    }
}
