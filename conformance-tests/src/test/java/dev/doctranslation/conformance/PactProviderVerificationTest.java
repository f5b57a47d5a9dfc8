package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pact verified against the Maven run's target (the embedded mock unless one is named). */
@Provider("doctranslation-service")
@PactFolder("pacts")
class PactProviderVerificationTest extends PactVerification {
    private static ConfiguredTarget configured;

    @BeforeAll
    static void chooseTarget() {
        configured = ConfiguredTarget.fromSystemProperties();
    }

    @AfterAll
    static void stop() {
        configured.close();
    }

    @Override
    protected Target target() {
        return configured.target();
    }
}
