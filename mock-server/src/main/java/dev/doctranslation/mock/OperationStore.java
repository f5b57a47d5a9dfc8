package dev.doctranslation.mock;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The operations the provider knows, by id. UUID keys make ids compare without letter case. */
final class OperationStore {

    private final ConcurrentMap<UUID, TranslationOperation> operations = new ConcurrentHashMap<>();

    Optional<TranslationOperation> find(UUID id) {
        return Optional.ofNullable(operations.get(id));
    }

    void add(TranslationOperation operation) {
        if (operations.putIfAbsent(operation.id(), operation) != null) {
            throw new IllegalStateException("duplicate operation id " + operation.id());
        }
    }

    boolean remove(UUID id) {
        return operations.remove(id) != null;
    }

    void clear() {
        operations.clear();
    }

    /** A fresh id: random, and known to be unknown. */
    UUID newId() {
        UUID id = UUID.randomUUID();
        while (operations.containsKey(id)) {
            id = UUID.randomUUID();
        }
        return id;
    }
}
