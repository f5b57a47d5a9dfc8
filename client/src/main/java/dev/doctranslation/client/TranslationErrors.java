package dev.doctranslation.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import java.util.List;

/**
 * The {@code v1.x} error envelope, {@code {"error": {code, message, target, innerError}}}, in the
 * SDK's version-neutral {@link ResponseError}: it has no details, and its inner errors carry a
 * message as well as a code.
 */
final class TranslationErrors {
    private TranslationErrors() {}

    /**
     * @param tree the {@code error} object as sent, for the code exactly as sent (the decoded enum
     *     folds codes it does not know into one value)
     */
    static ResponseError neutral(JsonNode tree, TranslationError decoded) {
        return new ResponseError(tree.get("code").asText(), tree.get("message").asText(), decoded.getTarget(),
                List.of(), inner(decoded.getInnerError()));
    }

    private static ResponseInnerError inner(InnerTranslationError inner) {
        return inner == null ? null : new ResponseInnerError(inner.getCode(), inner.getMessage(), inner(inner.getInnerError()));
    }
}
