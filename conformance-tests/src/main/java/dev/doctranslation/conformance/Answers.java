package dev.doctranslation.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.doctranslation.contract.ContractJson;
import dev.doctranslation.contract.models.TranslationStatus;
import java.io.IOException;

/** Reading what an answer says, tolerantly: a malformed body is the validator's finding, not a crash. */
final class Answers {
    private static final ObjectMapper JSON = ContractJson.newMapper();

    private Answers() {}

    /** The {@code error.code} of an error body, or a description of its absence. */
    static String errorCode(Exchange exchange) {
        JsonNode code = tree(exchange).path("error").path("code");
        return code.isTextual() ? code.textValue() : "(no error.code)";
    }

    /** Whether the body is an error with a code that is not blank. */
    static boolean hasErrorCode(Exchange exchange) {
        JsonNode code = tree(exchange).path("error").path("code");
        return code.isTextual() && !code.textValue().isBlank();
    }

    /** The body as a status, or null when it is not one. */
    static TranslationStatus status(Exchange exchange) {
        try {
            return JSON.treeToValue(tree(exchange), TranslationStatus.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A top-level field of the body as sent, absent when the body has no such field or it is null. */
    static java.util.Optional<JsonNode> field(Exchange exchange, String name) {
        JsonNode value = tree(exchange).path(name);
        return value.isMissingNode() || value.isNull() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    /** The raw {@code id} text of a status body (letter case as sent), or null. */
    static String rawId(Exchange exchange) {
        JsonNode id = tree(exchange).path("id");
        return id.isTextual() ? id.textValue() : null;
    }

    private static JsonNode tree(Exchange exchange) {
        try {
            JsonNode tree = JSON.readTree(exchange.body());
            return tree == null ? JSON.missingNode() : tree;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
