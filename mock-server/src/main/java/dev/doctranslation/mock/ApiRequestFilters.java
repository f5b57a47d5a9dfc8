package dev.doctranslation.mock;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds the key check and the faults to the contract's operations only, and the control check to
 * the control route: {@code /_states} is never throttled and needs a credential only when {@link
 * ControlAccess} says so (the mock listens beyond loopback), and an unknown path is a plain 404
 * whatever the key.
 */
final class ApiRequestFilters implements DynamicFeature {

    private final SubscriptionKeyFilter keyFilter;
    private final FaultFilter faultFilter;
    private final ControlAccess controlAccess;

    ApiRequestFilters(SubscriptionKeyFilter keyFilter, FaultFilter faultFilter, ControlAccess controlAccess) {
        this.keyFilter = keyFilter;
        this.faultFilter = faultFilter;
        this.controlAccess = controlAccess;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceClass() == TranslationOperationsResource.class
                && resourceInfo.getResourceMethod() != null) {
            context.register(keyFilter, Priorities.AUTHENTICATION);
            context.register(faultFilter, Priorities.AUTHORIZATION);
        } else if (resourceInfo.getResourceClass() == ProviderStatesResource.class
                && resourceInfo.getResourceMethod() != null
                && controlAccess.needsCredentials()) {
            // Every method of the control route (GET lists, POST arranges); on loopback none, so
            // nothing runs per request there.
            context.register(controlAccess, Priorities.AUTHENTICATION);
        }
    }
}
