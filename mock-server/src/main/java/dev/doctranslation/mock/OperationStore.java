package dev.doctranslation.mock;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The operations the provider knows, by id. UUID keys make ids compare without letter case.
 *
 * <p>With a {@link StoreRetention}, adding an operation also forgets the finished operations the
 * retention no longer keeps ({@link FinishedOperations}); a forgotten id is unknown from then on, as
 * one never used. Reads never pay for it: a lookup is one map read whatever the retention.
 */
final class OperationStore {

    private final ConcurrentMap<UUID, TranslationOperation> operations = new ConcurrentHashMap<>();
    /** Null when the retention is off: every operation is kept until removed or cleared. */
    private final FinishedOperations finished;

    OperationStore() {
        this(StoreRetention.OFF);
    }

    OperationStore(StoreRetention retention) {
        this.finished = retention.off() ? null : new FinishedOperations(retention);
    }

    Optional<TranslationOperation> find(UUID id) {
        return Optional.ofNullable(operations.get(id));
    }

    /**
     * Adds an operation made at {@code now} (the mock's clock) and, with a retention, forgets
     * finished operations it no longer keeps, never the one added.
     */
    void add(TranslationOperation operation, Instant now) {
        if (finished == null) {
            put(operation);
            return;
        }
        synchronized (finished) {
            put(operation);
            finished.catchUp(now);
            TranslationOperation old;
            while ((old = finished.nextToForget(now, operations.size())) != null) {
                operations.remove(old.id(), old);
            }
            finished.track(operation, now);
        }
    }

    /** After an accepted cancel of {@code operation}: its finish moved, which the retention must know. */
    void cancelled(TranslationOperation operation) {
        if (finished != null) {
            finished.finishMoved(operation);
        }
    }

    private void put(TranslationOperation operation) {
        if (operations.putIfAbsent(operation.id(), operation) != null) {
            throw new IllegalStateException("duplicate operation id " + operation.id());
        }
    }

    boolean remove(UUID id) {
        return operations.remove(id) != null;
    }

    void clear() {
        if (finished == null) {
            operations.clear();
            return;
        }
        synchronized (finished) {
            operations.clear();
            finished.clear();
        }
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
