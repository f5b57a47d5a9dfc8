package dev.doctranslation.conformance;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the client's pact (shipped in this module at {@code pacts/}) against a target, with
 * pact-jvm's JUnit 5 provider support: one test per interaction, states arranged through the
 * target's state-change URL, the key put in place of the placeholder as the kit's own
 * {@code pact.verification} check does it. Subclasses say which target.
 */
abstract class PactVerification {
    private CloseableHttpClient http;
    private StateChange states;
    private KeyPlaceholderFilter key;

    protected abstract Target target();

    @BeforeEach
    void pointAtTheTarget(PactVerificationContext context) {
        URI root = target().endpoint();
        int port = root.getPort();
        // pact-jvm asks the factory for a client on every request; it gets this one each time.
        http = PactHttp.noRetries();
        IHttpClientFactory clients = provider -> http;
        context.setTarget(root.getScheme().equals("https")
                ? new HttpsTestTarget(root.getHost(), port < 0 ? 443 : port, "/", false, () -> clients)
                : new HttpTestTarget(root.getHost(), port < 0 ? 80 : port, "/", () -> clients));
        states = new StateChange(target().stateChangeUrl(),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        key = new KeyPlaceholderFilter(target().key());
    }

    @AfterEach
    void closeTheClient() throws IOException {
        http.close();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void interaction(PactVerificationContext context, HttpRequest request) {
        key.accept(request);
        context.verifyInteraction();
    }

    @State(value = CheckContext.OPERATION_EXISTS, action = StateChangeAction.SETUP)
    Map<String, Object> operationExists(Map<String, Object> params) {
        return states.setup(CheckContext.OPERATION_EXISTS, params);
    }

    @State(value = CheckContext.OPERATION_EXISTS, action = StateChangeAction.TEARDOWN)
    void operationExistsTeardown(Map<String, Object> params) {
        states.teardown(CheckContext.OPERATION_EXISTS, params);
    }

    @State(value = CheckContext.NO_OPERATION, action = StateChangeAction.SETUP)
    Map<String, Object> noOperation(Map<String, Object> params) {
        return states.setup(CheckContext.NO_OPERATION, params == null ? Map.of() : params);
    }

    @State(value = CheckContext.THROTTLED, action = StateChangeAction.SETUP)
    Map<String, Object> throttled(Map<String, Object> params) {
        return states.setup(CheckContext.THROTTLED, params);
    }

    @State(value = CheckContext.THROTTLED, action = StateChangeAction.TEARDOWN)
    void throttledTeardown(Map<String, Object> params) {
        states.teardown(CheckContext.THROTTLED, params);
    }
}
