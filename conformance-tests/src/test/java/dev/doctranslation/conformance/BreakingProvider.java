package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.doctranslation.contract.ServiceVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * A provider that is the reference mock with one rule broken: a real HTTP server on loopback that
 * forwards every request (provider states included) to an embedded mock and lets a
 * {@link Breakage} rewrite the answer. With no breakage it is transparent.
 */
final class BreakingProvider implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the provider received it, and what it knows of the operation named. */
    record Call(String method, String path, Map<String, List<String>> headers, String id, String arrangedStatus,
            int deletesSoFar, BreakingProvider provider) {
        boolean hasKey() {
            return headers.containsKey("Ocp-Apim-Subscription-Key");
        }
    }

    /** An answer: status, headers and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }

        JsonNode tree() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        Answer withBody(JsonNode tree) {
            return new Answer(status, headers, tree.toString());
        }
    }

    /** Rewrites an answer (or replaces the request's fate) to break one rule. */
    @FunctionalInterface
    interface Breakage {
        Breakage NONE = (call, upstream) -> upstream.get();

        Answer answer(Call call, Upstream upstream) throws IOException, InterruptedException;
    }

    /** The mock behind the provider, for a breakage that wants to ask it something else. */
    interface Upstream {
        Answer get() throws IOException, InterruptedException;

        Answer send(String method, String path, boolean withKey) throws IOException, InterruptedException;

        /** The same request, key included, with another method. */
        Answer as(String method) throws IOException, InterruptedException;
    }

    /** What a TLS front adds to every answer it passes on; {@code security.hsts} looks for it. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final EmbeddedMock mock;
    private final Target upstreamTarget;
    private final HttpServer server;
    private final boolean tls;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> arranged = new ConcurrentHashMap<>();
    private final Map<String, Integer> deletes = new ConcurrentHashMap<>();
    final Map<String, JsonNode> lastStatusRead = new ConcurrentHashMap<>();
    private volatile Breakage breakage = Breakage.NONE;

    BreakingProvider() throws IOException {
        this(null);
    }

    /**
     * The same provider over https, with {@code tls} (see {@link TestTls}), as the mock would be
     * behind a TLS front: every answer it passes on carries {@code Strict-Transport-Security}.
     */
    static BreakingProvider overTls(SSLContext tls) throws IOException {
        return new BreakingProvider(tls);
    }

    private BreakingProvider(SSLContext tlsContext) throws IOException {
        this.mock = EmbeddedMock.start();
        this.upstreamTarget = mock.target();
        this.tls = tlsContext != null;
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls) {
            HttpsServer https = HttpsServer.create(loopback, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tlsContext));
            this.server = https;
        } else {
            this.server = HttpServer.create(loopback, 0);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    void breakWith(Breakage breakage) {
        this.breakage = breakage;
    }

    /** This provider as a kit target: same key and state protocol as the mock behind it. */
    Target target() {
        URI root = URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort());
        return new Target(root, root.resolve(upstreamTarget.apiBase().getRawPath()), upstreamTarget.key(),
                Optional.of(root.resolve("/_states")), "breaking provider at " + root);
    }

    /** This provider as a kit target speaking {@code version}, at that version's route. */
    Target target(ServiceVersion version) {
        return target().withVersion(version);
    }

    String key() {
        return upstreamTarget.key();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            // The version's api-version goes on to the mock with every request of this one.
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            Upstream upstream = new Upstream() {
                @Override
                public Answer get() throws IOException, InterruptedException {
                    return forward(method, path + query, headers, requestBody);
                }

                @Override
                public Answer send(String m, String p, boolean withKey) throws IOException, InterruptedException {
                    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    if (withKey) {
                        h.put("Ocp-Apim-Subscription-Key", List.of(key()));
                    }
                    return forward(m, p + query, h, new byte[0]);
                }

                @Override
                public Answer as(String m) throws IOException, InterruptedException {
                    return forward(m, path + query, headers, new byte[0]);
                }
            };
            Answer answer;
            if (path.equals("/_states")) {
                answer = upstream.get();
                remember(requestBody, answer);
            } else {
                String id = path.contains("/batches/") ? path.substring(path.lastIndexOf('/') + 1).toLowerCase() : "";
                int deletesSoFar = method.equals("DELETE") ? deletes.merge(id, 1, Integer::sum) - 1 : deletes.getOrDefault(id, 0);
                Call call = new Call(method, path, headers, id, arranged.get(id), deletesSoFar, this);
                answer = breakage.answer(call, upstream);
                if (method.equals("GET") && answer.status() == 200 && answer.body().startsWith("{")) {
                    lastStatusRead.put(id, answer.tree());
                }
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer forward(String method, String path, Map<String, List<String>> headers, byte[] body)
            throws IOException, InterruptedException {
        URI upstream = URI.create("http://127.0.0.1:" + upstreamTarget.endpoint().getPort() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(upstream)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : Set.of("Ocp-Apim-Subscription-Key", "Content-Type", "Accept")) {
            List<String> values = headers.get(name);
            if (values != null) {
                values.forEach(v -> request.header(name, v));
            }
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> answerHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                    && !name.equalsIgnoreCase("connection") && !name.equalsIgnoreCase("date") && !name.startsWith(":")) {
                answerHeaders.put(name, values.get(0));
            }
        });
        if (tls) {
            answerHeaders.put("Strict-Transport-Security", HSTS);
        }
        return new Answer(response.statusCode(), answerHeaders, response.body());
    }

    private void remember(byte[] requestBody, Answer answer) throws IOException {
        JsonNode request = JSON.readTree(requestBody);
        if (answer.status() == 200 && "setup".equals(request.path("action").asText())
                && "a translation operation exists".equals(request.path("state").asText())) {
            arranged.put(answer.tree().path("id").asText().toLowerCase(), request.path("params").path("status").asText());
        }
    }

    static ObjectNode object(Answer answer) {
        return (ObjectNode) answer.tree();
    }

    @Override
    public void close() {
        server.stop(0);
        mock.close();
    }
}
