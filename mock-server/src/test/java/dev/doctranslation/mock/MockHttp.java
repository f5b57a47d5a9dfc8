package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion;
import dev.doctranslation.contract.models.TranslationStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Real HTTP over loopback to a running mock. Every response goes through {@link ContractCheck}
 * before a test sees it, so no test can forget to check one; every 200 of an operation is also
 * checked against the earlier observations of that operation ({@link OperationHistory}), and no
 * response may contain the subscription key.
 *
 * <p>The JDK client runs at its default version, HTTP/2: on plain http it offers an h2c upgrade
 * on each new connection, as users' clients and Pact's verifier do, and the mock answers over
 * HTTP/1.1.
 */
final class MockHttp {

    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    static final HttpClient CLIENT = newClient();
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<MockServer> mock;
    private final HttpClient client;
    private final OperationHistory history;

    MockHttp(MockServer mock) {
        this(() -> mock);
    }

    /**
     * For a mock that runs later than this is made: a {@code MockServerExtension}'s, which starts
     * before the class's tests ({@code new MockHttp(extension::server)}).
     */
    MockHttp(Supplier<MockServer> mock) {
        this(mock, CLIENT, new OperationHistory());
    }

    /** Shares {@code history} with other instances that observe the same mock. */
    MockHttp(MockServer mock, HttpClient client, OperationHistory history) {
        this(() -> mock, client, history);
    }

    /** As above, for a mock that runs later than this is made. */
    MockHttp(Supplier<MockServer> mock, HttpClient client, OperationHistory history) {
        this.mock = mock;
        this.client = client;
        this.history = history;
    }

    /** A client of its own, so a test can hold its own connections. */
    static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * One response and what the checks found in it: the contract's rules it breaks (raw, typed and
     * transition), and whether it carries the subscription key.
     */
    record Checked(HttpResponse<String> response, List<String> violations, boolean leaksKey) {

        List<String> problems() {
            List<String> problems = new ArrayList<>(violations);
            if (leaksKey) {
                problems.add(response.request().method() + " " + response.request().uri().getRawPath()
                        + ": the response carries the subscription key");
            }
            return problems;
        }
    }

    HttpResponse<String> get(Object id) {
        return send(api("/batches/" + id).GET().build());
    }

    HttpResponse<String> cancel(Object id) {
        return send(api("/batches/" + id).DELETE().build());
    }

    /** GET of operation {@code id} at {@code version}'s route (its api-version included), with the key. */
    HttpResponse<String> get(ServiceVersion version, Object id) {
        return send(api(version, id).GET().build());
    }

    /** DELETE of operation {@code id} at {@code version}'s route (its api-version included), with the key. */
    HttpResponse<String> cancel(ServiceVersion version, Object id) {
        return send(api(version, id).DELETE().build());
    }

    /** A request for operation {@code id} at {@code version}'s route, with the right key. */
    HttpRequest.Builder api(ServiceVersion version, Object id) {
        return raw(version.operationPath(String.valueOf(id))).header(KEY_HEADER, mock.get().key());
    }

    HttpResponse<String> state(String json) {
        return send(
                HttpRequest.newBuilder(mock.get().statesUrl())
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    /** The id a provider state answered. */
    UUID stateId(String json) {
        HttpResponse<String> response = state(json);
        if (response.statusCode() != 200) {
            throw new AssertionError("provider state failed: " + response.statusCode() + " " + response.body());
        }
        return UUID.fromString(Bodies.read(response).get("id").asText());
    }

    /** A request under the API base path, with the right key. */
    HttpRequest.Builder api(String path) {
        return raw(MockServer.BASE_PATH + path).header(KEY_HEADER, mock.get().key());
    }

    /** A request to any path, without a key. */
    HttpRequest.Builder raw(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.get().port() + path)).timeout(TIMEOUT);
    }

    /** Sends, and fails the calling test on any problem the checks find. */
    HttpResponse<String> send(HttpRequest request) {
        Checked checked = exchange(request);
        if (!checked.problems().isEmpty()) {
            throw new AssertionError(String.join("\n", checked.problems()));
        }
        return checked.response();
    }

    /** Sends and checks, answering the problems rather than failing: for tests that count them. */
    Checked exchange(HttpRequest request) {
        long sentAt = System.nanoTime();
        HttpResponse<String> response = sendUnchecked(client, request);
        long receivedAt = System.nanoTime();
        List<String> problems = new ArrayList<>();
        ContractCheck.Verdict verdict =
                ContractCheck.check(
                        request.method(),
                        pathAndQuery(request.uri()),
                        response.statusCode(),
                        response.headers().map(),
                        response.body().getBytes(StandardCharsets.UTF_8));
        if (!verdict.conforms()) {
            problems.add(request.method() + " " + request.uri().getRawPath() + " answered " + response.statusCode()
                    + ": " + String.join("; ", verdict.problems()) + " body: " + response.body());
        }
        TranslationStatus status = verdict.status();
        problems.addAll(history.observe(status, sentAt, receivedAt));
        // Problems quote the answer: should it carry the key, the report must not.
        List<String> redacted = problems.stream().map(p -> p.replace(mock.get().key(), "<the key>")).toList();
        return new Checked(response, redacted, leaksTheKey(response));
    }

    OperationHistory history() {
        return history;
    }

    private boolean leaksTheKey(HttpResponse<String> response) {
        return response.body().contains(mock.get().key())
                || response.headers().map().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(mock.get().key()));
    }

    static HttpResponse<String> sendUnchecked(HttpRequest request) {
        return sendUnchecked(CLIENT, request);
    }

    private static HttpResponse<String> sendUnchecked(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
