package dev.doctranslation.mock;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The provider states this mock supports, by exact name. */
final class ProviderStates {

    private final Map<String, ProviderState> states = new LinkedHashMap<>();

    ProviderStates(List<ProviderState> states) {
        states.forEach(state -> this.states.put(state.name(), state));
    }

    static ProviderStates of(Operations operations, Faults faults) {
        return new ProviderStates(
                List.of(
                        new OperationExistsState(operations),
                        new NoOperationExistsState(operations),
                        FaultBurstState.throttled(faults),
                        FaultBurstState.unavailable(faults),
                        new SlowResponsesState(faults)));
    }

    Optional<ProviderState> find(String name) {
        return Optional.ofNullable(states.get(name));
    }

    Collection<ProviderState> all() {
        return states.values();
    }

    Collection<String> names() {
        return states.keySet();
    }
}
