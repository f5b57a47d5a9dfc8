package dev.doctranslation.conformance;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code pact.verification} check: the client's consumer pact, bundled in this jar, verified
 * against the target with pact-jvm's provider verifier, one finding per interaction that fails.
 */
final class PactCheck {
    static final String PACT_RESOURCE = "/pacts/doctranslation-client-doctranslation-service.json";

    private PactCheck() {}

    static void verify(CheckContext ctx) throws IOException {
        if (!ctx.hasStates()) {
            throw new StateUnavailableException("the pact's interactions need provider states, and the target has no"
                    + " state-change URL (--state-change-url)");
        }
        try (InputStream json = PactCheck.class.getResourceAsStream(PACT_RESOURCE)) {
            if (json == null) {
                ctx.expect(false, "this kit holds no pact at " + PACT_RESOURCE + " (it was built without the client's"
                        + " consumer tests)", null, "");
                return;
            }
            verify(ctx, load(json));
        }
    }

    private static void verify(CheckContext ctx, Pact pact) throws IOException {
        List<? extends Interaction> interactions = pact.getInteractions();
        if (interactions.isEmpty()) {
            ctx.expect(false, "the bundled pact holds no interaction", null, "");
            return;
        }
        // A provider may echo the key back; pact-jvm's mismatch texts would then carry it.
        Redactor redactor = new Redactor(ctx.key());
        try (InteractionVerifier verifier = new InteractionVerifier(ctx.target(), ctx.states())) {
            for (Interaction interaction : interactions) {
                verifier.verify(interaction).ifPresent(failed -> ctx.expect(false, redactor.redact(failed), null, ""));
            }
        }
    }

    private static Pact load(InputStream json) {
        // A Reader, not the stream: pact-jvm would read a stream in the platform's charset.
        Reader reader = new InputStreamReader(json, StandardCharsets.UTF_8);
        return DefaultPactReader.INSTANCE.loadPact(reader);
    }
}
