package dev.doctranslation.mock;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What an operation looks like at one instant: the body of GET and of an accepted cancel. */
record OperationSnapshot(
        UUID id,
        Instant createdAt,
        Instant lastActionAt,
        Status status,
        int total,
        int success,
        int failed,
        int inProgress,
        int notYetStarted,
        int cancelled,
        long charactersCharged) {

    /** The same state, with lastActionDateTimeUtc at {@code lastAction}. */
    OperationSnapshot datedAt(Instant lastAction) {
        return new OperationSnapshot(id, createdAt, lastAction, status, total, success, failed, inProgress,
                notYetStarted, cancelled, charactersCharged);
    }

    TranslationStatus toModel() {
        return new TranslationStatus()
                .id(id)
                .createdDateTimeUtc(utc(createdAt))
                .lastActionDateTimeUtc(utc(lastActionAt))
                .status(status)
                .summary(
                        new StatusSummary()
                                .total(total)
                                .success(success)
                                .failed(failed)
                                .inProgress(inProgress)
                                .notYetStarted(notYetStarted)
                                .cancelled(cancelled)
                                .totalCharacterCharged(charactersCharged));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
