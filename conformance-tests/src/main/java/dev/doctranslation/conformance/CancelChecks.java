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

    static void cancelNotStarted(CheckContext ctx) {
        cancelAccepted(ctx, "NotStarted");
    }

    static void cancelRunning(CheckContext ctx) {
        cancelAccepted(ctx, "Running");
    }

    /** Cancel answers 200 Cancelling or Cancelled, keeps the id, lowers no count of finished work. */
    private static SdkCalls.Result cancelAccepted(CheckContext ctx, String arranged) {
        UUID id = ctx.arrange(arranged);
        SdkCalls.Result before = ctx.get(id);
        SdkCalls.Result after = ctx.cancel(id);
        Exchange answer = after.exchange();
        ctx.expect(answer.statusCode() == 200, "cancel of a " + arranged + " operation got " + answer.statusCode()
                + " " + Answers.errorCode(answer) + "; expected 200", answer, "");
        if (after.status() != null) {
            ctx.expect(ACCEPTED.contains(after.status().getStatus()), "status after cancel is "
                    + after.status().getStatus() + "; expected Cancelling or Cancelled", answer, "$.status");
            expectSameId(ctx, id, after);
            if (before.status() != null) {
                ctx.expectTransition(before.status(), after.status(), answer);
            }
        }
        return after;
    }

    static void cancelSettles(CheckContext ctx) throws InterruptedException {
        UUID arranged = ctx.arrange("Running");
        SdkCalls.Result before = ctx.get(arranged);
        SdkCalls.Result cancelled = ctx.cancel(arranged);
        ctx.expect(cancelled.exchange().statusCode() == 200, "cancel of a Running operation got "
                + cancelled.exchange().statusCode() + "; expected 200", cancelled.exchange(), "");
        if (ctx.failed() || cancelled.status() == null) {
            return;
        }
        if (before.status() != null) {
            ctx.expectTransition(before.status(), cancelled.status(), cancelled.exchange());
        }
        UUID id = cancelled.status().getId();
        TranslationStatus previous = cancelled.status();
        Instant deadline = Instant.now().plus(ctx.settings().settleTimeout());
        SdkCalls.Result now = cancelled;
        while (now.status() != null && now.status().getStatus() != Status.CANCELLED && Instant.now().isBefore(deadline)) {
            ctx.pause(ctx.settings().pollInterval());
            now = ctx.get(id);
            if (now.status() != null) {
                ctx.expectTransition(previous, now.status(), now.exchange());
                previous = now.status();
            }
        }
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
            SdkCalls.Result again = ctx.get(id);
            if (again.status() != null) {
                ctx.expectTransition(settled, again.status(), again.exchange());
            }
        }
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
