package dev.doctranslation.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
  * Real HTTP over loopback to a running mock. Every response goes through {@link ContractCheck}
  * before a test sees it, so no test can forget to check one.
  */
final class MockHttp {

    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    /** HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every first request. */
    static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MockServer mock;

    MockHttp(MockServer mock) {
        this.mock = mock;
    }

    HttpResponse<String> get(Object id) {
        return send(api("/batches/" + id).GET().build());
    }

    HttpResponse<String> cancel(Object id) {
        return send(api("/batches/" + id).DELETE().build());
    }

    HttpResponse<String> state(String json) {
        return send(
                HttpRequest.newBuilder(mock.statesUrl())
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
        return raw(MockServer.BASE_PATH + path).header(KEY_HEADER, mock.key());
    }

    /** A request to any path, without a key. */
    HttpRequest.Builder raw(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mock.port() + path))
                .timeout(TIMEOUT);
    }

    HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = sendUnchecked(request);
        ContractCheck.assertConforms(request.method(), request.uri(), response);
        return response;
    }

    static HttpResponse<String> sendUnchecked(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
