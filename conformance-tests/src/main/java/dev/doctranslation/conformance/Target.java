package dev.doctranslation.conformance;

import dev.doctranslation.contract.ServiceEndpoint;
import dev.doctranslation.contract.ServiceVersion;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kit checks: an endpoint in the form the SDK's builder takes (the API path is added),
 * the key it expects, optionally the provider-state URL that arranges operations, and the service
 * version whose route and rules the checks use.
 *
 * @param endpoint as given, e.g. {@code https://my-translator.cognitiveservices.azure.com}
 * @param apiBase the endpoint with the version's API path, e.g. {@code .../translator/text/batch/v1.0-preview.1}
 * @param key the subscription key; never printed (see {@link #toString()})
 * @param stateChangeUrl where {@code POST {"state", "params", "action"}} arranges operations
 * @param label how reports name the target
 * @param version the service version the checks speak: its route, its {@code api-version}, its rules
 */
public record Target(URI endpoint, URI apiBase, String key, Optional<URI> stateChangeUrl, String label,
        ServiceVersion version) {
    public Target {
        Objects.requireNonNull(endpoint, "endpoint == null");
        Objects.requireNonNull(apiBase, "apiBase == null");
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(stateChangeUrl, "stateChangeUrl == null");
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(version, "version == null");
    }

    /** A target of {@code v1.0-preview.1}, the version every target spoke before versions were chosen. */
    public Target(URI endpoint, URI apiBase, String key, Optional<URI> stateChangeUrl, String label) {
        this(endpoint, apiBase, key, stateChangeUrl, label, ServiceVersion.V1_0_PREVIEW_1);
    }

    /**
     * A {@code v1.0-preview.1} target at {@code endpoint}, checked as the SDK's builder checks it
     * (https, or http to loopback or with {@code allowInsecureHttp}; never the global endpoint).
     *
     * @throws IllegalArgumentException naming what is wrong with the endpoint
     */
    public static Target of(String endpoint, String key, Optional<URI> stateChangeUrl, boolean allowInsecureHttp) {
        return of(endpoint, key, stateChangeUrl, allowInsecureHttp, ServiceVersion.V1_0_PREVIEW_1);
    }

    /**
     * As {@link #of(String, String, Optional, boolean)}, for {@code version}: its API path is added.
     *
     * @throws IllegalArgumentException naming what is wrong with the endpoint
     */
    public static Target of(String endpoint, String key, Optional<URI> stateChangeUrl, boolean allowInsecureHttp,
            ServiceVersion version) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        URI apiBase = ServiceEndpoint.apiBase(endpoint, allowInsecureHttp, version);
        return new Target(URI.create(endpoint), apiBase, key, stateChangeUrl, endpoint, version);
    }

    /**
     * The same target speaking {@code other}: its API path takes the place of this version's at the
     * end of the API base, so a gateway prefix before it is kept.
     */
    public Target withVersion(ServiceVersion other) {
        Objects.requireNonNull(other, "other == null");
        if (other == version) {
            return this;
        }
        String path = apiBase.getRawPath();
        String prefix = path.endsWith(version.apiPath()) ? path.substring(0, path.length() - version.apiPath().length())
                : path;
        return new Target(endpoint, URI.create(apiBase.getScheme() + "://" + apiBase.getRawAuthority() + prefix
                + other.apiPath()), key, stateChangeUrl, label, other);
    }

    /**
     * The route of an operation as a user reads it in a message, {@code {id}} in place of an id:
     * {@code https://x/translator/document/batches/{id}?api-version=2024-05-01}.
     */
    String route() {
        return apiBase + "/batches/{id}" + version.apiVersionQuery()
                .map(v -> "?" + ServiceVersion.API_VERSION_PARAMETER + "=" + v).orElse("");
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "Target[" + label + ", " + version + ", states " + stateChangeUrl.map(URI::toString).orElse("none") + "]";
    }
}
