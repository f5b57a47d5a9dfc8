package dev.doctranslation.client.pact;

import dev.doctranslation.contract.ServiceVersion;
import java.util.List;
import java.util.Optional;

/**
 * What a version's consumer pact changes from the {@code v1.0-preview.1} pact: the provider name
 * (and with it the file name), the route and {@code 2024-05-01}'s {@code api-version} query. One
 * pact file per version, all in {@code target/pacts}:
 * {@code doctranslation-client-doctranslation-service-<version id>.json}. The preview's keeps its
 * first name, {@code doctranslation-client-doctranslation-service.json}.
 */
record PactVersion(ServiceVersion version) {
    /** The versions with a pact of their own beside the preview's. */
    static final List<PactVersion> LATER = List.of(new PactVersion(ServiceVersion.V1_0),
            new PactVersion(ServiceVersion.V1_1), new PactVersion(ServiceVersion.V2024_05_01));

    static final String PROVIDER_V1_0 = PactTerms.PROVIDER + "-v1.0";
    static final String PROVIDER_V1_1 = PactTerms.PROVIDER + "-v1.1";
    static final String PROVIDER_2024_05_01 = PactTerms.PROVIDER + "-2024-05-01";

    /** {@code doctranslation-service-<version id>}. */
    String provider() {
        return PactTerms.PROVIDER + "-" + version.id();
    }

    /** The file Pact JVM writes: consumer and provider names joined. */
    String fileName() {
        return PactTerms.CONSUMER + "-" + provider() + ".json";
    }

    /** The provider fills {@code ${id}} in from the id its state change answered. */
    String pathFromState() {
        return version.apiPath() + "/batches/${id}";
    }

    String examplePath(String id) {
        return version.apiPath() + "/batches/" + id;
    }

    /** {@code api-version=2024-05-01} for the version that requires it. */
    Optional<String> query() {
        return version.apiVersionQuery().map(value -> ServiceVersion.API_VERSION_PARAMETER + "=" + value);
    }
}
