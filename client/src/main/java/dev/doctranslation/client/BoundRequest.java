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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * One operation of a generated Feign interface, bound once: Feign's own contract reads the
 * method's {@code @RequestLine} and {@code @Headers}, Feign's own templates expand them with every
 * argument but the id, and what comes out (the method, the host, the path and query before and
 * after the id, the fixed headers) is kept. A call then only puts the id in and adds the credential.
 *
 * <p>The generated interface stays the one binding to the spec, read by Feign itself, so a
 * regenerated interface changes what is sent; what is left out is Feign's proxy, which resolved
 * the same templates again for every call and copied the request and the answer between its types
 * and the transport's (a fifth of a call's time, measured in the benchmarks' findings).
 */
final class BoundRequest {
    /** Stands for the id while the URL is expanded; a UUID's text needs no escaping, so it comes out as it went in. */
    private static final UUID PLACEHOLDER = new UUID(0x0123456789abcdefL, 0xfedcba9876543210L);

    private final String method;
    private final HttpHost host;
    /** The path before the id, and the rest of the path and the query after it, as sent. */
    private final String pathBeforeId;
    private final String pathAfterId;
    private final Header[] headers;

    private BoundRequest(String method, HttpHost host, String pathBeforeId, String pathAfterId, Header[] headers) {
        this.method = method;
        this.host = host;
        this.pathBeforeId = pathBeforeId;
        this.pathAfterId = pathAfterId;
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
        List<Header> headers = new ArrayList<>();
        request.headers().forEach((name, headerValues) -> headerValues.forEach(value -> {
            if (!name.equalsIgnoreCase(HttpTransport.ACCEPT_ENCODING)) {
                headers.add(new BasicHeader(name, value));
            }
        }));
        // Every request asks for the body as sent, so the exchange listener sees its bytes as they came.
        headers.add(new BasicHeader(HttpTransport.ACCEPT_ENCODING, HttpTransport.IDENTITY));
        // The host once, so that a call builds no URI: only the path changes with the id.
        HttpHost host = HttpHost.create(URI.create(url));
        int pathStart = url.indexOf('/', url.indexOf("://") + 3);
        return new BoundRequest(request.httpMethod().name(), host, url.substring(pathStart, at),
                url.substring(at + placeholder.length()), headers.toArray(Header[]::new));
    }

    /** One attempt's request: the id put in, the credential (read now) added. */
    ClassicHttpRequest request(UUID id, CredentialHeaders credential) {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(method, host, pathBeforeId + id + pathAfterId);
        request.setHeaders(headers);
        credential.addTo(request);
        return request;
    }

    @Override
    public String toString() {
        return method + " " + host.toURI() + pathBeforeId + "{id}" + pathAfterId;
    }
}
