package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceEndpoint;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kit checks: an endpoint in the form the SDK's builder takes (the API path is added),
 * the key it expects, and optionally the provider-state URL that arranges operations.
 *
 * @param endpoint as given, e.g. {@code https://my-translator.cognitiveservices.azure.com}
 * @param apiBase the endpoint with the API path, e.g. {@code .../translator/text/batch/v1.0-preview.1}
 * @param key the subscription key; never printed (see {@link #toString()})
 * @param stateChangeUrl where {@code POST {"state", "params", "action"}} arranges operations
 * @param label how reports name the target
 */
public record Target(URI endpoint, URI apiBase, String key, Optional<URI> stateChangeUrl, String label) {
    public Target {
        Objects.requireNonNull(endpoint, "endpoint == null");
        Objects.requireNonNull(apiBase, "apiBase == null");
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(stateChangeUrl, "stateChangeUrl == null");
        Objects.requireNonNull(label, "label == null");
    }

    /**
     * A target at {@code endpoint}, checked as the SDK's builder checks it (https, or http to
     * loopback or with {@code allowInsecureHttp}; never the global endpoint).
     *
     * @throws IllegalArgumentException naming what is wrong with the endpoint
     */
    public static Target of(String endpoint, String key, Optional<URI> stateChangeUrl, boolean allowInsecureHttp) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        URI apiBase = ServiceEndpoint.apiBase(endpoint, allowInsecureHttp);
        return new Target(URI.create(endpoint), apiBase, key, stateChangeUrl, endpoint);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "Target[" + label + ", states " + stateChangeUrl.map(URI::toString).orElse("none") + "]";
    }
}
