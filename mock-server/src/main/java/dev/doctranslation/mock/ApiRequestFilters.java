package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * Binds the credential check, the faults and (where the version has one) the api-version check to
 * each version's operations, each answering in that version's envelope, and the control check to
 * the control route: {@code /_states} is never throttled and needs a credential only when {@link
 * ControlAccess} says so (the mock listens beyond loopback), and an unknown path is a plain 404
 * whatever the key. Order on an API request: credential, then faults, then api-version.
 */
final class ApiRequestFilters implements DynamicFeature {

    /** After the faults ({@link Priorities#AUTHORIZATION}), before anything reads the request. */
    static final int API_VERSION_PRIORITY = Priorities.AUTHORIZATION + 500;

    private final Map<Class<?>, ServiceVersion> apiResources;
    private final Map<ServiceVersion, SubscriptionKeyFilter> keyFilters = new EnumMap<>(ServiceVersion.class);
    private final Map<ServiceVersion, FaultFilter> faultFilters = new EnumMap<>(ServiceVersion.class);
    private final Map<ServiceVersion, ApiVersionFilter> apiVersionFilters = new EnumMap<>(ServiceVersion.class);
    private final ControlAccess controlAccess;

    /** {@code bearerToken} may be null: then no version takes a bearer token. */
    ApiRequestFilters(
            Map<Class<?>, ServiceVersion> apiResources,
            SubscriptionKey key,
            SubscriptionKey bearerToken,
            Faults faults,
            ControlAccess controlAccess) {
        this.apiResources = Map.copyOf(apiResources);
        for (ServiceVersion version : ServiceVersion.values()) {
            keyFilters.put(version, new SubscriptionKeyFilter(key, bearerToken, version));
            faultFilters.put(version, new FaultFilter(faults, version.errorEnvelope()));
            if (version.apiVersionQuery().isPresent()) {
                apiVersionFilters.put(version, new ApiVersionFilter(version));
            }
        }
        this.controlAccess = controlAccess;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (resourceInfo.getResourceMethod() == null) {
            return;
        }
        ServiceVersion version = apiResources.get(resourceInfo.getResourceClass());
        if (version != null) {
            context.register(keyFilters.get(version), Priorities.AUTHENTICATION);
            context.register(faultFilters.get(version), Priorities.AUTHORIZATION);
            ApiVersionFilter apiVersion = apiVersionFilters.get(version);
            if (apiVersion != null) {
                context.register(apiVersion, API_VERSION_PRIORITY);
            }
        } else if (resourceInfo.getResourceClass() == ProviderStatesResource.class && controlAccess.needsCredentials()) {
            // Every method of the control route (GET lists, POST arranges); on loopback none, so
            // nothing runs per request there.
            context.register(controlAccess, Priorities.AUTHENTICATION);
        }
    }
}
