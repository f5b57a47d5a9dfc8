package dev.doctranslation.client.pact;

import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import dev.doctranslation.contract.ServiceVersion;

/** The v1.0 consumer pact: {@code target/pacts/doctranslation-client-doctranslation-service-v1.0.json}. */
@PactTestFor(providerName = PactVersion.PROVIDER_V1_0, pactVersion = PactSpecVersion.V4)
class V10ConsumerPactTest extends VersionedConsumerPactContract {
    @Override
    ServiceVersion version() {
        return ServiceVersion.V1_0;
    }
}
