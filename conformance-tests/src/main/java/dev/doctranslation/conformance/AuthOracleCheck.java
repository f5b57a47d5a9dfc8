package dev.doctranslation.conformance;

import java.util.UUID;

/**
 * {@code security.auth-oracle}: a request without key and one with a wrong key get the same status
 * and error code. When they differ, a prober learns from the answer alone that a header was read
 * and judged, which is the first step of guessing keys, and which the contract does not need:
 * both are 401 Unauthorized.
 */
final class AuthOracleCheck {
    private AuthOracleCheck() {}

    static void authOracle(CheckContext ctx) {
        String path = "/batches/" + UUID.randomUUID();
        for (String method : new String[] {"GET", "DELETE"}) {
            Exchange missing = ctx.probe(RawRequest.of(method, path));
            Exchange wrong = ctx.probe(RawRequest.of(method, path).withKey(ProbeKeys.keyShaped()));
            if (missing.statusCode() == 0 || wrong.statusCode() == 0) {
                continue;
            }
            String withoutKey = missing.statusCode() + " " + Answers.errorCode(missing);
            String withWrongKey = wrong.statusCode() + " " + Answers.errorCode(wrong);
            ctx.expect(withoutKey.equals(withWrongKey), method + " without key got " + withoutKey
                    + ", with a wrong key " + withWrongKey + "; expected the same status and error.code for both",
                    wrong, "$.error.code");
        }
    }
}
