package dev.doctranslation.conformance;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import dev.doctranslation.contract.ServiceVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code pact.verification} check: the client's consumer pact of the target's service version,
 * bundled in this jar, verified against the target with pact-jvm's provider verifier, one finding
 * per interaction that fails.
 */
final class PactCheck {
    static final String ID = "pact.verification";
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();
    /** The v1.0-preview.1 pact, as the client's build has always named it. */
    static final String PACT_RESOURCE = "/pacts/doctranslation-client-doctranslation-service.json";

    private PactCheck() {}

    /**
     * Where this jar holds the client's pact for {@code version}: the preview's under its first
     * name, each later version's with the version after it ({@code ...-service-2024-05-01.json}).
     */
    static String resource(ServiceVersion version) {
        return version == ServiceVersion.V1_0_PREVIEW_1 ? PACT_RESOURCE
                : "/pacts/doctranslation-client-doctranslation-service-" + version.id() + ".json";
    }

    static void verify(CheckContext ctx) throws IOException {
        if (!ctx.hasStates()) {
            throw new StateUnavailableException("the pact's interactions need provider states, and the target has no"
                    + " state-change URL (--state-change-url)");
        }
        String resource = resource(ctx.target().version());
        try (InputStream json = PactCheck.class.getResourceAsStream(resource)) {
            if (json == null) {
                ctx.expect(false, "this kit holds no pact at " + resource + " (it was built without the client's"
                        + " consumer tests for " + ctx.target().version() + ")", null, "");
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

    /**
     * Loads pact-jvm's classes (its pact reader, its verifier, the HTTP client it sends with) and
     * reads the bundled pacts, so that the check, which runs with no other check in flight, does
     * not spend its time there. Best effort: a failure here is the check's to report.
     */
    static void warmUp() {
        if (!WARMED.compareAndSet(false, true)) {
            return; // Once per JVM: the kit's warm-up and a run's may both ask.
        }
        try {
            // One pact loads the reader's classes; the check reads its own version's again anyway.
            for (ServiceVersion version : ServiceVersion.all()) {
                try (InputStream json = PactCheck.class.getResourceAsStream(resource(version))) {
                    if (json != null) {
                        load(json).getInteractions();
                        break;
                    }
                }
            }
            new au.com.dius.pact.provider.ProviderVerifier();
            PactHttp.noRetries().close();
        } catch (IOException | RuntimeException e) {
            // The check itself reads them again and says what is wrong.
        }
    }

    private static Pact load(InputStream json) {
        // A Reader, not the stream: pact-jvm would read a stream in the platform's charset.
        Reader reader = new InputStreamReader(json, StandardCharsets.UTF_8);
        return DefaultPactReader.INSTANCE.loadPact(reader);
    }
}
