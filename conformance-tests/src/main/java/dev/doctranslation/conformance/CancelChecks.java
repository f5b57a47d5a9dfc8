package dev.doctranslation.conformance;

import dev.doctranslation.contract.models.Status;
import dev.doctranslation.contract.models.StatusSummary;
import dev.doctranslation.contract.models.TranslationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Cancel of an operation that can be cancelled, and what follows. */
final class CancelChecks {
    private static final Set<Status> ACCEPTED = Set.of(Status.CANCELLING, Status.CANCELLED);

    private CancelChecks() {}

    static void statusRead(CheckContext ctx) {
        UUID id = ctx.arrange("Running");
        SdkCalls.Result read = ctx.get(id);
        ctx.expect(read.exchange().statusCode() == 200, "status read got " + read.exchange().statusCode()
                + "; expected 200", read.exchange(), "");
        expectSameId(ctx, id, read);
    }

    static void cancelNotStarted(CheckContext ctx) throws InterruptedException {
        cancelAccepted(ctx, Status.NOT_STARTED);
    }

    static void cancelRunning(CheckContext ctx) throws InterruptedException {
        cancelAccepted(ctx, Status.RUNNING);
    }

    /**
     * Cancel answers 200 with the same id, and the operation is then Cancelling or Cancelled with
     * no count of finished work lowered. The answer itself may still show the status from before
     * the cancel: the live service answered a cancel of a NotStarted operation with NotStarted (a
     * snapshot taken before the cancel applied) and showed Cancelled on the next read. Then the
     * operation is read until it shows Cancelling or Cancelled, for the settle timeout at most; a
     * provider that never cancels fails there.
     */
    private static void cancelAccepted(CheckContext ctx, Status arranged) throws InterruptedException {
        UUID id = ctx.arrange(arranged.toString());
        OperationHistory history = ctx.history();
        ctx.expectTransition(history, ctx.get(id));
        SdkCalls.Result after = ctx.cancel(id);
        Exchange answer = after.exchange();
        ctx.expect(answer.statusCode() == 200, "cancel of a " + arranged + " operation got " + answer.statusCode()
                + " " + Answers.errorCode(answer) + "; expected 200", answer, "");
        if (after.status() == null) {
            return;
        }
        expectSameId(ctx, id, after);
        ctx.expectTransition(history, after);
        Status answered = after.status().getStatus();
        CancelAnswer kind = CancelAnswer.of(arranged, answered);
        if (kind == CancelAnswer.APPLIED) {
            return;
        }
        if (kind == CancelAnswer.WRONG) {
            ctx.expect(false, "status after cancel is " + answered + "; expected Cancelling or Cancelled, or "
                    + arranged + " (the status before the cancel) if later reads show the cancel applied", answer,
                    "$.status");
            return;
        }
        SdkCalls.Result read = readUntil(ctx, history, id, after, ACCEPTED);
        TranslationStatus now = read.status();
        ctx.expect(now != null && CancelAnswer.applied(now.getStatus()), "status is " + (now == null ? "unreadable"
                : now.getStatus()) + " " + ctx.settings().settleTimeout() + " after a cancel that answered " + arranged
                + "; expected Cancelling or Cancelled once the cancel applied", read.exchange(), "$.status");
    }

    static void cancelSettles(CheckContext ctx) throws InterruptedException {
        UUID arranged = ctx.arrange("Running");
        OperationHistory history = ctx.history();
        SdkCalls.Result before = ctx.get(arranged);
        ctx.expectTransition(history, before);
        SdkCalls.Result cancelled = ctx.cancel(arranged);
        ctx.expect(cancelled.exchange().statusCode() == 200, "cancel of a Running operation got "
                + cancelled.exchange().statusCode() + "; expected 200", cancelled.exchange(), "");
        if (ctx.failed() || cancelled.status() == null) {
            return;
        }
        ctx.expectTransition(history, cancelled);
        UUID id = cancelled.status().getId();
        SdkCalls.Result now = readUntil(ctx, history, id, cancelled, Set.of(Status.CANCELLED));
        Exchange last = now.exchange();
        TranslationStatus settled = now.status();
        ctx.expect(settled != null && settled.getStatus() == Status.CANCELLED, "status is "
                + (settled == null ? "unreadable" : settled.getStatus()) + " " + ctx.settings().settleTimeout()
                + " after the cancel; expected Cancelled", last, "$.status");
        if (settled != null && settled.getStatus() == Status.CANCELLED && settled.getSummary() != null) {
            StatusSummary s = settled.getSummary();
            ctx.expect(s.getCancelled() + s.getSuccess() + s.getFailed() == s.getTotal(), "after the cancel, cancelled "
                    + s.getCancelled() + " + success " + s.getSuccess() + " + failed " + s.getFailed() + " = "
                    + (s.getCancelled() + s.getSuccess() + s.getFailed()) + "; expected total " + s.getTotal(), last,
                    "$.summary");
            ctx.expect(s.getInProgress() == 0 && s.getNotYetStarted() == 0, "after the cancel, inProgress is "
                    + s.getInProgress() + " and notYetStarted " + s.getNotYetStarted() + "; expected both 0", last,
                    "$.summary");
            StatusSummary pending = before.status() == null ? null : before.status().getSummary();
            if (pending != null) {
                // "All pending documents will be canceled if possible": at least those still waiting.
                ctx.should(s.getCancelled() >= pending.getNotYetStarted(), "cancelled is " + s.getCancelled()
                        + " after the cancel, but " + pending.getNotYetStarted() + " documents were still waiting"
                        + " before it; expected them cancelled", last, "$.summary.cancelled");
            }
            // Cancelled is terminal: one more read must find it unchanged.
            ctx.expectTransition(history, ctx.get(id));
        }
    }

    /** What a 200 answer to a cancel shows. */
    enum CancelAnswer {
        /** Cancelling or Cancelled: the cancel applied. */
        APPLIED,
        /** The status the operation had before the cancel: a snapshot taken before it applied. */
        BEFORE,
        /** Anything else. */
        WRONG;

        static CancelAnswer of(Status before, Status answered) {
            if (applied(answered)) {
                return APPLIED;
            }
            return answered != null && answered == before ? BEFORE : WRONG;
        }

        /** Whether a read shows that the cancel applied; false for no status. */
        static boolean applied(Status status) {
            return status != null && ACCEPTED.contains(status);
        }
    }

    /**
     * Reads the operation every poll interval, from {@code from} on, until it shows one of {@code
     * wanted}, does not decode, or the settle timeout has passed; each read is held to the
     * transition rules. Answers the last read ({@code from} when it already shows one).
     */
    private static SdkCalls.Result readUntil(CheckContext ctx, OperationHistory history, UUID id, SdkCalls.Result from,
            Set<Status> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(ctx.settings().settleTimeout());
        SdkCalls.Result now = from;
        while (now.status() != null && !shows(now.status(), wanted) && Instant.now().isBefore(deadline)) {
            ctx.pause(ctx.settings().pollInterval());
            now = ctx.get(id);
            ctx.expectTransition(history, now);
        }
        return now;
    }

    private static boolean shows(TranslationStatus status, Set<Status> wanted) {
        return status.getStatus() != null && wanted.contains(status.getStatus());
    }

    static void lastActionMoves(CheckContext ctx) throws InterruptedException {
        UUID id = ctx.arrange("Running");
        SdkCalls.Result before = ctx.get(id);
        // A clock with coarse ticks must get the chance to move before the change.
        ctx.pause(Duration.ofMillis(20));
        SdkCalls.Result after = ctx.cancel(id);
        if (before.status() == null || after.status() == null) {
            ctx.expect(false, "cannot compare lastActionDateTimeUtc: the status before or after the cancel did not"
                    + " decode", after.exchange(), "$.lastActionDateTimeUtc");
            return;
        }
        ctx.expect(after.status().getLastActionDateTimeUtc().isAfter(before.status().getLastActionDateTimeUtc()),
                "lastActionDateTimeUtc is " + after.status().getLastActionDateTimeUtc() + " after the cancel and was "
                        + before.status().getLastActionDateTimeUtc() + " before; expected it later",
                after.exchange(), "$.lastActionDateTimeUtc");
    }

    static void expectSameId(CheckContext ctx, UUID id, SdkCalls.Result result) {
        String sent = Answers.rawId(result.exchange());
        if (result.exchange().statusCode() == 200) {
            ctx.expect(sent != null && sent.equalsIgnoreCase(id.toString()), "id is " + sent + "; expected " + id
                    + " (any letter case)", result.exchange(), "$.id");
        }
    }
}
