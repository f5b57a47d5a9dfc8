package dev.doctranslation.contract;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The versions of the Document Translation batch service this kit implements, each with its own
 * hand-written spec in the openapi module. Every module keys its version-specific behaviour on this
 * one type: the route, the {@code api-version} query parameter, the error envelope and the
 * authentication schemes a version declares.
 *
 * <p>The {@code v1.x} versions share one wire shape and differ in their path (and {@code v1.1} adds
 * an optional {@code @failedDocumentStatusLink}); {@code 2024-05-01} moves the route, asks for an
 * {@code api-version} query parameter and answers errors in the Azure Core shape.
 */
public enum ServiceVersion {
    /** The version of the reference page, and the one every decision of the kit started from. */
    V1_0_PREVIEW_1("v1.0-preview.1", "/translator/text/batch/v1.0-preview.1", null, ErrorEnvelope.TRANSLATION_ERROR,
            false, true, "document-translation.yaml"),
    /** The first GA version: the preview's shapes at a new path. */
    V1_0("v1.0", "/translator/text/batch/v1.0", null, ErrorEnvelope.TRANSLATION_ERROR, false, false,
            "document-translation-v1.0.yaml"),
    /** v1.0's shapes, plus an optional {@code @failedDocumentStatusLink} in the status. */
    V1_1("v1.1", "/translator/text/batch/v1.1", null, ErrorEnvelope.TRANSLATION_ERROR, false, false,
            "document-translation-v1.1.yaml"),
    /** The Azure Core generation: {@code /translator/document} with {@code ?api-version=2024-05-01}. */
    V2024_05_01("2024-05-01", "/translator/document", "2024-05-01", ErrorEnvelope.AZURE_CORE, true, false,
            "document-translation-2024-05-01.yaml");

    /** How a version wraps its errors. */
    public enum ErrorEnvelope {
        /** {@code {"error": {code, message, target, innerError}}} with the seven documented codes. */
        TRANSLATION_ERROR,
        /**
         * Azure Core's {@code {"error": {code, message, target, details[], innererror}}}, with the code
         * repeated in the {@code x-ms-error-code} header.
         */
        AZURE_CORE
    }

    /** The name of the {@code api-version} query parameter of the Azure Core generation. */
    public static final String API_VERSION_PARAMETER = "api-version";

    private final String id;
    private final String apiPath;
    private final String apiVersionQuery;
    private final ErrorEnvelope errorEnvelope;
    private final boolean acceptsBearerToken;
    private final boolean preview;
    private final String specFile;

    ServiceVersion(String id, String apiPath, String apiVersionQuery, ErrorEnvelope errorEnvelope,
            boolean acceptsBearerToken, boolean preview, String specFile) {
        this.id = id;
        this.apiPath = apiPath;
        this.apiVersionQuery = apiVersionQuery;
        this.errorEnvelope = errorEnvelope;
        this.acceptsBearerToken = acceptsBearerToken;
        this.preview = preview;
        this.specFile = specFile;
    }

    /** The version as the service names it, for example {@code v1.1} or {@code 2024-05-01}. */
    public String id() {
        return id;
    }

    /** The base path of the API under an endpoint (the spec's server path), without a trailing slash. */
    public String apiPath() {
        return apiPath;
    }

    /** The {@code api-version} query value this version requires, if it uses one. */
    public Optional<String> apiVersionQuery() {
        return Optional.ofNullable(apiVersionQuery);
    }

    public ErrorEnvelope errorEnvelope() {
        return errorEnvelope;
    }

    /** Whether the version's spec declares OAuth2 bearer tokens as an alternative to the key. */
    public boolean acceptsBearerToken() {
        return acceptsBearerToken;
    }

    public boolean isPreview() {
        return preview;
    }

    /** The file name of this version's spec, under {@code META-INF/openapi/} in the openapi jar. */
    public String specFile() {
        return specFile;
    }

    /** The classpath resource of this version's spec, as the openapi jar ships it. */
    public String specResource() {
        return "META-INF/openapi/" + specFile;
    }

    /**
     * The path and query of operation {@code id} under this version, relative to the endpoint's
     * root: {@code /translator/document/batches/ID?api-version=2024-05-01}.
     */
    public String operationPath(String operationId) {
        String path = apiPath + "/batches/" + operationId;
        return apiVersionQuery == null ? path : path + "?" + API_VERSION_PARAMETER + "=" + apiVersionQuery;
    }

    /** The URI of operation {@code id} under an API base built by {@link ServiceEndpoint#apiBase}. */
    public URI operationUri(URI apiBase, String operationId) {
        String base = apiBase.toString();
        String query = apiVersionQuery == null ? "" : "?" + API_VERSION_PARAMETER + "=" + apiVersionQuery;
        return URI.create(base + "/batches/" + operationId + query);
    }

    /** The latest generally available version this kit implements: the SDK's default. */
    public static ServiceVersion latest() {
        return V2024_05_01;
    }

    /** Every version, oldest first. */
    public static List<ServiceVersion> all() {
        return List.of(values());
    }

    /**
     * The version named {@code id} (as the service names it, letter case ignored).
     *
     * @throws IllegalArgumentException naming the input and the supported versions
     */
    public static ServiceVersion fromId(String id) {
        if (id != null) {
            for (ServiceVersion v : values()) {
                if (v.id.equalsIgnoreCase(id.trim())) {
                    return v;
                }
            }
        }
        throw new IllegalArgumentException("service version '" + id + "' is not implemented; expected one of "
                + supportedIds());
    }

    /** The supported version ids, comma separated, for messages. */
    public static String supportedIds() {
        return Arrays.stream(values()).map(ServiceVersion::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
