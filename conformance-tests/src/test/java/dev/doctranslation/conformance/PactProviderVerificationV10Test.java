package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The v1.0 pact verified against the Maven run's target, at the v1.0 route, when the run checks v1.0. */
@Provider("doctranslation-service-v1.0")
@PactFolder("pacts")
class PactProviderVerificationV10Test extends ConfiguredPactVerification {
}
