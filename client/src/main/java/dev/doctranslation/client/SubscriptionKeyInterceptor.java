package dev.doctranslation.client;

import dev.doctranslation.contract.ContractHeaders;

import java.util.function.Supplier;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Adds the subscription key, read afresh for every request so a rotated key takes effect at
 * once, and the SDK's User-Agent.
 */
final class SubscriptionKeyInterceptor implements CredentialHeaders {
    static final String KEY_HEADER = ContractHeaders.SUBSCRIPTION_KEY;

    private final Supplier<String> key;
    private final String userAgent;

    SubscriptionKeyInterceptor(Supplier<String> key, String userAgent) {
        this.key = key;
        this.userAgent = userAgent;
    }

    @Override
    public void addTo(HttpRequest request) {
        String current = key.get();
        if (current == null || current.isBlank()) {
            throw new IllegalStateException("the subscription key supplier returned no key");
        }
        request.setHeader(KEY_HEADER, CredentialHeaders.headerSafe("the subscription key", current));
        request.setHeader("User-Agent", userAgent);
    }
}
