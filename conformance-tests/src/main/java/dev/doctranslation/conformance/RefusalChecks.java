package dev.doctranslation.conformance;

import java.util.UUID;

/** What may not be cancelled is refused with 400 InvalidRequest. */
final class RefusalChecks {
    private RefusalChecks() {}

    static void refused(CheckContext ctx, String arranged) {
        UUID id = ctx.arrange(arranged);
        Exchange answer = ctx.cancel(id).exchange();
        expectInvalidRequest(ctx, answer, "cancel of a " + arranged + " operation");
    }

    static void cancelTwice(CheckContext ctx) {
        UUID id = ctx.arrange("Running");
        Exchange first = ctx.cancel(id).exchange();
        ctx.expect(first.statusCode() == 200, "the first cancel got " + first.statusCode() + "; expected 200", first, "");
        Exchange second = ctx.cancel(id).exchange();
        expectInvalidRequest(ctx, second, "a second cancel right after the first");
    }

    private static void expectInvalidRequest(CheckContext ctx, Exchange answer, String what) {
        ctx.expect(answer.statusCode() == 400, what + " got " + answer.statusCode() + "; expected 400", answer, "");
        if (answer.statusCode() == 400) {
            ctx.expectErrorCode(answer, "InvalidRequest");
        }
    }
}
