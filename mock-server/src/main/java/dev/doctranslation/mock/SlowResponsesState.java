package dev.doctranslation.mock;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code responses are slow} (this provider's own): every API request waits {@code latencyMs}. */
final class SlowResponsesState implements ProviderState {

    static final String NAME = dev.doctranslation.contract.ProviderStates.RESPONSES_SLOW;

    private final Faults faults;

    SlowResponsesState(Faults faults) {
        this.faults = faults;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> params() {
        return List.of("latencyMs");
    }

    @Override
    public Map<String, Object> setup(StateParams params) {
        int latencyMs = params.integer("latencyMs", 1_000);
        try {
            faults.addLatency(Duration.ofMillis(latencyMs));
        } catch (IllegalArgumentException e) {
            throw new InvalidArrangementException("latencyMs", e.getMessage());
        }
        return Map.of("latencyMs", latencyMs);
    }

    @Override
    public void teardown(StateParams params) {
        faults.clearLatency();
    }
}
