package dev.doctranslation.mock;

import java.util.List;
import java.util.Map;

/**
 * {@code the service is unavailable} (this provider's own): the next {@code count} API requests
 * answer 503 with Retry-After, a burst like the service's during an incident.
 */
final class UnavailableState implements ProviderState {

    static final String NAME = "the service is unavailable";

    private final Faults faults;

    UnavailableState(Faults faults) {
        this.faults = faults;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> params() {
        return List.of("retryAfterSeconds", "count");
    }

    @Override
    public Map<String, Object> setup(StateParams params) {
        int retryAfterSeconds = params.integer("retryAfterSeconds", 1);
        int count = params.integer("count", 1);
        try {
            faults.unavailableNext(count, retryAfterSeconds);
        } catch (IllegalArgumentException e) {
            throw new InvalidArrangementException(
                    e.getMessage().startsWith("count") ? "count" : "retryAfterSeconds", e.getMessage());
        }
        return Map.of("retryAfterSeconds", retryAfterSeconds, "count", count);
    }

    @Override
    public void teardown(StateParams params) {
        faults.clearUnavailability();
    }
}
