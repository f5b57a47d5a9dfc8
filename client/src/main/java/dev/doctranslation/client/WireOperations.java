package dev.doctranslation.client;

import dev.doctranslation.client.implementation.TranslationOperationsApi;
import dev.doctranslation.client.implementation.TranslationOperationsV10Api;
import dev.doctranslation.client.implementation.TranslationOperationsV11Api;
import dev.doctranslation.client.implementation.TranslationOperationsV20240501Api;
import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.core5.http.ClassicHttpRequest;

/**
 * The two operations on the wire, whatever the version: the requests of each version's Feign
 * interface, generated from its own spec and bound once ({@link BoundRequest}), behind one shape,
 * so that the client's methods, retries and decoding are written once. Each spec's server URL ends
 * with the version's API path and its operations are {@code /batches/{id}}, so every interface is
 * aimed at the same API base.
 */
final class WireOperations {
    private final BoundRequest cancel;
    private final BoundRequest status;
    private final CredentialHeaders credential;

    private WireOperations(BoundRequest cancel, BoundRequest status, CredentialHeaders credential) {
        this.cancel = cancel;
        this.status = status;
        this.credential = credential;
    }

    /** The generated interface of {@code version}'s spec, aimed at {@code apiBase}, signed by {@code credential}. */
    static WireOperations create(ServiceVersion version, URI apiBase, CredentialHeaders credential) {
        Class<?> api = switch (version) {
            case V1_0_PREVIEW_1 -> TranslationOperationsApi.class;
            case V1_0 -> TranslationOperationsV10Api.class;
            case V1_1 -> TranslationOperationsV11Api.class;
            case V2024_05_01 -> TranslationOperationsV20240501Api.class;
        };
        // The required api-version query parameter where the version has one, the value it names.
        Map<String, String> arguments = version.apiVersionQuery().map(value -> Map.of("apiVersion", value))
                .orElse(Map.of());
        String url = apiBase.toString();
        return new WireOperations(BoundRequest.bind(api, "cancelTranslation", url, arguments),
                BoundRequest.bind(api, "getTranslationStatus", url, arguments), credential);
    }

    /** One attempt's request to cancel {@code id}; the credential is read now. */
    ClassicHttpRequest cancelTranslation(UUID id) {
        return cancel.request(id, credential);
    }

    /** One attempt's request for the status of {@code id}; the credential is read now. */
    ClassicHttpRequest getTranslationStatus(UUID id) {
        return status.request(id, credential);
    }
}
