package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import dev.doctranslation.contract.ServiceVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * A version's pact verified against the Maven run's target (the embedded mock unless one is named),
 * at that version's route. The version is the one the subclass's {@code @Provider} names: the
 * client names each version's provider {@code doctranslation-service-<version id>}, the preview's
 * {@code doctranslation-service}. A version the run does not check ({@code -Dconformance.serviceVersion},
 * or the target's default) is skipped, saying so.
 */
abstract class ConfiguredPactVerification extends PactVerification {
    private static ConfiguredTarget configured;
    private static ServiceVersion version;

    @BeforeAll
    static void chooseTarget(TestInfo info) {
        Class<?> test = info.getTestClass().orElseThrow();
        version = versionOf(test.getAnnotation(Provider.class).value());
        configured = ConfiguredTarget.fromSystemProperties();
        Assumptions.assumeTrue(configured.checks(version), "this run does not check " + version);
    }

    @AfterAll
    static void stop() {
        configured.close();
    }

    @Override
    protected Target target() {
        return configured.target(version);
    }

    /** The version of a pact's provider name. */
    static ServiceVersion versionOf(String provider) {
        return provider.equals(InteractionVerifier.PROVIDER) ? ServiceVersion.V1_0_PREVIEW_1
                : ServiceVersion.fromId(provider.substring(InteractionVerifier.PROVIDER.length() + 1));
    }
}
