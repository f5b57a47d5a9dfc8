package dev.doctranslation.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The {@code params} of a provider-state request. Pact sends values as JSON numbers or as strings
 * (a consumer test's {@code given("...", Map.of("total", "10"))}), so both are read.
 */
final class StateParams {

    private final JsonNode params;

    StateParams(JsonNode params) {
        this.params = params;
    }

    Optional<String> text(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new InvalidArrangementException(name, name + " must be a string");
        }
        return Optional.of(value.asText());
    }

    Optional<Integer> integer(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return Optional.of(value.intValue());
        }
        if (value.isTextual()) {
            try {
                return Optional.of(Integer.parseInt(value.asText().trim()));
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new InvalidArrangementException(name, name + " must be an integer: " + value);
    }

    int integer(String name, int defaultValue) {
        return integer(name).orElse(defaultValue);
    }
}
