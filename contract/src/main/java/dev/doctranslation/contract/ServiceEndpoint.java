package dev.doctranslation.contract;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The contract's endpoint rules, shared by the SDK's builder and the kit: turns what a user passes
 * as endpoint into the API's base URL, refusing what cannot work. Only a resource's custom domain
 * serves Document Translation; the global Translator endpoint does not, and plain http is refused
 * off loopback unless asked for, since it would carry the subscription key in clear text.
 */
public final class ServiceEndpoint {
    /**
     * The base path of the {@code v1.0-preview.1} API under an endpoint, from its spec's
     * {@code servers[0].url}; other versions' paths are {@link ServiceVersion#apiPath()}.
     */
    public static final String API_PATH = "/translator/text/batch/v1.0-preview.1";
    /** The global Translator endpoint, which does not serve Document Translation. */
    public static final String GLOBAL_ENDPOINT = "api.cognitive.microsofttranslator.com";

    private ServiceEndpoint() {}

    /**
     * Accepts {@code https://<resource>.cognitiveservices.azure.com} (the API path is added) or a
     * URL that already ends with the API path; a different path is taken as a gateway prefix and
     * the API path is added after it.
     *
     * @throws IllegalArgumentException naming the endpoint and what was expected instead
     */
    public static URI apiBase(String endpoint, boolean allowInsecureHttp) {
        return apiBase(endpoint, allowInsecureHttp, ServiceVersion.V1_0_PREVIEW_1);
    }

    /**
     * As {@link #apiBase(String, boolean)}, for {@code version}: its API path is added unless the
     * endpoint already ends with it.
     *
     * @throws IllegalArgumentException naming the endpoint and what was expected instead
     */
    public static URI apiBase(String endpoint, boolean allowInsecureHttp, ServiceVersion version) {
        String apiPath = version.apiPath();
        URI uri;
        try {
            uri = new URI(endpoint.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint is not a URL: '" + endpoint + "' (" + e.getReason()
                    + "); expected https://<your-resource>.cognitiveservices.azure.com", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("endpoint must be an absolute http(s) URL with a host: '" + endpoint
                    + "'; expected https://<your-resource>.cognitiveservices.azure.com");
        }
        if (host.equalsIgnoreCase(GLOBAL_ENDPOINT)) {
            throw new IllegalArgumentException("endpoint " + GLOBAL_ENDPOINT + " is the global Translator endpoint,"
                    + " which does not serve Document Translation; use your Translator resource's custom domain"
                    + " endpoint, https://<your-resource>.cognitiveservices.azure.com");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(host)) {
            throw new IllegalArgumentException("endpoint '" + endpoint + "' uses plain http to a host that is not"
                    + " loopback, which would send the subscription key in clear text; use https, or opt in with"
                    + " allowInsecureHttp(true) for a trusted test network");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint must not have a query or fragment: '" + endpoint + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.endsWith(apiPath)) {
            path = path + apiPath;
        }
        String authority = uri.getRawAuthority();
        return URI.create(scheme + "://" + authority + path);
    }

    /** Whether {@code host} is a loopback name or literal address; never looks a name up. */
    public static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked, so that no DNS lookup happens while building a client.
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
