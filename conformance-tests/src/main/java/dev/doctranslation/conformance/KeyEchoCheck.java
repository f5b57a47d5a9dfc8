package dev.doctranslation.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code security.key-not-echoed}: no answer carries a key the kit sent (or the real key, even to a
 * request that did not send it). A gateway that quotes the presented key in its 401 hands it to
 * every log, proxy and error tracker on the way. Findings say where the key was, never the key.
 */
final class KeyEchoCheck {
    private KeyEchoCheck() {}

    static void keyNotEchoed(CheckContext ctx) {
        String path = "/batches/" + UUID.randomUUID();
        for (String method : new String[] {"GET", "DELETE"}) {
            judge(ctx, RawRequest.of(method, path), "no key");
            judge(ctx, RawRequest.of(method, path).withKey(ProbeKeys.keyShaped()), "a wrong key");
            judge(ctx, RawRequest.of(method, path).withKey(ProbeKeys.marked()), "a wrong, marked key");
            judge(ctx, RawRequest.of(method, path).withKey(ctx.key()), "the right key");
        }
    }

    private static void judge(CheckContext ctx, RawRequest request, String sent) {
        Exchange answer = ctx.probe(request);
        if (answer.statusCode() == 0) {
            return;
        }
        String what = " of the " + answer.statusCode() + " answer to " + request.method() + " with " + sent;
        List<String> realKey = whereFound(answer, ctx.key());
        ctx.expect(realKey.isEmpty(), "the subscription key comes back in " + String.join(" and ", realKey) + what,
                answer, "");
        if (request.key() != null && !request.key().equals(ctx.key())) {
            List<String> probeKey = whereFound(answer, request.key());
            ctx.expect(probeKey.isEmpty(), "the wrong key the kit sent comes back in " + String.join(" and ", probeKey)
                    + what, answer, "");
        }
    }

    /** Where in {@code answer} {@code secret} appears, in any letter case: which header, or the body. */
    static List<String> whereFound(Exchange answer, String secret) {
        String wanted = secret.toLowerCase(Locale.ROOT);
        List<String> places = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
            String name = String.valueOf(header.getKey());
            boolean inName = name.toLowerCase(Locale.ROOT).contains(wanted);
            boolean inValue = header.getValue().stream().anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(wanted));
            if (inValue) {
                places.add("header " + name);
            } else if (inName) {
                places.add("a header's name");
            }
        }
        if (answer.bodyText().toLowerCase(Locale.ROOT).contains(wanted)) {
            places.add("the body");
        }
        return places;
    }
}
