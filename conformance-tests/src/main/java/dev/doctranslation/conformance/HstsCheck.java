package dev.doctranslation.conformance;

import java.net.URI;
import java.util.UUID;

/**
 * {@code security.hsts}: an https target tells browsers to stay on https, and does not serve the
 * API over plain http, where the key would cross the network readable. The plain-http try carries
 * a dummy key, never the real one: the point is to learn whether the key could leak, not to leak it.
 */
final class HstsCheck {
    private HstsCheck() {}

    static void hsts(CheckContext ctx) {
        URI apiBase = ctx.target().apiBase();
        if (!"https".equalsIgnoreCase(apiBase.getScheme())) {
            ctx.skip("the target is not https (" + ctx.target().endpoint() + "): HSTS is sent, and means"
                    + " something, over https only");
        }
        String path = "/batches/" + UUID.randomUUID();
        judgeHeader(ctx, ctx.probe(RawRequest.of("GET", path).withKey(ctx.key())), "with the key");
        judgeHeader(ctx, ctx.probe(RawRequest.of("GET", path)), "without key");
        Exchange plain = ctx.probeAsWritten(Hsts.plainTwin(apiBase),
                RawRequest.of("GET", path).withKey(ProbeKeys.marked()));
        Hsts.plainHttpProblem(plain).ifPresent(problem -> ctx.expect(false, problem, plain, ""));
    }

    private static void judgeHeader(CheckContext ctx, Exchange answer, String sent) {
        if (answer.statusCode() != 0) {
            Hsts.headerProblem(answer.header(Hsts.HEADER)).ifPresent(problem -> ctx.expect(false, "the "
                    + answer.statusCode() + " answer to GET " + sent + " " + problem, answer, "header:" + Hsts.HEADER));
        }
    }
}
