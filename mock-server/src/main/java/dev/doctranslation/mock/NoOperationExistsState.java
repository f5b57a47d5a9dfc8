package dev.doctranslation.mock;

import java.util.List;
import java.util.Map;

/** {@code no translation operation exists}: an id the provider does not know. */
final class NoOperationExistsState implements ProviderState {

    static final String NAME = dev.doctranslation.contract.ProviderStates.NO_OPERATION_EXISTS;

    private final Operations operations;

    NoOperationExistsState(Operations operations) {
        this.operations = operations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> params() {
        return List.of();
    }

    @Override
    public Map<String, Object> setup(StateParams params) {
        return Map.of("id", operations.unknownId().toString());
    }

    @Override
    public void teardown(StateParams params) {
        // Nothing was arranged.
    }
}
