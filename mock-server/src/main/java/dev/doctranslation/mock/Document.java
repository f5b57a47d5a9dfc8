package dev.doctranslation.mock;

import dev.doctranslation.contract.models.Status;
import java.time.Instant;

/**
 * One document of a translation operation, described by its schedule rather than by a mutable
 * status: its status at any instant is a pure function of that instant. So reads never need a
 * background thread to "advance" anything, and an injected clock makes every answer repeatable.
 *
 * <p>Not thread-safe: guarded by the owning {@link TranslationOperation}'s lock.
 */
final class Document {

    /** An instant that never comes: a document that waits for it never starts or never ends. */
    static final Instant NEVER = Instant.MAX;

    private final long characters;
    private final Instant startsAt;
    private final Instant finishesAt;
    private final Status outcome;
    private Instant cancelledAt;

    private Document(
            long characters, Instant startsAt, Instant finishesAt, Status outcome, Instant cancelledAt) {
        this.characters = characters;
        this.startsAt = startsAt;
        this.finishesAt = finishesAt;
        this.outcome = outcome;
        this.cancelledAt = cancelledAt;
    }

    /** A document that runs from {@code startsAt} to {@code finishesAt}, then ends as {@code outcome}. */
    static Document scheduled(long characters, Instant startsAt, Instant finishesAt, Status outcome) {
        if (outcome != Status.SUCCEEDED && outcome != Status.FAILED) {
            throw new IllegalArgumentException("outcome must be Succeeded or Failed: " + outcome);
        }
        if (finishesAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("finishesAt before startsAt");
        }
        return new Document(characters, startsAt, finishesAt, outcome, NEVER);
    }

    /** A document that waits until the operation is cancelled. */
    static Document waiting(long characters) {
        return new Document(characters, NEVER, NEVER, Status.SUCCEEDED, NEVER);
    }

    /** A document that started at {@code startedAt} and stays in flight until a cancel stops it. */
    static Document inFlight(long characters, Instant startedAt) {
        return new Document(characters, startedAt, NEVER, Status.SUCCEEDED, NEVER);
    }

    /** A document that ended as {@code outcome} at {@code endedAt}. */
    static Document ended(long characters, Instant endedAt, Status outcome) {
        return scheduled(characters, endedAt, endedAt, outcome);
    }

    /** A document that was cancelled, before it started, at {@code cancelledAt}. */
    static Document cancelled(long characters, Instant cancelledAt) {
        return new Document(characters, NEVER, NEVER, Status.SUCCEEDED, cancelledAt);
    }

    Status statusAt(Instant t) {
        if (!cancelledAt.isAfter(t)) {
            return Status.CANCELLED;
        }
        if (!finishesAt.isAfter(t)) {
            return outcome;
        }
        if (!startsAt.isAfter(t)) {
            return Status.RUNNING;
        }
        return Status.NOT_STARTED;
    }

    /** The latest change of this document at or before {@code t}, or {@code null} if none. */
    Instant lastChangeAt(Instant t) {
        if (!cancelledAt.isAfter(t)) {
            return cancelledAt;
        }
        if (!finishesAt.isAfter(t)) {
            return finishesAt;
        }
        if (!startsAt.isAfter(t)) {
            return startsAt;
        }
        return null;
    }

    /**
     * When this document ends (translated, failed or cancelled), as scheduled now; {@link #NEVER}
     * while it waits or runs until a cancel stops it.
     */
    Instant endsAt() {
        return cancelledAt.isBefore(finishesAt) ? cancelledAt : finishesAt;
    }

    /** Characters charged at {@code t}: only a translated document is charged. */
    long chargedAt(Instant t) {
        return statusAt(t) == Status.SUCCEEDED ? characters : 0;
    }

    /**
     * Applies a cancel requested at {@code at} whose in-flight work stops at {@code settlesAt}: a
     * pending document is cancelled at once; a document in flight finishes if it would by then, and
     * is cancelled then otherwise; a document that already ended stays as it is (and is charged).
     */
    void cancel(Instant at, Instant settlesAt) {
        Status now = statusAt(at);
        if (now == Status.NOT_STARTED) {
            cancelledAt = at;
        } else if (now == Status.RUNNING && finishesAt.isAfter(settlesAt)) {
            cancelledAt = settlesAt;
        }
    }
}
