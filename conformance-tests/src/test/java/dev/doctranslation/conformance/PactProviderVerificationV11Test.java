package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The v1.1 pact verified against the Maven run's target, at the v1.1 route, when the run checks v1.1. */
@Provider("doctranslation-service-v1.1")
@PactFolder("pacts")
class PactProviderVerificationV11Test extends ConfiguredPactVerification {
}
