package dev.doctranslation.mock;

import java.time.Duration;
import java.util.Objects;

/**
 * Two ways the live service answers that its recorded sessions show (the Azure SDKs' recordings,
 * transcribed in the contract module's test resources) and no spec describes. Both are off by
 * default, so the mock answers as it always has; a team that wants its client or kit tried
 * against them turns them on ({@link MockServer.Builder#cancelAnswersBeforeApplying}, {@link
 * MockServer.Builder#documentCountDelay}, or the standalone's options of the same names).
 *
 * @param answerBeforeApplying an accepted cancel answers 200 with the status and counts from
 *     before it (dated at the cancel, as recorded at v1.0: NotStarted, all zero); it applies all
 *     the same, so the next read shows Cancelling or Cancelled
 * @param documentCountDelay how long after its submission (or arrangement) a NotStarted operation
 *     counts its documents: until then it shows a summary of all zeros, and Cancelling once
 *     cancelled (as recorded at v1.0 and 2024-05-01: Cancelling, total 0, then total 8); its
 *     documents start only once counted. Zero: counted at once
 */
record RecordedBehaviour(boolean answerBeforeApplying, Duration documentCountDelay) {

    /** Neither: the mock as it always was. */
    static final RecordedBehaviour NONE = new RecordedBehaviour(false, Duration.ZERO);

    /** Sets both on {@code builder}: the standalone's options to its mock. */
    MockServer.Builder applyTo(MockServer.Builder builder) {
        return builder.cancelAnswersBeforeApplying(answerBeforeApplying).documentCountDelay(documentCountDelay);
    }

    RecordedBehaviour {
        Objects.requireNonNull(documentCountDelay, "documentCountDelay == null");
        if (documentCountDelay.isNegative()) {
            throw new IllegalArgumentException("documentCountDelay must be >= 0");
        }
    }
}
