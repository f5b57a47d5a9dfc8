package dev.doctranslation.conformance;

import java.util.UUID;

/** The key is required and checked. */
final class AuthChecks {
    private AuthChecks() {}

    static void missingKey(CheckContext ctx) {
        String path = "/batches/" + UUID.randomUUID();
        for (String method : new String[] {"DELETE", "GET"}) {
            Exchange answer = ctx.raw(operation(method), method, path, null);
            expectUnauthorized(ctx, answer, "no Ocp-Apim-Subscription-Key");
        }
    }

    static void wrongKey(CheckContext ctx) {
        String path = "/batches/" + UUID.randomUUID();
        String wrong = "wrong-key-" + UUID.randomUUID().toString().replace("-", "");
        for (String method : new String[] {"DELETE", "GET"}) {
            Exchange answer = ctx.raw(operation(method), method, path, wrong);
            expectUnauthorized(ctx, answer, "a wrong Ocp-Apim-Subscription-Key");
        }
    }

    private static void expectUnauthorized(CheckContext ctx, Exchange answer, String what) {
        ctx.expect(answer.statusCode() == 401, "a request with " + what + " got " + answer.statusCode()
                + "; expected 401", answer, "");
        if (answer.statusCode() == 401) {
            ctx.expectErrorCode(answer, "Unauthorized");
        }
    }

    static String operation(String method) {
        return method.equals("DELETE") ? "cancelTranslation" : "getTranslationStatus";
    }
}
