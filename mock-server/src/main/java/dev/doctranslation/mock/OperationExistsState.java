package dev.doctranslation.mock;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@code a translation operation exists}: an arranged operation in the given status. */
final class OperationExistsState implements ProviderState {

    static final String NAME = dev.doctranslation.contract.ProviderStates.OPERATION_EXISTS;

    private final Operations operations;
    private final Set<UUID> arranged = ConcurrentHashMap.newKeySet();

    OperationExistsState(Operations operations) {
        this.operations = operations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> params() {
        return List.of("status", "total", "success", "failed");
    }

    @Override
    public Map<String, Object> setup(StateParams params) {
        String status =
                params
                        .text("status")
                        .orElseThrow(
                                () -> new InvalidArrangementException("status", "status is required"));
        Arrangement arrangement =
                new Arrangement(
                        status,
                        params.integer("total").orElse(null),
                        params.integer("success").orElse(null),
                        params.integer("failed").orElse(null));
        UUID id = operations.arrange(arrangement);
        arranged.add(id);
        return Map.of("id", id.toString());
    }

    /** Forgets every operation this state arranged: teardown gets no id back from Pact. */
    @Override
    public void teardown(StateParams params) {
        for (UUID id : List.copyOf(arranged)) {
            operations.remove(id);
            arranged.remove(id);
        }
    }
}
