package dev.doctranslation.conformance;

import java.util.UUID;

/**
 * {@code security.bounded-input}: input beyond any sane size, or where none belongs, is refused
 * with a 4xx. A 5xx says the provider tried to process it and broke; no answer within the kit's
 * timeout says a request can tie it up. Either is how a resource-exhaustion attack begins.
 */
final class BoundedInputCheck {
    static final int LONG_ID_CHARS = 10_000;
    static final int BIG_HEADER_BYTES = 64 * 1024;

    private BoundedInputCheck() {}

    static void boundedInput(CheckContext ctx) {
        String path = "/batches/" + UUID.randomUUID();
        judge(ctx, ctx.probeAsWritten(RawRequest.of("GET", "/batches/" + "0".repeat(LONG_ID_CHARS)).withKey(ctx.key())),
                "an id of " + LONG_ID_CHARS + " characters");
        judge(ctx, ctx.probeAsWritten(RawRequest.of("GET", path).withKey(ctx.key())
                .withHeader("X-Conformance-Padding", "a".repeat(BIG_HEADER_BYTES))), "a header field of 64 KiB");
        judge(ctx, ctx.probeAsWritten(RawRequest.of("DELETE", path).withKey(ctx.key())
                .withBody("application/json", "{\"probe\": \"a body DELETE does not take\"}")), "a body on DELETE");
    }

    private static void judge(CheckContext ctx, Exchange answer, String what) {
        int status = answer.statusCode();
        ctx.expect(status >= 400 && status < 500, "a request with " + what + " got "
                + (status == 0 ? answer.bodyText() : String.valueOf(status)) + "; expected a 4xx, never a 5xx or a hang",
                answer, "");
    }
}
