package dev.doctranslation.conformance;

import java.util.UUID;

/**
 * {@code security.no-internals-in-errors}: error answers say what was wrong with the request, not
 * how the provider is built. The probes ask for the errors a provider answers most (no key, a
 * wrong key, an unknown id) and for the ones a framework tends to answer before the provider's
 * code runs (a malformed id or escape, invalid UTF-8, malformed JSON, another method, an HTML
 * Accept), where stack traces and default error pages come from.
 */
final class ErrorInternalsCheck {
    private ErrorInternalsCheck() {}

    static void noInternalsInErrors(CheckContext ctx) {
        String known = "/batches/" + UUID.randomUUID();
        judge(ctx, ctx.probe(RawRequest.of("GET", known)), "GET without key");
        judge(ctx, ctx.probe(RawRequest.of("GET", known).withKey(ProbeKeys.keyShaped())), "GET with a wrong key");
        judge(ctx, ctx.probe(RawRequest.of("GET", known).withKey(ctx.key())), "GET of an unknown id");
        judge(ctx, ctx.probe(RawRequest.of("DELETE", known).withKey(ctx.key())), "DELETE of an unknown id");
        judge(ctx, asWritten(ctx, "GET", "/batches/not-a-uuid"), "GET of a malformed id");
        judge(ctx, asWritten(ctx, "GET", "/batches/%zz"), "GET with a malformed percent-escape");
        judge(ctx, asWritten(ctx, "GET", "/batches/%00"), "GET with a NUL byte in the id");
        judge(ctx, asWritten(ctx, "GET", "/batches/%C0%AF"), "GET with invalid UTF-8 in the id");
        judge(ctx, ctx.probeAsWritten(RawRequest.of("GET", "/batches/not-a-uuid").withKey(ctx.key())
                .withHeader("Accept", "text/html")), "GET of a malformed id, asking for HTML");
        judge(ctx, ctx.probeAsWritten(RawRequest.of("DELETE", known).withKey(ctx.key())
                .withBody("application/json", "{\"")), "DELETE with malformed JSON");
        judge(ctx, asWritten(ctx, "PATCH", known), "PATCH, a method the API does not have");
    }

    private static Exchange asWritten(CheckContext ctx, String method, String path) {
        return ctx.probeAsWritten(RawRequest.of(method, path).withKey(ctx.key()));
    }

    private static void judge(CheckContext ctx, Exchange answer, String what) {
        if (answer.statusCode() < 400) {
            return;
        }
        LeakedInternals.find(answer.bodyText()).ifPresent(leak -> ctx.expect(false, "the " + answer.statusCode()
                + " answer to " + what + " holds " + leak.what() + ": '" + leak.evidence() + "'", answer, ""));
    }
}
