package dev.doctranslation.client.pact;

import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import dev.doctranslation.contract.ServiceVersion;

/** The 2024-05-01 consumer pact: {@code target/pacts/doctranslation-client-doctranslation-service-2024-05-01.json}. */
@PactTestFor(providerName = PactVersion.PROVIDER_2024_05_01, pactVersion = PactSpecVersion.V4)
class V20240501ConsumerPactTest extends VersionedConsumerPactContract {
    @Override
    ServiceVersion version() {
        return ServiceVersion.V2024_05_01;
    }
}
