package dev.doctranslation.conformance;

import dev.doctranslation.contract.ContractHeaders;
import java.util.function.Consumer;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Puts the target's key into a pact request, at verification time, so that no pact ever holds a
 * key: the consumer tests record a placeholder where the key goes. Only the placeholder is
 * replaced, so the wrong-key interaction keeps its wrong key. pact-jvm calls it as the provider's
 * request filter just before each request is sent.
 */
final class KeyPlaceholderFilter implements Consumer<HttpRequest> {
    static final String HEADER = ContractHeaders.SUBSCRIPTION_KEY;
    /** What the consumer tests put where the key goes; replaced here, never sent. */
    static final String PLACEHOLDER = "<key added at verification>";

    private final String key;

    KeyPlaceholderFilter(String key) {
        this.key = key;
    }

    @Override
    public void accept(HttpRequest request) {
        Header sent = request.getFirstHeader(HEADER);
        if (sent != null && sent.getValue().equals(PLACEHOLDER)) {
            request.setHeader(HEADER, key);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "KeyPlaceholderFilter[" + HEADER + "]";
    }
}
