package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * The pact verified against the provider {@link PactVerificationCanFailTest} sets; run only
 * through that test (its name keeps Surefire from running it on its own).
 */
@Provider("doctranslation-service")
@PactFolder("pacts")
class BrokenProviderPactVerification extends PactVerification {
    static volatile Target target;

    @Override
    protected Target target() {
        return target;
    }
}
