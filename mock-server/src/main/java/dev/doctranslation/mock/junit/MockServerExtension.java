package dev.doctranslation.mock.junit;

import dev.doctranslation.mock.Arrangement;
import dev.doctranslation.mock.MockServer;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link MockServerTest}. One mock per test class (a {@code @Nested} class
 * shares its outer class's mock), reset before each test so tests cannot see each other's
 * operations or faults.
 */
public final class MockServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockServerExtension.class);
    private static final String SERVER = "server";
    private static final String OWNER = "owner";

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.get(SERVER, MockServer.class) != null) {
            return; // an enclosing class's mock
        }
        MockServerTest settings =
                AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MockServerTest.class)
                        .orElse(null);
        MockServer.Builder builder = MockServer.builder();
        if (settings != null) {
            builder
                    .port(settings.port())
                    .cancelSettleDelay(Duration.ofMillis(settings.cancelSettleMillis()));
            if (!settings.key().isEmpty()) {
                builder.key(settings.key());
            }
        }
        store.put(SERVER, builder.start());
        store.put(OWNER, context.getUniqueId());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (context.getUniqueId().equals(store.get(OWNER, String.class))) {
            MockServer server = store.remove(SERVER, MockServer.class);
            store.remove(OWNER);
            if (server != null) {
                server.close();
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (parameter.isAnnotated(ArrangedOperation.class)) {
            return type == UUID.class || type == String.class;
        }
        return type == MockServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MockServer server = server(context);
        Parameter declared = parameter.getParameter();
        return parameter
                .findAnnotation(ArrangedOperation.class)
                .<Object>map(
                        arranged -> {
                            UUID id = arrange(server, arranged, declared);
                            return declared.getType() == String.class ? id.toString() : id;
                        })
                .orElse(server);
    }

    private static UUID arrange(MockServer server, ArrangedOperation arranged, Parameter declared) {
        try {
            return server
                    .operations()
                    .arrange(
                            new Arrangement(
                                    arranged.status(),
                                    orNull(arranged.total()),
                                    orNull(arranged.success()),
                                    orNull(arranged.failed())));
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(
                    "Cannot arrange " + declared + ": " + e.getMessage(), e);
        }
    }

    private static Integer orNull(int count) {
        return count < 0 ? null : count;
    }

    private static MockServer server(ExtensionContext context) {
        MockServer server = context.getStore(NAMESPACE).get(SERVER, MockServer.class);
        if (server == null) {
            throw new ParameterResolutionException(
                    "No mock is running: annotate the test class with @MockServerTest");
        }
        return server;
    }
}
