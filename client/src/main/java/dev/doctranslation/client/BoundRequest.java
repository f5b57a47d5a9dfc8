package dev.doctranslation.client;

import feign.Contract;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.Headers;

/**
 * One operation of a generated Feign interface, bound once: Feign's own contract reads the
 * method's {@code @RequestLine} and {@code @Headers}, Feign's own templates expand them with every
 * argument but the id, and what comes out (the method, the URL before and after the id, the fixed
 * headers) is kept. A call then only puts the id in and adds the credential.
 *
 * <p>The generated interface stays the one binding to the spec, read by Feign itself, so a
 * regenerated interface changes what is sent; what is left out is Feign's proxy, which resolved
 * the same templates again for every call and copied the request and the answer between its types
 * and OkHttp's (a fifth of a call's time, measured in the benchmarks' findings).
 */
final class BoundRequest {
    /** Stands for the id while the URL is expanded; a UUID's text needs no escaping, so it comes out as it went in. */
    private static final UUID PLACEHOLDER = new UUID(0x0123456789abcdefL, 0xfedcba9876543210L);

    private final String method;
    private final String urlBeforeId;
    private final String urlAfterId;
    private final Headers headers;

    private BoundRequest(String method, String urlBeforeId, String urlAfterId, Headers headers) {
        this.method = method;
        this.urlBeforeId = urlBeforeId;
        this.urlAfterId = urlAfterId;
        this.headers = headers;
    }

    /**
     * Binds {@code methodName} of {@code api}, aimed at {@code apiBase}.
     *
     * @param arguments the values of the method's other parameters, by their {@code @Param} name
     * @throws IllegalArgumentException if the interface has no such method, it takes no UUID id, or
     *     an argument is missing
     */
    static BoundRequest bind(Class<?> api, String methodName, String apiBase, Map<String, String> arguments) {
        MethodMetadata metadata = new Contract.Default().parseAndValidateMetadata(api).stream()
                .filter(m -> m.method().getName().equals(methodName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(api.getSimpleName() + " has no method " + methodName));
        Class<?>[] types = metadata.method().getParameterTypes();
        Map<String, Object> values = new HashMap<>();
        boolean hasId = false;
        for (Map.Entry<Integer, Collection<String>> parameter : metadata.indexToName().entrySet()) {
            for (String name : parameter.getValue()) {
                if (types[parameter.getKey()] == UUID.class) {
                    values.put(name, PLACEHOLDER.toString());
                    hasId = true;
                } else if (arguments.containsKey(name)) {
                    values.put(name, arguments.get(name));
                } else {
                    throw new IllegalArgumentException(metadata.configKey() + " needs a value for " + name);
                }
            }
        }
        if (!hasId) {
            throw new IllegalArgumentException(metadata.configKey() + " takes no UUID id");
        }
        RequestTemplate resolved = RequestTemplate.from(metadata.template()).resolve(values);
        Request request = new Target.HardCodedTarget<>(api, apiBase).apply(resolved);
        String url = request.url();
        String placeholder = PLACEHOLDER.toString();
        int at = url.indexOf(placeholder);
        if (at < 0 || url.lastIndexOf(placeholder) != at) {
            throw new IllegalArgumentException(metadata.configKey() + " does not put the id in its URL exactly once: "
                    + url);
        }
        Headers.Builder headers = new Headers.Builder();
        request.headers().forEach((name, headerValues) -> headerValues.forEach(value -> headers.add(name, value)));
        // The transport asks for the body as sent on every request; naming it here, once, spares
        // its interceptor rebuilding each request to add it.
        headers.set(OkHttpTransport.ACCEPT_ENCODING, OkHttpTransport.IDENTITY);
        return new BoundRequest(request.httpMethod().name(), url.substring(0, at),
                url.substring(at + placeholder.length()), headers.build());
    }

    /** The request for operation {@code id}, with the credential's headers. */
    okhttp3.Request request(UUID id, CredentialHeaders credential) {
        okhttp3.Request.Builder request = new okhttp3.Request.Builder()
                .url(urlBeforeId + id + urlAfterId)
                .headers(headers)
                .method(method, null);
        credential.addTo(request);
        return request.build();
    }

    /** The method and the URL with {@code {id}} for the id. */
    @Override
    public String toString() {
        return method + " " + urlBeforeId + "{id}" + urlAfterId;
    }
}
