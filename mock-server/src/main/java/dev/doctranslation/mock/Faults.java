package dev.doctranslation.mock;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults on demand for API requests (never for {@code /_states}): throttling (429 with
 * Retry-After), unavailability (503 with Retry-After) and added latency. Faults set here add to
 * the schedule fixed at start; {@link #clear()} undoes them and leaves the schedule.
 *
 * <p>Faults apply after the subscription key check: a request without a valid key gets 401.
 */
public final class Faults {

    /** The largest Retry-After accepted: one day. */
    static final int MAX_RETRY_AFTER_SECONDS = 86_400;
    /** The longest latency accepted: a test that waits longer has a bug. */
    static final Duration MAX_LATENCY = Duration.ofMinutes(1);

    private final FaultSchedule schedule;
    private final AtomicLong apiRequests = new AtomicLong();
    private final AtomicInteger throttledLeft = new AtomicInteger();
    private final AtomicInteger unavailableLeft = new AtomicInteger();
    private volatile int throttleRetryAfterSeconds = MockServer.Builder.DEFAULT_RETRY_AFTER_SECONDS;
    private volatile int unavailableRetryAfterSeconds = MockServer.Builder.DEFAULT_RETRY_AFTER_SECONDS;
    private volatile Duration latency = Duration.ZERO;

    Faults(FaultSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * The next {@code count} API requests answer 429 with {@code Retry-After: retryAfterSeconds}.
     *
     * @throws IllegalArgumentException naming the parameter out of range
     */
    public void throttleNext(int count, int retryAfterSeconds) {
        checkCount(count);
        checkRetryAfter(retryAfterSeconds);
        throttleRetryAfterSeconds = retryAfterSeconds;
        throttledLeft.set(count);
    }

    /**
     * The next {@code count} API requests answer 503 with {@code Retry-After: retryAfterSeconds}.
     *
     * @throws IllegalArgumentException naming the parameter out of range
     */
    public void unavailableNext(int count, int retryAfterSeconds) {
        checkCount(count);
        checkRetryAfter(retryAfterSeconds);
        unavailableRetryAfterSeconds = retryAfterSeconds;
        unavailableLeft.set(count);
    }

    /** Every API request waits {@code latency} more (in addition to the start schedule's). */
    public void addLatency(Duration latency) {
        if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and " + MAX_LATENCY);
        }
        this.latency = latency;
    }

    /** Undoes every fault set since start; the start schedule stays. */
    public void clear() {
        throttledLeft.set(0);
        unavailableLeft.set(0);
        latency = Duration.ZERO;
    }

    void clearThrottling() {
        throttledLeft.set(0);
    }

    void clearUnavailability() {
        unavailableLeft.set(0);
    }

    void clearLatency() {
        latency = Duration.ZERO;
    }

    Duration latency() {
        return schedule.latency().plus(latency);
    }

    /** Decides the fault, if any, of the next API request; 503 before 429. */
    Optional<Fault> next() {
        long requestNumber = apiRequests.incrementAndGet();
        if (takeOne(unavailableLeft)) {
            return Optional.of(new Fault(Fault.SERVICE_UNAVAILABLE, unavailableRetryAfterSeconds));
        }
        if (takeOne(throttledLeft)) {
            return Optional.of(new Fault(Fault.TOO_MANY_REQUESTS, throttleRetryAfterSeconds));
        }
        if (schedule.unavailable(requestNumber)) {
            return Optional.of(new Fault(Fault.SERVICE_UNAVAILABLE, schedule.retryAfterSeconds()));
        }
        if (schedule.throttles(requestNumber)) {
            return Optional.of(new Fault(Fault.TOO_MANY_REQUESTS, schedule.retryAfterSeconds()));
        }
        return Optional.empty();
    }

    private static boolean takeOne(AtomicInteger left) {
        return left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** Names the parameter it refuses, so a provider state can point at its own param. */
    private static void checkCount(int count) {
        if (count < 0) {
            throw new InvalidArrangementException("count", "count must be >= 0: " + count);
        }
    }

    /** Names the parameter it refuses, so a provider state can point at its own param. */
    static void checkRetryAfter(int seconds) {
        if (seconds < 0 || seconds > MAX_RETRY_AFTER_SECONDS) {
            throw new InvalidArrangementException(
                    "retryAfterSeconds",
                    "retryAfterSeconds must be between 0 and " + MAX_RETRY_AFTER_SECONDS + ": " + seconds);
        }
    }
}
