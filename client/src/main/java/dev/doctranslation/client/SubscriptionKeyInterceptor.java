package dev.doctranslation.client;

import dev.doctranslation.contract.ContractHeaders;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.function.Supplier;

/**
 * Adds the subscription key, read afresh for every request so a rotated key takes effect at
 * once, and the SDK's User-Agent.
 */
final class SubscriptionKeyInterceptor implements RequestInterceptor {
    static final String KEY_HEADER = ContractHeaders.SUBSCRIPTION_KEY;

    private final Supplier<String> key;
    private final String userAgent;

    SubscriptionKeyInterceptor(Supplier<String> key, String userAgent) {
        this.key = key;
        this.userAgent = userAgent;
    }

    @Override
    public void apply(RequestTemplate template) {
        String current = key.get();
        if (current == null || current.isBlank()) {
            throw new IllegalStateException("the subscription key supplier returned no key");
        }
        template.header(KEY_HEADER, current);
        template.header("User-Agent", userAgent);
    }
}
