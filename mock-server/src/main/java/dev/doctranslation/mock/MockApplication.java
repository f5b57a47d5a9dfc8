package dev.doctranslation.mock;

import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The Jersey application: the two resources and every provider, registered explicitly. */
final class MockApplication {

    private MockApplication() {}

    /** {@code requestLog} null: no request log, and no filter that would time each request. */
    static ResourceConfig create(
            OperationStore store,
            Operations operations,
            Faults faults,
            SubscriptionKey key,
            ControlAccess controlAccess,
            RequestLog requestLog) {
        ResourceConfig config = new ResourceConfig();
        // Nothing is found by classpath scanning or META-INF/services: what runs is what is listed
        // here (auto-discovery would, for one, bring Jackson's plain-text exception mappers).
        config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        // No WADL document at /application.wadl and no WADL body for OPTIONS: not in the contract.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);

        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new Json());
        config.register(new StrictUuidConverterProvider());
        config.register(new WebApplicationExceptionMapper());
        config.register(new UnexpectedExceptionMapper());
        if (requestLog != null) {
            config.register(new RequestLogFilter(requestLog));
        }
        config.register(new RequestLimitsFilter());
        config.register(new ErrorBodyFilter());
        config.register(
                new ApiRequestFilters(new SubscriptionKeyFilter(key), new FaultFilter(faults), controlAccess));

        // Resources are registered as classes and get their collaborators injected: registering
        // resource instances works too, but makes Jersey warn at every start.
        ProviderStates states = ProviderStates.of(operations, faults);
        config.register(
                new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(store).to(OperationStore.class);
                        bind(operations).to(Operations.class);
                        bind(states).to(ProviderStates.class);
                    }
                });
        config.register(TranslationOperationsResource.class);
        config.register(ProviderStatesResource.class);
        return config;
    }
}
