package dev.doctranslation.client;

import dev.doctranslation.client.implementation.TranslationOperationsApi;
import dev.doctranslation.client.implementation.TranslationOperationsV10Api;
import dev.doctranslation.client.implementation.TranslationOperationsV11Api;
import dev.doctranslation.client.implementation.TranslationOperationsV20240501Api;
import dev.doctranslation.contract.ServiceVersion;
import feign.Feign;
import feign.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The two operations on the wire, whatever the version: each version's Feign interface, generated
 * from its own spec, behind one shape, so that the client's methods, retries and decoding are
 * written once. Each spec's server URL ends with the version's API path and its operations are
 * {@code /batches/{id}}, so every interface is aimed at the same API base.
 */
interface WireOperations {
    Response cancelTranslation(UUID id);

    Response getTranslationStatus(UUID id);

    /** The generated interface of {@code version}'s spec, aimed at {@code apiBase}. */
    static WireOperations create(ServiceVersion version, Feign.Builder feign, URI apiBase) {
        String url = apiBase.toString();
        return switch (version) {
            case V1_0_PREVIEW_1 -> {
                TranslationOperationsApi api = feign.target(TranslationOperationsApi.class, url);
                yield of(api::cancelTranslation, api::getTranslationStatus);
            }
            case V1_0 -> {
                TranslationOperationsV10Api api = feign.target(TranslationOperationsV10Api.class, url);
                yield of(api::cancelTranslation, api::getTranslationStatus);
            }
            case V1_1 -> {
                TranslationOperationsV11Api api = feign.target(TranslationOperationsV11Api.class, url);
                yield of(api::cancelTranslation, api::getTranslationStatus);
            }
            case V2024_05_01 -> {
                TranslationOperationsV20240501Api api = feign.target(TranslationOperationsV20240501Api.class, url);
                // The required api-version query parameter, the value the version names.
                String apiVersion = version.apiVersionQuery().orElseThrow();
                yield of(id -> api.cancelTranslation(id, apiVersion), id -> api.getTranslationStatus(id, apiVersion));
            }
        };
    }

    private static WireOperations of(Call cancel, Call status) {
        return new WireOperations() {
            @Override
            public Response cancelTranslation(UUID id) {
                return cancel.send(id);
            }

            @Override
            public Response getTranslationStatus(UUID id) {
                return status.send(id);
            }
        };
    }

    /** One generated method with everything but the id bound. */
    @FunctionalInterface
    interface Call {
        Response send(UUID id);
    }
}
