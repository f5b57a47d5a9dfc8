package dev.doctranslation.validator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Parsing as the validator needs it: the SDK's reading rules, and nothing after the document. */
final class Json {
    static final ObjectMapper MAPPER = ContractJson.newMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    /** The body as a tree, or null when it is empty or not JSON. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The tree as a model, or null when a value cannot take the model's type (the schema check says why). */
    static <T> T model(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", " ");
        return text.length() > 120 ? text.substring(0, 120) + "... (" + body.length + " bytes)" : text;
    }
}
