package dev.doctranslation.conformance;

import java.time.Duration;

/**
 * How patient the kit is.
 *
 * @param settleTimeout how long a cancelled operation may take to reach Cancelled
 * @param pollInterval how often its status is read meanwhile
 */
public record KitSettings(Duration settleTimeout, Duration pollInterval) {
    /** How often a mock in the kit's own JVM is read while a cancel settles. */
    static final Duration IN_PROCESS_POLL_INTERVAL = Duration.ofMillis(50);

    /** 30 s to settle, polled every 250 ms. */
    public static KitSettings defaults() {
        return new KitSettings(Duration.ofSeconds(30), Duration.ofMillis(250));
    }
}
