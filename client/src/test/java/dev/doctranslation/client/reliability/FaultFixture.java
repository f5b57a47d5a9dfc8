package dev.doctranslation.client.reliability;

import dev.doctranslation.client.DocumentTranslationClient;
import dev.doctranslation.client.DocumentTranslationClientBuilder;
import dev.doctranslation.client.FakeTime;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every Jupiter reliability test shares: one {@link FaultServer} per test class (a
 * WireMock start costs far more than a test), a fresh {@link FakeTime} per test, and a client
 * builder pointed at both with the test key. Register it with {@code @RegisterExtension} on a
 * static field, so that the server lives as long as the class. jqwik properties have their own lifecycle and start a {@link FaultServer} by hand.
 */
final class FaultFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final String echo;
    private FaultServer server;
    private FakeTime time;

    FaultFixture() {
        this("");
    }

    private FaultFixture(String echo) {
        this.echo = echo;
    }

    /** A fixture whose server echoes {@code text} (usually the key) in its answers, as a careless server might. */
    static FaultFixture echoing(String text) {
        return new FaultFixture(text);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new FaultServer().echoing(echo);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        time = new FakeTime();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** The class's server; each test scripts it afresh. */
    FaultServer server() {
        return server;
    }

    /** This test's clock and sleeper: retries and polls cost no real time, and every wait is recorded. */
    FakeTime time() {
        return time;
    }

    /** A builder for the server: test key, this test's fake time; the test adds what it varies. */
    DocumentTranslationClientBuilder builder() {
        return builder(server.endpoint());
    }

    /** {@link #builder()} for another endpoint (a second server, an address the test picks). */
    DocumentTranslationClientBuilder builder(String endpoint) {
        return DocumentTranslationClient.builder().endpoint(endpoint).subscriptionKey(Payloads.KEY)
                .clock(time).sleeper(time);
    }
}
