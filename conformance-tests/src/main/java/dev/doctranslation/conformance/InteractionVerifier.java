package dev.doctranslation.conformance;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Verifies pact interactions against a target with pact-jvm's provider verifier, called directly:
 * the interaction's provider states arranged through the kit's own state-change protocol, its
 * request sent with the key put in place of the placeholder, the answer compared by pact-jvm.
 */
final class InteractionVerifier implements AutoCloseable {
    static final String PROVIDER = "doctranslation-service";

    private final StateChange states;
    private final CloseableHttpClient http;
    private final ProviderInfo provider;
    private final ProviderClient client;
    private final ProviderVerifier verifier;

    InteractionVerifier(Target target, StateChange states) {
        this.states = states;
        this.http = PactHttp.noRetries();
        this.provider = provider(target);
        // One client for the whole verification; pact-jvm asks the factory for it on every request.
        this.client = new ProviderClient(provider, info -> http);
        this.verifier = new ProviderVerifier();
        // pact-jvm reports through its reporters, the console one by default; none here, so the
        // kit's own lines stay readable and the failures come back as results instead.
        verifier.setReporters(List.of());
    }

    private static ProviderInfo provider(Target target) {
        URI root = target.endpoint();
        boolean https = root.getScheme().equals("https");
        ProviderInfo provider = new ProviderInfo(PROVIDER);
        provider.setProtocol(root.getScheme());
        provider.setHost(root.getHost());
        provider.setPort(root.getPort() >= 0 ? root.getPort() : https ? 443 : 80);
        // The pact's paths are absolute (they hold the API path), as the SDK sends them.
        provider.setPath("/");
        provider.setRequestFilter(new KeyPlaceholderFilter(target.key()));
        return provider;
    }

    /** Verifies one interaction; returns why it failed, or empty when it holds. */
    Optional<String> verify(Interaction interaction) {
        String name = "pact interaction '" + interaction.getDescription() + "'";
        SynchronousRequestResponse exchange = interaction.asSynchronousRequestResponse();
        if (exchange == null) {
            return Optional.of(name + " is not an HTTP request and response; the kit verifies only those");
        }
        Deque<ProviderState> arranged = new ArrayDeque<>();
        try {
            Map<String, Object> values = new HashMap<>();
            for (ProviderState state : interaction.getProviderStates()) {
                // As pact-jvm does: the state's params, overridden by the values the provider answered.
                values.putAll(state.getParams());
                values.putAll(states.setup(state.getName(), state.getParams()));
                arranged.push(state);
            }
            Map<String, Object> context = new HashMap<>();
            context.put("providerState", values);
            context.put("interaction", interaction);
            VerificationResult result = verifier.verifyResponseFromProvider(provider, exchange, name, new HashMap<>(),
                    client, context, false);
            return result instanceof VerificationResult.Failed failed
                    ? Optional.of(name + " failed: " + PactFailureMessage.of(failed))
                    : Optional.empty();
        } catch (StateUnavailableException e) {
            return Optional.of(name + " failed: its provider state could not be arranged: " + e.getMessage());
        } finally {
            arranged.forEach(state -> states.teardown(state.getName(), state.getParams()));
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
