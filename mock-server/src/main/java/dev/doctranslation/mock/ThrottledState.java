package dev.doctranslation.mock;

import java.util.List;
import java.util.Map;

/** {@code requests are throttled}: the next {@code count} API requests answer 429. */
final class ThrottledState implements ProviderState {

    static final String NAME = "requests are throttled";

    private final Faults faults;

    ThrottledState(Faults faults) {
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
            faults.throttleNext(count, retryAfterSeconds);
        } catch (IllegalArgumentException e) {
            throw new InvalidArrangementException(
                    e.getMessage().startsWith("count") ? "count" : "retryAfterSeconds", e.getMessage());
        }
        return Map.of("retryAfterSeconds", retryAfterSeconds, "count", count);
    }

    @Override
    public void teardown(StateParams params) {
        faults.clearThrottling();
    }
}
