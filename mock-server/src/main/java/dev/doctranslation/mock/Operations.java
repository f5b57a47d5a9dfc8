package dev.doctranslation.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The handle a test uses to arrange the mock's operations without HTTP (the same effects as the
 * provider states at {@code POST /_states}).
 */
public final class Operations {

    private final OperationStore store;
    private final OperationPlanner planner;
    private final Clock clock;

    Operations(OperationStore store, OperationPlanner planner, Clock clock) {
        this.store = store;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * Adds an operation in {@code status} (a wire value such as {@code "Running"}) with default
     * counts, and returns its id. It never moves on its own; only a cancel changes it.
     */
    public UUID arrange(String status) {
        return arrange(Arrangement.of(status));
    }

    /**
     * Adds an operation as described, and returns its id.
     *
     * @throws IllegalArgumentException if the counts cannot add up for that status
     */
    public UUID arrange(Arrangement arrangement) {
        Instant now = now();
        TranslationOperation operation = planner.arranged(store.newId(), arrangement, now);
        store.add(operation, now);
        return operation.id();
    }

    /**
     * Adds a live operation of {@code documents} documents that runs on its own at the configured
     * pace (NotStarted, then Running, then Succeeded), and returns its id.
     */
    public UUID submit(int documents) {
        Instant now = now();
        TranslationOperation operation = planner.live(store.newId(), documents, now);
        store.add(operation, now);
        return operation.id();
    }

    /** An id no operation has, for the 404 path. */
    public UUID unknownId() {
        return store.newId();
    }

    /** The operation's current status as on the wire (such as {@code "Cancelling"}), if it exists. */
    public Optional<String> status(UUID id) {
        return store.find(id).map(operation -> operation.snapshot(now()).status().toString());
    }

    /** Forgets one operation; answers whether it existed. */
    public boolean remove(UUID id) {
        return store.remove(id);
    }

    /** Forgets every operation. */
    public void clear() {
        store.clear();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
