package dev.doctranslation.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code 2024-05-01} error envelope, Azure Core's
 * {@code {"error": {code, message, target, details[], innererror{code, innererror}}}}, into the
 * SDK's version-neutral {@link ResponseError}, and that into the {@code v1.x} {@link TranslationError}
 * that {@link DocumentTranslationException#error()} has always returned. Codes stay strings here, so
 * a code no spec lists still reads.
 */
final class AzureCoreErrors {
    private AzureCoreErrors() {}

    /** @param error the {@code error} object, known to have a code and a message */
    static ResponseError read(JsonNode error) {
        List<ResponseError> details = new ArrayList<>();
        for (JsonNode detail : error.path("details")) {
            // A detail without the two required members is no Azure Core error: it is left out
            // rather than failing the decoding of the error that carries it.
            if (detail.isObject() && detail.hasNonNull("code") && detail.hasNonNull("message")) {
                details.add(read(detail));
            }
        }
        return new ResponseError(error.get("code").asText(), error.get("message").asText(), text(error, "target"),
                details, inner(error.get("innererror")));
    }

    private static ResponseInnerError inner(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new ResponseInnerError(text(node, "code"), null, inner(node.get("innererror")));
    }

    /** The same error as a {@code TranslationError}: an unknown code is {@code UNKNOWN_DEFAULT_OPEN_API}. */
    static TranslationError asTranslationError(ResponseError error) {
        return new TranslationError()
                .code(TranslationErrorCode.fromValue(error.code()))
                .message(error.message())
                .target(error.target().orElse(null))
                .innerError(error.innerError().map(AzureCoreErrors::asInner).orElse(null));
    }

    private static InnerTranslationError asInner(ResponseInnerError inner) {
        return new InnerTranslationError()
                .code(inner.code().orElse(null))
                .message(inner.message().orElse(null))
                .innerError(inner.innerError().map(AzureCoreErrors::asInner).orElse(null));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
