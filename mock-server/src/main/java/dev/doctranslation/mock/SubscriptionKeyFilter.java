package dev.doctranslation.mock;

import dev.doctranslation.contract.ContractHeaders;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** 401 for an API request whose {@code Ocp-Apim-Subscription-Key} is missing or wrong. */
final class SubscriptionKeyFilter implements ContainerRequestFilter {

    static final String HEADER = ContractHeaders.SUBSCRIPTION_KEY;

    private final SubscriptionKey key;

    SubscriptionKeyFilter(SubscriptionKey key) {
        this.key = key;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!key.matches(request.getHeaderString(HEADER))) {
            request.abortWith(ErrorResponses.unauthorized());
        }
    }
}
