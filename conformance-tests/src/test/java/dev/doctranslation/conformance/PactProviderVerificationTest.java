package dev.doctranslation.conformance;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The v1.0-preview.1 pact verified against the Maven run's target (the embedded mock unless one is named). */
@Provider("doctranslation-service")
@PactFolder("pacts")
class PactProviderVerificationTest extends ConfiguredPactVerification {
}
