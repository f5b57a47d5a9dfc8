package dev.doctranslation.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

/**
 * The schema engine's findings as violations: the rule (an undeclared property is the SHOULD
 * {@code body.unknown-property}, anything else {@code body.schema}), a JSON path such as
 * {@code $.summary.total}, and a message that names the value found as well as what the schema
 * expects (the engine's own text names only the latter).
 */
final class SchemaFindings {
    private static final int MAX_VALUE_CHARS = 120;

    private SchemaFindings() {}

    static Violation bodyViolation(ValidationMessage m) {
        String path = jsonPath(m.getInstanceLocation());
        if ("additionalProperties".equals(m.getType())) {
            return Rule.BODY_UNKNOWN_PROPERTY.at(path, m.getError());
        }
        // A missing property is named by the engine's text; there is no value to quote.
        String message = "required".equals(m.getType()) ? m.getError()
                : name(m.getInstanceLocation()) + " is " + quote(m.getInstanceNode()) + ": " + m.getError();
        return Rule.BODY_SCHEMA.at(path, message);
    }

    /** {@code $}, {@code $.summary.total}, {@code $.items[0]}: the paths the validator's other rules use. */
    static String jsonPath(JsonNodePath location) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(element);
            }
        }
        return path.toString();
    }

    private static String name(JsonNodePath location) {
        int count = location.getNameCount();
        return count == 0 ? "the body" : count == 1 || !(location.getElement(count - 1) instanceof Integer)
                ? String.valueOf(location.getElement(count - 1))
                : location.getElement(count - 2) + "[" + location.getElement(count - 1) + "]";
    }

    /** The value as JSON ({@code "Paused"}, {@code -1}), cut short when long. */
    static String quote(JsonNode value) {
        String json = value == null ? "absent" : value.toString();
        return json.length() > MAX_VALUE_CHARS ? json.substring(0, MAX_VALUE_CHARS) + "... (" + json.length() + " chars)" : json;
    }
}
