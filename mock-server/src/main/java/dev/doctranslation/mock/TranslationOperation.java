package dev.doctranslation.mock;

import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A translation operation: a fixed list of documents whose statuses derive the operation's status
 * and summary, so that the summary always adds up. The only change from outside is {@link #cancel};
 * everything else follows from the documents' schedules and the instant asked about.
 *
 * <p>Thread-safe: every method holds this object's lock, which is also what gives two concurrent
 * cancels exactly one acceptance.
 */
final class TranslationOperation {

    private final UUID id;
    private final Instant createdAt;
    private final List<Document> documents;
    private final boolean validationFailed;
    private final Duration cancelSettleDelay;
    /** Whether an accepted cancel answers the state from before it ({@link RecordedBehaviour}). */
    private final boolean answerBeforeApplying;
    /**
     * When the documents are counted: before it, the operation shows a summary of all zeros
     * ({@link RecordedBehaviour}). The creation instant for an operation counted at once.
     */
    private final Instant countedAt;
    private Instant cancelRequestedAt = Document.NEVER;
    /**
     * The latest instant (epoch milliseconds) this operation has shown or changed at: answers never
     * go back in time. A number, not an Instant, because every read moves it: storing each request's
     * new Instant in an operation that lives in the old generation made one old-to-young reference
     * per read, which the next young collection had to find (a dirty card per operation read) and
     * copy, work that grew with the number of operations read between two collections. In a store of
     * a million, GC root scanning was 9.5 ms per thousand reads against 0.4 with a thousand.
     */
    private long horizonMillis;
    /**
     * When it reaches a terminal status, as things stand: known in advance, as every document's
     * schedule is; {@link Document#NEVER} while some document waits for a cancel. Changes only
     * with an accepted cancel. Read without the lock by the store's retention.
     */
    private volatile Instant finishesAt;

    TranslationOperation(
            UUID id,
            Instant createdAt,
            List<Document> documents,
            boolean validationFailed,
            Duration cancelSettleDelay) {
        this(id, createdAt, documents, validationFailed, cancelSettleDelay, false, createdAt);
    }

    /**
     * As above, answering a cancel with the state before it when {@code answerBeforeApplying},
     * and counting the documents only at {@code countedAt}: none of them may start before.
     */
    TranslationOperation(
            UUID id,
            Instant createdAt,
            List<Document> documents,
            boolean validationFailed,
            Duration cancelSettleDelay,
            boolean answerBeforeApplying,
            Instant countedAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.documents = List.copyOf(documents);
        this.validationFailed = validationFailed;
        this.cancelSettleDelay = cancelSettleDelay;
        this.answerBeforeApplying = answerBeforeApplying;
        this.countedAt = later(createdAt, countedAt);
        this.horizonMillis = createdAt.toEpochMilli();
        this.finishesAt = finishOfDocuments();
    }

    /**
     * An operation whose cancel was requested at {@code requestedAt} (arranged Cancelling or
     * Cancelled): documents still in flight keep it Cancelling, as they never end on their own.
     */
    static TranslationOperation cancelRequested(
            UUID id, Instant createdAt, List<Document> documents, Instant requestedAt) {
        TranslationOperation operation =
                new TranslationOperation(id, createdAt, documents, false, Duration.ZERO);
        operation.cancelRequestedAt = requestedAt;
        operation.horizonMillis = requestedAt.toEpochMilli();
        operation.finishesAt = operation.finishOfDocuments();
        return operation;
    }

    UUID id() {
        return id;
    }

    /**
     * The instant this operation reaches a terminal status (Succeeded, Failed, Cancelled,
     * ValidationFailed), which is its lastActionDateTimeUtc from then on; {@link Document#NEVER}
     * while it would never get there on its own (a document waits for a cancel).
     */
    Instant finishesAt() {
        return finishesAt;
    }

    /**
     * The last document's end, or the count if later: the operation's status derives from its
     * documents, so it is terminal exactly when every one of them has ended and they are counted.
     */
    private Instant finishOfDocuments() {
        Instant finish = countedAt;
        for (Document document : documents) {
            Instant end = document.endsAt();
            if (end.equals(Document.NEVER)) {
                return Document.NEVER;
            }
            finish = later(finish, end);
        }
        return finish;
    }

    synchronized OperationSnapshot snapshot(Instant now) {
        return snapshotAt(notBeforeHorizon(now));
    }

    /** {@code now}, or the horizon if that is later; moves the horizon to the answer. */
    private Instant notBeforeHorizon(Instant now) {
        long millis = now.toEpochMilli();
        if (millis >= horizonMillis) {
            horizonMillis = millis;
            return now;
        }
        return Instant.ofEpochMilli(horizonMillis);
    }

    /**
     * Cancels a NotStarted or Running operation; refuses any other. The change is dated strictly
     * after the previous one, so lastActionDateTimeUtc moves even when the clock has not.
     */
    synchronized CancelOutcome cancel(Instant now) {
        Instant t = now.toEpochMilli() >= horizonMillis ? now : Instant.ofEpochMilli(horizonMillis);
        OperationSnapshot before = snapshotAt(t);
        if (before.status() != Status.NOT_STARTED && before.status() != Status.RUNNING) {
            return new CancelOutcome.Refused(before.status());
        }
        Instant at = t.isAfter(before.lastActionAt()) ? t : before.lastActionAt().plusMillis(1);
        Instant settlesAt = at.plus(cancelSettleDelay);
        cancelRequestedAt = at;
        for (Document document : documents) {
            document.cancel(at, settlesAt);
        }
        horizonMillis = at.toEpochMilli();
        finishesAt = finishOfDocuments();
        // The answer the live service gave at v1.0: the state before the cancel, dated at it.
        return new CancelOutcome.Accepted(answerBeforeApplying ? before.datedAt(at) : snapshotAt(at));
    }

    private OperationSnapshot snapshotAt(Instant t) {
        if (t.isBefore(countedAt)) {
            return uncountedAt(t);
        }
        int success = 0;
        int failed = 0;
        int running = 0;
        int notStarted = 0;
        int cancelled = 0;
        long charged = 0;
        Instant lastAction = createdAt;
        for (Document document : documents) {
            switch (document.statusAt(t)) {
                case SUCCEEDED -> success++;
                case FAILED -> failed++;
                case RUNNING -> running++;
                case NOT_STARTED -> notStarted++;
                case CANCELLED -> cancelled++;
                default -> throw new IllegalStateException("a document cannot be " + document.statusAt(t));
            }
            charged += document.chargedAt(t);
            Instant changed = document.lastChangeAt(t);
            if (changed != null) {
                lastAction = later(lastAction, changed);
            }
        }
        boolean cancelRequested = !cancelRequestedAt.isAfter(t);
        if (cancelRequested) {
            lastAction = later(lastAction, cancelRequestedAt);
        }
        if (countedAt.isAfter(createdAt)) {
            // Counting the documents is an action; a cancel before it ends the operation then.
            lastAction = later(lastAction, countedAt);
        }
        Status status =
                deriveStatus(cancelRequested, documents.size(), success, failed, running, notStarted);
        return new OperationSnapshot(
                id, createdAt, lastAction, status, documents.size(), success, failed, running, notStarted,
                cancelled, charged);
    }

    /**
     * Before the documents are counted, as the live service shows it: a summary of all zeros, and
     * Cancelling once a cancel was accepted (Cancelled comes only with the counts). Every document
     * still waits then, so nothing else can have happened.
     */
    private OperationSnapshot uncountedAt(Instant t) {
        boolean cancelRequested = !cancelRequestedAt.isAfter(t);
        Instant lastAction = cancelRequested ? later(createdAt, cancelRequestedAt) : createdAt;
        Status status = cancelRequested ? Status.CANCELLING : Status.NOT_STARTED;
        return new OperationSnapshot(id, createdAt, lastAction, status, 0, 0, 0, 0, 0, 0, 0);
    }

    private Status deriveStatus(
            boolean cancelRequested, int total, int success, int failed, int running, int notStarted) {
        if (validationFailed) {
            return Status.VALIDATION_FAILED;
        }
        if (cancelRequested) {
            return running > 0 ? Status.CANCELLING : Status.CANCELLED;
        }
        if (notStarted == total) {
            return Status.NOT_STARTED;
        }
        if (running > 0 || notStarted > 0) {
            return Status.RUNNING;
        }
        return success == 0 && failed > 0 ? Status.FAILED : Status.SUCCEEDED;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
