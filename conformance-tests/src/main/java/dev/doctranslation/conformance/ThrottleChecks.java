package dev.doctranslation.conformance;

import dev.doctranslation.contract.ContractHeaders;

import java.util.UUID;

/** "Too many requests": 429 with the error body, and a Retry-After the client can follow. */
final class ThrottleChecks {
    private ThrottleChecks() {}

    static void throttled(CheckContext ctx) {
        // The error body is the MUST here; a valid Retry-After is this check's SHOULD.
        ctx.downgrade("header.schema");
        ctx.throttle(1, 1);
        Exchange answer = ctx.get(UUID.randomUUID()).exchange();
        ctx.expect(answer.statusCode() == 429, "a throttled request got " + answer.statusCode() + "; expected 429",
                answer, "");
        if (answer.statusCode() != 429) {
            return;
        }
        ctx.expectErrorCode(answer, "RequestRateTooHigh");
        String retryAfter = answer.header(ContractHeaders.RETRY_AFTER);
        ctx.should(retryAfter != null, "429 without Retry-After; expected delay-seconds or an HTTP date", answer,
                "header:Retry-After");
    }
}
