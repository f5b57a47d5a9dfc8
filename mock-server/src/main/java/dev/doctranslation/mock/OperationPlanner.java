package dev.doctranslation.mock;

import dev.doctranslation.contract.Statuses;

import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a wish into documents: an {@link Arrangement} (a still picture in a given status) or a
 * live operation whose documents run at the configured pace. Counts are checked eagerly, so a
 * provider state fails at setup with the name of the parameter, never later at a read.
 */
final class OperationPlanner {

    /** Bounds memory: an arranged operation holds one small object per document. */
    static final int MAX_DOCUMENTS = 100_000;

    private static final int DEFAULT_TOTAL = 10;
    /** Arranged operations look as if they had been submitted this long before they were arranged. */
    private static final Duration ARRANGED_AGE = Duration.ofMinutes(1);
    /** In-flight documents an arranged Running or Cancelling operation shows, at most. */
    private static final int IN_FLIGHT = 2;
    /** Of a live operation's documents, every tenth fails, so a summary shows both outcomes. */
    private static final int FAIL_EVERY = 10;

    private final Duration pace;
    private final int parallelism;
    private final Duration cancelSettleDelay;
    private final RecordedBehaviour recorded;

    OperationPlanner(Duration pace, int parallelism, Duration cancelSettleDelay) {
        this(pace, parallelism, cancelSettleDelay, RecordedBehaviour.NONE);
    }

    OperationPlanner(Duration pace, int parallelism, Duration cancelSettleDelay, RecordedBehaviour recorded) {
        this.pace = pace;
        this.parallelism = parallelism;
        this.cancelSettleDelay = cancelSettleDelay;
        this.recorded = recorded;
    }

    /**
     * A live operation submitted at {@code now}: documents start {@code parallelism} at a time, one
     * pace step apart (the first after one step, so NotStarted is observable), each taking one step;
     * with a {@link RecordedBehaviour#documentCountDelay}, all of that from when they are counted.
     */
    TranslationOperation live(UUID id, int documentCount, Instant now) {
        if (documentCount < 1 || documentCount > MAX_DOCUMENTS) {
            throw new InvalidArrangementException(
                    "total", "total must be between 1 and " + MAX_DOCUMENTS + ": " + documentCount);
        }
        Instant countedAt = countedAt(now, now);
        List<Document> documents = new ArrayList<>(documentCount);
        for (int i = 0; i < documentCount; i++) {
            Instant startsAt = countedAt.plus(pace.multipliedBy(i / parallelism + 1L));
            Status outcome = i % FAIL_EVERY == FAIL_EVERY - 1 ? Status.FAILED : Status.SUCCEEDED;
            documents.add(Document.scheduled(characters(i), startsAt, startsAt.plus(pace), outcome));
        }
        return operation(id, now, documents, false, countedAt);
    }

    /**
     * When an operation created at {@code createdAt} and submitted (or arranged) at {@code now}
     * counts its documents: at its creation, unless {@link RecordedBehaviour#documentCountDelay}
     * says later.
     */
    private Instant countedAt(Instant createdAt, Instant now) {
        return recorded.documentCountDelay().isZero() ? createdAt : now.plus(recorded.documentCountDelay());
    }

    /** An operation with this planner's settle delay and {@link RecordedBehaviour}, counted at {@code countedAt}. */
    private TranslationOperation operation(
            UUID id, Instant createdAt, List<Document> documents, boolean validationFailed, Instant countedAt) {
        return new TranslationOperation(id, createdAt, documents, validationFailed, cancelSettleDelay,
                recorded.answerBeforeApplying(), countedAt);
    }

    /** A still operation in the arranged status, "submitted" a minute before {@code now}. */
    TranslationOperation arranged(UUID id, Arrangement arrangement, Instant now) {
        Status status = parseStatus(arrangement.status());
        int total = total(arrangement, status);
        Instant createdAt = now.minus(ARRANGED_AGE);
        Counts counts = counts(status, total, arrangement.success(), arrangement.failed());
        List<Document> documents = new ArrayList<>(total);
        int index = 0;
        for (int i = 0; i < counts.success(); i++) {
            documents.add(Document.ended(characters(index++), now, Status.SUCCEEDED));
        }
        for (int i = 0; i < counts.failed(); i++) {
            long characters = status == Status.VALIDATION_FAILED ? 0 : characters(index);
            index++;
            documents.add(Document.ended(characters, now, Status.FAILED));
        }
        int rest = total - counts.success() - counts.failed();
        return switch (status) {
            case NOT_STARTED, RUNNING -> {
                int inFlight = status == Status.RUNNING ? Math.min(rest, IN_FLIGHT) : 0;
                for (int i = 0; i < rest; i++) {
                    long characters = characters(index++);
                    documents.add(
                            i < inFlight ? Document.inFlight(characters, now) : Document.waiting(characters));
                }
                // Documents in flight were counted long ago; only a NotStarted operation may wait for its count.
                Instant countedAt = status == Status.NOT_STARTED ? countedAt(createdAt, now) : createdAt;
                yield operation(id, createdAt, documents, false, countedAt);
            }
            case CANCELLING, CANCELLED -> {
                int inFlight = status == Status.CANCELLING ? Math.min(rest, IN_FLIGHT) : 0;
                for (int i = 0; i < rest; i++) {
                    long characters = characters(index++);
                    documents.add(
                            i < inFlight
                                    ? Document.inFlight(characters, now)
                                    : Document.cancelled(characters, now));
                }
                yield TranslationOperation.cancelRequested(id, createdAt, documents, now);
            }
            case SUCCEEDED, FAILED -> operation(id, createdAt, documents, false, createdAt);
            case VALIDATION_FAILED -> operation(id, createdAt, documents, true, createdAt);
            case UNKNOWN_DEFAULT_OPEN_API -> throw notArrangeable(status);
        };
    }

    /** Every status the contract lists, in its order. */
    private static final List<Status> ARRANGEABLE =
            java.util.Arrays.stream(Status.values()).filter(s -> s != Status.UNKNOWN_DEFAULT_OPEN_API).toList();

    /** The wire value of a status; the page's "Canceled" is read as "Cancelled". */
    static Status parseStatus(String wireValue) {
        Status status = Statuses.read(wireValue);
        if (status != null && status != Status.UNKNOWN_DEFAULT_OPEN_API) {
            return status;
        }
        throw new InvalidArrangementException(
                "status", "status must be one of " + ARRANGEABLE + ": " + wireValue);
    }

    private static int total(Arrangement arrangement, Status status) {
        int minimum = status == Status.VALIDATION_FAILED ? 0 : 1;
        if (arrangement.total() == null) {
            return status == Status.VALIDATION_FAILED ? 0 : DEFAULT_TOTAL;
        }
        int total = arrangement.total();
        if (total < minimum || total > MAX_DOCUMENTS) {
            throw new InvalidArrangementException(
                    "total",
                    "total must be between " + minimum + " and " + MAX_DOCUMENTS + " for " + status + ": "
                            + total);
        }
        return total;
    }

    private record Counts(int success, int failed) {}

    private static Counts counts(Status status, int total, Integer success, Integer failed) {
        nonNegative("success", success);
        nonNegative("failed", failed);
        return switch (status) {
            case NOT_STARTED -> {
                mustBe("success", success, 0, status);
                mustBe("failed", failed, 0, status);
                yield new Counts(0, 0);
            }
            case FAILED, VALIDATION_FAILED -> {
                mustBe("success", success, 0, status);
                mustBe("failed", failed, total, status);
                yield new Counts(0, total);
            }
            case SUCCEEDED -> {
                int f = failed != null ? failed : success != null ? total - success : total / 10;
                int s = success != null ? success : total - f;
                if (s < 0 || f < 0 || s + f != total) {
                    throw new InvalidArrangementException(
                            "success", "success + failed must equal total (" + total + ") for Succeeded");
                }
                if (s < 1) {
                    throw new InvalidArrangementException(
                            "success", "Succeeded needs success >= 1 (with none, the operation Failed)");
                }
                yield new Counts(s, f);
            }
            case RUNNING, CANCELLING -> {
                Counts counts = partial(total, success, failed);
                if (counts.success() + counts.failed() >= total) {
                    throw new InvalidArrangementException(
                            "success",
                            "success + failed must leave a document in flight (total " + total + ") for "
                                    + status);
                }
                yield counts;
            }
            case CANCELLED -> {
                Counts counts = partial(total, success, failed);
                if (counts.success() + counts.failed() > total) {
                    throw new InvalidArrangementException(
                            "success", "success + failed must not exceed total (" + total + ")");
                }
                yield counts;
            }
            case UNKNOWN_DEFAULT_OPEN_API -> throw notArrangeable(status);
        };
    }

    /** The models' stand-in for values the contract does not list: read, never arranged. */
    private static InvalidArrangementException notArrangeable(Status status) {
        return new InvalidArrangementException("status", "status must be one of " + ARRANGEABLE + ": " + status);
    }

    /** Defaults that read like the page's example: 4 of 10 translated, 1 failed. */
    private static Counts partial(int total, Integer success, Integer failed) {
        int s = success != null ? success : total * 4 / 10;
        int f = failed != null ? failed : total / 10;
        return new Counts(s, f);
    }

    private static void nonNegative(String parameter, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidArrangementException(parameter, parameter + " must be >= 0: " + value);
        }
    }

    private static void mustBe(String parameter, Integer value, int expected, Status status) {
        if (value != null && value != expected) {
            throw new InvalidArrangementException(
                    parameter, parameter + " must be " + expected + " for " + status + ": " + value);
        }
    }

    /** A document's size in characters: varied, deterministic, so charges are repeatable. */
    private static long characters(int index) {
        return 1_000 + (index * 7_919L) % 20_000;
    }
}
