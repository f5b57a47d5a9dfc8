package dev.doctranslation.conformance;

import java.util.Optional;
import java.util.UUID;

/**
 * {@code security.cors}: no answer lets any web page make credentialed calls. The probes come from
 * an origin no provider can have listed; an answer that allows every origin ({@code *}), this one,
 * or the sandboxed {@code null}, together with {@code Access-Control-Allow-Credentials: true},
 * would let a page a user visits call the API with that user's credentials.
 */
final class CorsCheck {
    static final String PROBE_ORIGIN = "https://conformance-probe.invalid";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

    private CorsCheck() {}

    static void cors(CheckContext ctx) {
        String path = "/batches/" + UUID.randomUUID();
        judge(ctx, ctx.probe(RawRequest.of("GET", path).withKey(ctx.key()).withHeader("Origin", PROBE_ORIGIN)),
                "a GET with the key");
        judge(ctx, ctx.probe(RawRequest.of("GET", path).withHeader("Origin", PROBE_ORIGIN)), "a GET without key");
        // A browser's preflight before a cross-origin DELETE with the key header; outside the contract.
        judge(ctx, ctx.probeAsWritten(RawRequest.of("OPTIONS", path).withHeader("Origin", PROBE_ORIGIN)
                .withHeader("Access-Control-Request-Method", "DELETE")
                .withHeader("Access-Control-Request-Headers", "ocp-apim-subscription-key")), "a preflight OPTIONS");
    }

    private static void judge(CheckContext ctx, Exchange answer, String what) {
        problem(answer).ifPresent(problem -> ctx.expect(false, "the " + answer.statusCode() + " answer to " + what
                + " " + problem, answer, "header:" + ALLOW_ORIGIN));
    }

    /** What is wrong with the answer's CORS headers, or empty. */
    static Optional<String> problem(Exchange answer) {
        String origin = answer.header(ALLOW_ORIGIN);
        String credentials = answer.header(ALLOW_CREDENTIALS);
        if (origin == null || credentials == null || !credentials.trim().equalsIgnoreCase("true")) {
            return Optional.empty();
        }
        String allowed = origin.trim();
        if (allowed.equals("*")) {
            return Optional.of("allows every origin (" + ALLOW_ORIGIN + ": *) with " + ALLOW_CREDENTIALS + ": true");
        }
        if (allowed.equalsIgnoreCase(PROBE_ORIGIN)) {
            return Optional.of("allows an arbitrary origin (it reflects " + PROBE_ORIGIN + ") with " + ALLOW_CREDENTIALS
                    + ": true");
        }
        if (allowed.equals("null")) {
            return Optional.of("allows the null origin (sandboxed pages, local files) with " + ALLOW_CREDENTIALS
                    + ": true");
        }
        return Optional.empty();
    }
}
