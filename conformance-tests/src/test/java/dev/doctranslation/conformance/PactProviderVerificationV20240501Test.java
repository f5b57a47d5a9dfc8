package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The 2024-05-01 pact verified against the Maven run's target, at the 2024-05-01 route, when the run checks 2024-05-01. */
@Provider("doctranslation-service-2024-05-01")
@PactFolder("pacts")
class PactProviderVerificationV20240501Test extends ConfiguredPactVerification {
}
