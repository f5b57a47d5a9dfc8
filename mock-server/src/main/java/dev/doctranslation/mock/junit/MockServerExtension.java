package dev.doctranslation.mock.junit;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.mock.Arrangement;
import dev.doctranslation.mock.Faults;
import dev.doctranslation.mock.MockServer;
import dev.doctranslation.mock.Operations;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A Document Translation mock for JUnit 5 tests, in two forms, as WireMock's extension:
 *
 * <ul>
 *   <li>declarative, with the settings an annotation can hold: {@link MockServerTest};
 *   <li>programmatic, with every setting of {@link MockServer.Builder} (a clock, a pace ...):
 *       <pre>{@code
 * @RegisterExtension
 * static MockServerExtension mock = MockServerExtension.builder().clock(clock).pace(Duration.ofSeconds(10)).build();
 *       }</pre>
 * </ul>
 *
 * <p>Held in a static field (or declared with the annotation), one mock serves the test class and a
 * {@code @Nested} class shares it; held in an instance field, each test gets its own. Either way
 * its operations and faults are forgotten before each test, so tests cannot see each other's. A
 * test method receives the mock as a {@link MockServer} parameter and arranged operations as
 * {@link ArrangedOperation} parameters; the programmatic form also answers for the mock itself
 * ({@link #baseUrl()}, {@link #key()}, {@link #operations()} ...) once it runs.
 */
public final class MockServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Null for the declarative form: its settings are read from the annotation at start. */
    private final MockServer.Builder settings;
    private MockServer server;
    /** The unique id of the class or test the mock was started for: only its end stops it. */
    private String owner;

    /** The declarative form, for {@link MockServerTest}; settings from the annotation. */
    public MockServerExtension() {
        this(null);
    }

    private MockServerExtension(MockServer.Builder settings) {
        this.settings = settings;
    }

    /** The programmatic form, for {@code @RegisterExtension}; every setting has the builder's default. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server == null) { // else an enclosing class's mock
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            start(context); // held in an instance field: registered after the class had started
        } else {
            server.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfStartedFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedFor(context);
    }

    /** The running mock. */
    public MockServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "No mock is running: register the extension with @RegisterExtension, or annotate the"
                            + " test class with @MockServerTest, and use it from a test");
        }
        return server;
    }

    /** The running mock's {@link MockServer#baseUrl()}. */
    public URI baseUrl() {
        return server().baseUrl();
    }

    /** The running mock's {@link MockServer#apiBase(ServiceVersion)}. */
    public URI apiBase(ServiceVersion version) {
        return server().apiBase(version);
    }

    /** The running mock's {@link MockServer#tlsCertificate()}. */
    public Optional<Path> tlsCertificate() {
        return server().tlsCertificate();
    }

    /** The running mock's {@link MockServer#statesUrl()}. */
    public URI statesUrl() {
        return server().statesUrl();
    }

    /** The running mock's {@link MockServer#port()}. */
    public int port() {
        return server().port();
    }

    /** The running mock's {@link MockServer#key()}. */
    public String key() {
        return server().key();
    }

    /** The running mock's {@link MockServer#operations()}. */
    public Operations operations() {
        return server().operations();
    }

    /** The running mock's {@link MockServer#faults()}. */
    public Faults faults() {
        return server().faults();
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
        if (server == null) {
            throw new ParameterResolutionException("No mock is running: annotate the test class with @MockServerTest");
        }
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

    private void start(ExtensionContext context) {
        server = (settings != null ? settings : fromAnnotation(context)).start();
        owner = context.getUniqueId();
    }

    private void stopIfStartedFor(ExtensionContext context) {
        if (server != null && context.getUniqueId().equals(owner)) {
            server.close();
            server = null;
            owner = null;
        }
    }

    private static MockServer.Builder fromAnnotation(ExtensionContext context) {
        MockServer.Builder builder = MockServer.builder();
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MockServerTest.class)
                .ifPresent(settings -> {
                    builder.port(settings.port()).cancelSettleDelay(Duration.ofMillis(settings.cancelSettleMillis()));
                    if (!settings.key().isEmpty()) {
                        builder.key(settings.key());
                    }
                });
        return builder;
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

    /**
     * The programmatic form's settings: those of {@link MockServer.Builder}, each with its default
     * and its checks, which happen as each is set.
     */
    public static final class Builder {

        private final MockServer.Builder settings = MockServer.builder();

        private Builder() {}

        /** See {@link MockServer.Builder#host}. */
        public Builder host(String host) {
            settings.host(host);
            return this;
        }

        /** See {@link MockServer.Builder#port}. */
        public Builder port(int port) {
            settings.port(port);
            return this;
        }

        /** See {@link MockServer.Builder#key}. */
        public Builder key(String key) {
            settings.key(key);
            return this;
        }

        /** See {@link MockServer.Builder#clock}: a clock the test moves makes answers repeatable. */
        public Builder clock(Clock clock) {
            settings.clock(clock);
            return this;
        }

        /** See {@link MockServer.Builder#pace}. */
        public Builder pace(Duration pace) {
            settings.pace(pace);
            return this;
        }

        /** See {@link MockServer.Builder#parallelism}. */
        public Builder parallelism(int parallelism) {
            settings.parallelism(parallelism);
            return this;
        }

        /** See {@link MockServer.Builder#cancelSettleDelay}. */
        public Builder cancelSettleDelay(Duration delay) {
            settings.cancelSettleDelay(delay);
            return this;
        }

        /** See {@link MockServer.Builder#latency}. */
        public Builder latency(Duration latency) {
            settings.latency(latency);
            return this;
        }

        /** See {@link MockServer.Builder#throttleEvery}. */
        public Builder throttleEvery(int every) {
            settings.throttleEvery(every);
            return this;
        }

        /** See {@link MockServer.Builder#unavailableBursts}. */
        public Builder unavailableBursts(int every, int burst) {
            settings.unavailableBursts(every, burst);
            return this;
        }

        /** See {@link MockServer.Builder#retryAfterSeconds}. */
        public Builder retryAfterSeconds(int seconds) {
            settings.retryAfterSeconds(seconds);
            return this;
        }

        /** See {@link MockServer.Builder#requestLog(boolean)}. */
        public Builder requestLog(boolean on) {
            settings.requestLog(on);
            return this;
        }

        /** See {@link MockServer.Builder#headerReadTimeout}. */
        public Builder headerReadTimeout(Duration timeout) {
            settings.headerReadTimeout(timeout);
            return this;
        }

        /** See {@link MockServer.Builder#adminToken}. */
        public Builder adminToken(String token) {
            settings.adminToken(token);
            return this;
        }

        /** See {@link MockServer.Builder#bearerToken}. */
        public Builder bearerToken(String token) {
            settings.bearerToken(token);
            return this;
        }

        /** See {@link MockServer.Builder#tls}. */
        public Builder tls(boolean on) {
            settings.tls(on);
            return this;
        }

        /** See {@link MockServer.Builder#tlsCertificateOut}. */
        public Builder tlsCertificateOut(Path file) {
            settings.tlsCertificateOut(file);
            return this;
        }

        /** See {@link MockServer.Builder#retention}. */
        public Builder retention(Duration keepFinished) {
            settings.retention(keepFinished);
            return this;
        }

        /** See {@link MockServer.Builder#maxOperations}. */
        public Builder maxOperations(int max) {
            settings.maxOperations(max);
            return this;
        }

        /** The extension; it starts a mock with these settings when JUnit calls it. */
        public MockServerExtension build() {
            return new MockServerExtension(settings);
        }
    }
}
