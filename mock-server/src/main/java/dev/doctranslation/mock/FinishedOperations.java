package dev.doctranslation.mock;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The store's retention at work ({@link StoreRetention}): which operation to forget next. As an
 * operation's status is a function of time, its finish is known in advance ({@link
 * TranslationOperation#finishesAt()}), so nothing has to look at the operations to find the
 * finished ones, and no thread sweeps: the store asks here when an operation is added.
 *
 * <p>Finished operations wait in a queue in the order they finished, so forgetting the oldest is
 * taking the queue's head: amortised O(1) per added operation, each queued and forgotten once.
 * Operations that finish later (a live one, or one whose cancel still settles) wait by finish in a
 * heap until then, O(log p) for p such operations; an accepted cancel, which moves a finish, is
 * handed over from the request's thread without a lock ({@link #finishMoved}) and taken in at the
 * next add. Operations that never finish on their own (arranged running, waiting or cancelling) are
 * not queued at all until a cancel gives them a finish.
 *
 * <p>Not thread-safe but for {@link #finishMoved}: the store calls the rest under its add lock.
 */
final class FinishedOperations {

    private record Later(Instant finishesAt, TranslationOperation operation) {}

    private final StoreRetention retention;
    /** Finished operations, oldest finish first (to a clock's and a cancel's hand-over's few ms). */
    private final ArrayDeque<TranslationOperation> finished = new ArrayDeque<>();
    /** Operations that finish after they were queued, earliest first. */
    private final PriorityQueue<Later> later = new PriorityQueue<>(Comparator.comparing(Later::finishesAt));
    /** Operations whose finish an accepted cancel moved, from request threads. */
    private final ConcurrentLinkedQueue<TranslationOperation> moved = new ConcurrentLinkedQueue<>();

    FinishedOperations(StoreRetention retention) {
        this.retention = retention;
    }

    /** On the request's thread, after an accepted cancel: no lock, no search. */
    void finishMoved(TranslationOperation operation) {
        moved.add(operation);
    }

    /**
     * Brings the queue up to {@code now}: the operations whose cancel moved their finish, and those
     * that have finished since the last call. Then {@link #nextToForget} answers from it.
     */
    void catchUp(Instant now) {
        TranslationOperation operation;
        while ((operation = moved.poll()) != null) {
            track(operation, now);
        }
        Later next;
        while ((next = later.peek()) != null && !next.finishesAt().isAfter(now)) {
            later.poll();
            // A cancel since it was queued gave it another finish, queued on its own.
            if (next.finishesAt().equals(next.operation().finishesAt())) {
                finished.addLast(next.operation());
            }
        }
    }

    /** Queues an operation by its finish: finished, later, or (never on its own) not at all. */
    void track(TranslationOperation operation, Instant now) {
        Instant finish = operation.finishesAt();
        if (finish.equals(Document.NEVER)) {
            return;
        }
        if (finish.isAfter(now)) {
            later.add(new Later(finish, operation));
        } else {
            finished.addLast(operation);
        }
    }

    /**
     * Takes the finished operation to forget now, the one that finished first, if it finished
     * more than the retention before {@code now} or the store holds more than the cap; else null.
     * An operation the store no longer holds may come out: forgetting it again is harmless.
     */
    TranslationOperation nextToForget(Instant now, int stored) {
        TranslationOperation oldest = finished.peekFirst();
        if (oldest == null) {
            return null;
        }
        boolean expired = retention.keepFinished() != null
                && !oldest.finishesAt().plus(retention.keepFinished()).isAfter(now);
        boolean overCap = retention.maxOperations() > 0 && stored > retention.maxOperations();
        return expired || overCap ? finished.pollFirst() : null;
    }

    void clear() {
        finished.clear();
        later.clear();
        moved.clear();
    }
}
