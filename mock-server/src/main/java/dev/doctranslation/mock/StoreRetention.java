package dev.doctranslation.mock;

import java.time.Duration;

/**
 * How long the store keeps finished operations, as the live service does: Azure's REST API
 * guidelines, which Document Translation follows, have a service keep an operation's status for a
 * documented time (at least 24 hours) after it finishes, and then it answers 404 as for any unknown
 * id. Off by default ({@link #OFF}): the mock keeps every operation until it is reset, as it always
 * has. Set with {@link MockServer.Builder#retention} and {@link MockServer.Builder#maxOperations}, or
 * the standalone's {@code --retention} and {@code --max-operations}.
 *
 * <p>Only finished operations (Succeeded, Failed, Cancelled, ValidationFailed) are ever forgotten,
 * oldest finish first, on the mock's own clock, when an operation is added: a running, waiting or
 * cancelling one stays, whatever the settings.
 *
 * @param keepFinished how long after it finished an operation is kept; null: no time limit
 * @param maxOperations how many operations the store holds before it forgets finished ones to make
 *     room; 0: no cap. The store can hold more while more than this many are unfinished
 */
record StoreRetention(Duration keepFinished, int maxOperations) {

    /** The longest retention accepted: a year, far beyond any test or a live service's. */
    static final Duration MAX_KEEP_FINISHED = Duration.ofDays(365);

    /** Every operation kept until reset: the default. */
    static final StoreRetention OFF = new StoreRetention(null, 0);

    StoreRetention {
        if (keepFinished != null
                && (keepFinished.isNegative() || keepFinished.isZero() || keepFinished.compareTo(MAX_KEEP_FINISHED) > 0)) {
            throw new IllegalArgumentException("retention must be > 0 and at most " + MAX_KEEP_FINISHED.toDays()
                    + " days: " + keepFinished);
        }
        if (maxOperations < 0) {
            throw new IllegalArgumentException("maxOperations must be >= 1: " + maxOperations);
        }
    }

    boolean off() {
        return keepFinished == null && maxOperations == 0;
    }

    /** Sets both on {@code builder}: the standalone's options to its mock. */
    MockServer.Builder applyTo(MockServer.Builder builder) {
        if (keepFinished != null) {
            builder.retention(keepFinished);
        }
        if (maxOperations > 0) {
            builder.maxOperations(maxOperations);
        }
        return builder;
    }
}
