package dev.doctranslation.mock;

import java.util.List;
import java.util.Map;

/**
 * A state that makes the next {@code count} API requests fail with {@code Retry-After:
 * retryAfterSeconds}: {@code requests are throttled} (429, part of the contract) and {@code the
 * service is unavailable} (503, this provider's own). The two differ only in which fault they set.
 */
final class FaultBurstState implements ProviderState {

    static final String THROTTLED = dev.doctranslation.contract.ProviderStates.REQUESTS_THROTTLED;
    static final String UNAVAILABLE = dev.doctranslation.contract.ProviderStates.SERVICE_UNAVAILABLE;

    /**
     * Sets a burst: {@code (count, retryAfterSeconds)}; refuses a bad value with an {@link
     * InvalidArrangementException} naming the parameter, as {@link Faults} does.
     */
    @FunctionalInterface
    interface Burst {
        void next(int count, int retryAfterSeconds);
    }

    private final String name;
    private final Burst burst;
    private final Runnable clear;

    private FaultBurstState(String name, Burst burst, Runnable clear) {
        this.name = name;
        this.burst = burst;
        this.clear = clear;
    }

    /** {@code requests are throttled}: the next {@code count} API requests answer 429. */
    static FaultBurstState throttled(Faults faults) {
        return new FaultBurstState(THROTTLED, faults::throttleNext, faults::clearThrottling);
    }

    /** {@code the service is unavailable}: the next {@code count} API requests answer 503. */
    static FaultBurstState unavailable(Faults faults) {
        return new FaultBurstState(UNAVAILABLE, faults::unavailableNext, faults::clearUnavailability);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> params() {
        return List.of("retryAfterSeconds", "count");
    }

    @Override
    public Map<String, Object> setup(StateParams params) {
        int retryAfterSeconds = params.integer("retryAfterSeconds", MockServer.Builder.DEFAULT_RETRY_AFTER_SECONDS);
        int count = params.integer("count", 1);
        // Faults names the parameter it refuses, with this state's names for them.
        burst.next(count, retryAfterSeconds);
        return Map.of("retryAfterSeconds", retryAfterSeconds, "count", count);
    }

    @Override
    public void teardown(StateParams params) {
        clear.run();
    }
}
