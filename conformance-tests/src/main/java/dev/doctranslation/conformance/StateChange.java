package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The provider-state protocol (names and params in the contract module's ProviderStates): {@code POST {stateChangeUrl}} with
 * {@code {"state", "params", "action"}} answers 200 and a JSON object of values, or 501 when the
 * provider does not support the state.
 */
final class StateChange {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<URI> url;
    private final HttpClient http;

    StateChange(Optional<URI> url, HttpClient http) {
        this.url = url;
        this.http = http;
    }

    /**
     * Arranges a state and returns the provider's values.
     *
     * @throws StateUnavailableException when the target has no state URL, answers 501, or fails
     */
    Map<String, Object> setup(String state, Map<String, Object> params) {
        return post(state, params, "setup");
    }

    /** Undoes a state; a provider that cannot is not an error here. */
    void teardown(String state, Map<String, Object> params) {
        try {
            post(state, params, "teardown");
        } catch (StateUnavailableException e) {
            // Best effort: a failed teardown must not turn a finished check's verdict.
        }
    }

    boolean available() {
        return url.isPresent();
    }

    private Map<String, Object> post(String state, Map<String, Object> params, String action) {
        URI target = url.orElseThrow(() -> new StateUnavailableException(
                "needs provider state '" + state + "', and the target has no state-change URL (--state-change-url)"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("params", params);
        body.put("action", action);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(target)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StateUnavailableException("provider state '" + state + "' (" + action + ") failed: "
                    + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateUnavailableException("interrupted while arranging provider state '" + state + "'");
        }
        if (response.statusCode() == 501) {
            throw new StateUnavailableException("the provider does not support state '" + state + "' (501)");
        }
        if (response.statusCode() != 200) {
            throw new StateUnavailableException("provider state '" + state + "' (" + action + ") answered "
                    + response.statusCode() + "; expected 200");
        }
        try {
            JsonNode values = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (!values.isObject()) {
                throw new StateUnavailableException("provider state '" + state + "' answered " + values.getNodeType()
                        + "; expected a JSON object of values");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.convertValue(values, Map.class);
            return map;
        } catch (IOException e) {
            throw new StateUnavailableException("provider state '" + state + "' answered a body that is not JSON");
        }
    }
}
