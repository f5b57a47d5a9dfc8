package dev.doctranslation.client;

import dev.doctranslation.client.implementation.TranslationOperationsApi;
import dev.doctranslation.contract.ServiceVersion;
import feign.Feign;
import feign.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The two operations on the wire, whatever the version: each version's generated Feign interface
 * behind one shape, so the client's methods, retries and decoding are written once.
 */
interface WireOperations {
    Response cancelTranslation(UUID id);

    Response getTranslationStatus(UUID id);

    /** The generated interface of {@code version}'s spec, aimed at {@code apiBase}. */
    static WireOperations create(ServiceVersion version, Feign.Builder feign, URI apiBase) {
        TranslationOperationsApi api = feign.target(TranslationOperationsApi.class, apiBase.toString());
        return new WireOperations() {
            @Override
            public Response cancelTranslation(UUID id) {
                return api.cancelTranslation(id);
            }

            @Override
            public Response getTranslationStatus(UUID id) {
                return api.getTranslationStatus(id);
            }
        };
    }
}
