package dev.doctranslation.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Reads response bodies in tests. */
final class Bodies {

    private Bodies() {}

    static JsonNode read(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String status(HttpResponse<String> response) {
        return read(response).path("status").asText();
    }

    static String errorCode(HttpResponse<String> response) {
        return read(response).path("error").path("code").asText();
    }

    static String errorTarget(HttpResponse<String> response) {
        return read(response).path("error").path("target").asText();
    }

    static JsonNode summary(HttpResponse<String> response) {
        return read(response).path("summary");
    }
}
