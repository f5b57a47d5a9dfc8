package dev.doctranslation.mock;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds the key check and the faults to the contract's operations only: {@code /_states} needs no
 * key and is never throttled, and an unknown path is a plain 404 whatever the key.
 */
final class ApiRequestFilters implements DynamicFeature {

    private final SubscriptionKeyFilter keyFilter;
    private final FaultFilter faultFilter;

    ApiRequestFilters(SubscriptionKeyFilter keyFilter, FaultFilter faultFilter) {
        this.keyFilter = keyFilter;
        this.faultFilter = faultFilter;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() == TranslationOperationsResource.class
                && resourceInfo.getResourceMethod() != null) {
            context.register(keyFilter, Priorities.AUTHENTICATION);
            context.register(faultFilter, Priorities.AUTHORIZATION);
        }
    }
}
