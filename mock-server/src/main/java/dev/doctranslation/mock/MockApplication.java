package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import java.util.Map;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application: one resource per served version, the provider-state resource and every
 * provider, registered explicitly.
 */
final class MockApplication {

    /**
     * The API's resources and the version each serves: each implements the interface generated from
     * its version's spec, and all answer through one {@link OperationAnswers} over one store.
     */
    static final Map<Class<?>, ServiceVersion> API_RESOURCES = Map.of(
            TranslationOperationsResource.class, TranslationOperationsResource.VERSION,
            V1_0OperationsResource.class, V1_0OperationsResource.VERSION,
            V1_1OperationsResource.class, V1_1OperationsResource.VERSION,
            V2024_05_01OperationsResource.class, V2024_05_01OperationsResource.VERSION);

    private MockApplication() {}

    /**
     * {@code requestLog} null: no request log, and no filter that would time each request.
     * {@code bearerToken} null: no bearer token opens the API.
     */
    static ResourceConfig create(
            OperationStore store,
            Operations operations,
            Faults faults,
            SubscriptionKey key,
            SubscriptionKey bearerToken,
            ControlAccess controlAccess,
            RequestLog requestLog,
            boolean https) {
        ResourceConfig config = new ResourceConfig();
        // Nothing is found by classpath scanning or META-INF/services: what runs is what is listed
        // here (auto-discovery would, for one, bring Jackson's plain-text exception mappers).
        config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        // No WADL document at /application.wadl and no WADL body for OPTIONS: not in the contract.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        // Start-up time only, no answer changes. Validation of the resource model repeats, at every
        // start, checks the build's tests already make of these fixed classes (RoutesTest and every
        // test through the routes); a model it would reject fails those tests.
        config.property(ServerProperties.RESOURCE_VALIDATION_DISABLE, true);
        // The readers and writers of javax.xml Sources, DataSource and RenderedImage, which load
        // java.xml and java.desktop classes at start: no resource takes or returns those types.
        config.property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "ALL");

        // No JSON provider: every body, the control route's too, is written by Json and handed to
        // Jersey as bytes, so Jersey's start-up never touches Jackson (which JsonWarmUp makes
        // ready on another thread meanwhile).
        config.register(new StrictUuidConverterProvider());
        config.register(new WebApplicationExceptionMapper());
        config.register(new UnexpectedExceptionMapper());
        if (requestLog != null) {
            config.register(new RequestLogFilter(requestLog));
        }
        config.register(new RequestLimitsFilter());
        config.register(new ErrorBodyFilter());
        config.register(new ServiceHeadersFilter(https));
        config.register(new ApiRequestFilters(API_RESOURCES, key, bearerToken, faults, controlAccess));

        // Resources are registered as classes and get their collaborators injected: registering
        // resource instances works too, but makes Jersey warn at every start.
        ProviderStates states = ProviderStates.of(operations, faults);
        OperationAnswers answers = new OperationAnswers(store, operations);
        config.register(
                new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(operations).to(Operations.class);
                        bind(states).to(ProviderStates.class);
                        bind(answers).to(OperationAnswers.class);
                    }
                });
        API_RESOURCES.keySet().forEach(config::register);
        config.register(ProviderStatesResource.class);
        return config;
    }
}
