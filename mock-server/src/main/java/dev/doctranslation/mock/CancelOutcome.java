package dev.doctranslation.mock;

import dev.doctranslation.contract.models.Status;

/** The answer of the state machine to a cancel: accepted with the new state, or refused. */
sealed interface CancelOutcome {

    /**
     * The cancel was accepted; the operation is now Cancelling or Cancelled. The snapshot is what
     * the answer shows: that, or the state before the cancel ({@link RecordedBehaviour}).
     */
    record Accepted(OperationSnapshot snapshot) implements CancelOutcome {}

    /** The operation was in {@code status}, which a cancel cannot leave. */
    record Refused(Status status) implements CancelOutcome {}
}
