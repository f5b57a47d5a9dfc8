package dev.doctranslation.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.doctranslation.contract.models.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The state machine alone, without HTTP: statuses derived from documents, and the cancel. */
class TranslationOperationTest {

    private static final Instant T0 = Instant.parse("2026-03-26T00:00:00Z");
    private static final Duration SETTLE = Duration.ofSeconds(5);

    @Test
    void theStatusIsDerivedFromTheDocuments() {
        TranslationOperation operation =
                operation(
                        Document.scheduled(100, T0.plusSeconds(1), T0.plusSeconds(2), Status.SUCCEEDED),
                        Document.scheduled(200, T0.plusSeconds(1), T0.plusSeconds(3), Status.FAILED));

        assertThat(operation.snapshot(T0).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(operation.snapshot(T0.plusSeconds(1)).status()).isEqualTo(Status.RUNNING);
        OperationSnapshot done = operation.snapshot(T0.plusSeconds(3));
        assertThat(done.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(done.charactersCharged()).as("only translated documents are charged").isEqualTo(100);
        assertThat(done.lastActionAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void anOperationWhoseDocumentsAllFailedFailed() {
        TranslationOperation operation =
                operation(Document.ended(10, T0, Status.FAILED), Document.ended(10, T0, Status.FAILED));

        assertThat(operation.snapshot(T0).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void answersNeverGoBackInTime() {
        TranslationOperation operation =
                operation(Document.scheduled(1, T0.plusSeconds(1), T0.plusSeconds(2), Status.SUCCEEDED));

        operation.snapshot(T0.plusSeconds(2));

        assertThat(operation.snapshot(T0).status()).isEqualTo(Status.SUCCEEDED);
    }

    @Test
    void aCancelStopsPendingDocumentsAtOnceAndInFlightOnesWhenItSettles() {
        TranslationOperation operation =
                operation(
                        Document.ended(10, T0, Status.SUCCEEDED),
                        Document.inFlight(10, T0),
                        Document.waiting(10));

        CancelOutcome outcome = operation.cancel(T0.plusSeconds(1));

        assertThat(outcome).isInstanceOf(CancelOutcome.Accepted.class);
        OperationSnapshot accepted = ((CancelOutcome.Accepted) outcome).snapshot();
        assertThat(accepted.status()).isEqualTo(Status.CANCELLING);
        assertThat(accepted.cancelled()).isEqualTo(1);
        assertThat(accepted.inProgress()).isEqualTo(1);
        OperationSnapshot settled = operation.snapshot(T0.plusSeconds(1).plus(SETTLE));
        assertThat(settled.status()).isEqualTo(Status.CANCELLED);
        assertThat(settled.success()).isEqualTo(1);
        assertThat(settled.cancelled()).isEqualTo(2);
    }

    @Test
    void onlyOneOfTwoCancelsIsAccepted() {
        TranslationOperation operation = operation(Document.inFlight(10, T0));

        assertThat(operation.cancel(T0)).isInstanceOf(CancelOutcome.Accepted.class);
        assertThat(operation.cancel(T0))
                .isEqualTo(new CancelOutcome.Refused(Status.CANCELLING));
    }

    @Test
    void aCancelAtTheInstantOfTheLastChangeIsDatedJustAfterIt() {
        TranslationOperation operation = operation(Document.inFlight(10, T0.plusSeconds(1)));

        OperationSnapshot accepted =
                ((CancelOutcome.Accepted) operation.cancel(T0.plusSeconds(1))).snapshot();

        assertThat(accepted.lastActionAt()).isEqualTo(T0.plusSeconds(1).plusMillis(1));
    }

    private static TranslationOperation operation(Document... documents) {
        return new TranslationOperation(UUID.randomUUID(), T0, List.of(documents), false, SETTLE);
    }
}
