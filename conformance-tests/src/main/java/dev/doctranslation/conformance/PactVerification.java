package dev.doctranslation.conformance;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the client's pact (shipped in this module at {@code pacts/}) against a target, with
 * pact-jvm's JUnit 5 provider support: one test per interaction, states arranged through the
 * target's state-change URL, and the key added to each request here, so that no pact holds one.
 * Subclasses say which target.
 */
public abstract class PactVerification {
    /** What the consumer tests put where the key goes; replaced here, never sent. */
    static final String KEY_PLACEHOLDER = "<key added at verification>";

    /**
     * Apache HttpClient 5 retries a 429 or 503 with Retry-After on its own; the verifier would
     * then judge the retry's answer, and the throttled interaction could never be seen.
     */
    private static final IHttpClientFactory NO_RETRIES = provider -> HttpClients.custom().disableAutomaticRetries().build();

    private StateChange states;

    protected abstract Target target();

    @BeforeEach
    void pointAtTheTarget(PactVerificationContext context) {
        URI root = target().endpoint();
        int port = root.getPort();
        context.setTarget(root.getScheme().equals("https")
                ? new HttpsTestTarget(root.getHost(), port < 0 ? 443 : port, "/", false, () -> NO_RETRIES)
                : new HttpTestTarget(root.getHost(), port < 0 ? 80 : port, "/", () -> NO_RETRIES));
        states = new StateChange(target().stateChangeUrl(),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void interaction(PactVerificationContext context, HttpRequest request) {
        Header key = request.getFirstHeader("Ocp-Apim-Subscription-Key");
        // Only the placeholder is replaced: the wrong-key interaction keeps its wrong key.
        if (key != null && key.getValue().equals(KEY_PLACEHOLDER)) {
            request.setHeader("Ocp-Apim-Subscription-Key", target().key());
        }
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
