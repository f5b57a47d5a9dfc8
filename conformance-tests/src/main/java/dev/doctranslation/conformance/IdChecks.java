package dev.doctranslation.conformance;

import java.util.Locale;
import java.util.UUID;

/** How ids are read: unknown, malformed, upper-case. */
final class IdChecks {
    private IdChecks() {}

    static void cancelUnknown(CheckContext ctx) {
        expectNotFound(ctx, ctx.cancel(ctx.unknownId()).exchange());
    }

    static void statusUnknown(CheckContext ctx) {
        expectNotFound(ctx, ctx.get(ctx.unknownId()).exchange());
    }

    private static void expectNotFound(CheckContext ctx, Exchange answer) {
        ctx.expect(answer.statusCode() == 404, answer.requestLine() + " of an unknown id got " + answer.statusCode()
                + "; expected 404", answer, "");
        if (answer.statusCode() == 404) {
            ctx.expectErrorCode(answer, "ResourceNotFound");
        }
    }

    static void malformed(CheckContext ctx) {
        // Any 4xx keeps the MUST; which one is this check's SHOULD, not the contract check's MUST.
        ctx.downgrade("status.declared");
        for (String method : new String[] {"DELETE", "GET"}) {
            Exchange answer = ctx.raw(AuthChecks.operation(method), method, "/batches/not-a-uuid", ctx.key());
            int status = answer.statusCode();
            ctx.expect(status >= 400 && status < 500, "a malformed id got " + status + "; expected a 4xx, never a 5xx",
                    answer, "");
            ctx.should(status == 400, "a malformed id got " + status + "; expected 400", answer, "");
            if (status == 400) {
                ctx.shouldErrorCode(answer, "InvalidArgument");
            }
        }
    }

    static void upperCase(CheckContext ctx) {
        UUID id = ctx.arrange("Running");
        String upper = id.toString().toUpperCase(Locale.ROOT);
        Exchange read = ctx.raw("getTranslationStatus", "GET", "/batches/" + upper, ctx.key());
        ctx.expect(read.statusCode() == 200, "status read with the upper-case id " + upper + " got "
                + read.statusCode() + "; expected 200", read, "");
        Exchange cancel = ctx.raw("cancelTranslation", "DELETE", "/batches/" + upper, ctx.key());
        ctx.expect(cancel.statusCode() == 200, "cancel with the upper-case id " + upper + " got "
                + cancel.statusCode() + "; expected 200", cancel, "");
        String answered = Answers.rawId(cancel);
        if (cancel.statusCode() == 200) {
            ctx.expect(answered != null && answered.equalsIgnoreCase(id.toString()), "id is " + answered
                    + "; expected " + id + " in any letter case", cancel, "$.id");
        }
    }
}
