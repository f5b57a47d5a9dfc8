package dev.doctranslation.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.doctranslation.contract.models.AzureCoreError;
import dev.doctranslation.contract.models.AzureCoreInnerError;
import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import java.util.List;
import java.util.Objects;

/**
 * Reads the {@code 2024-05-01} error envelope, Azure Core's
 * {@code {"error": {code, message, target, details[], innererror{code, innererror}}}}, with the
 * contract's {@link AzureCoreError} model, into the SDK's version-neutral {@link ResponseError},
 * and that into the {@code v1.x} {@link TranslationError} that
 * {@link DocumentTranslationException#error()} has always returned. Codes are free text in this
 * envelope, so a code no spec lists reads as it is.
 */
final class AzureCoreErrors {
    private AzureCoreErrors() {}

    /** @param error the {@code error} object, known to have a code and a message */
    static ResponseError read(JsonNode error) throws JsonProcessingException {
        return neutral(SdkJson.MAPPER.treeToValue(error, AzureCoreError.class));
    }

    private static ResponseError neutral(AzureCoreError error) {
        List<AzureCoreError> details = error.getDetails() == null ? List.of() : error.getDetails();
        return new ResponseError(error.getCode(), error.getMessage(), error.getTarget(),
                // A detail without the two required members is no Azure Core error: it is left
                // out rather than failing the decoding of the error that carries it.
                details.stream().filter(Objects::nonNull)
                        .filter(detail -> detail.getCode() != null && detail.getMessage() != null)
                        .map(AzureCoreErrors::neutral).toList(),
                inner(error.getInnererror()));
    }

    private static ResponseInnerError inner(AzureCoreInnerError inner) {
        return inner == null ? null : new ResponseInnerError(inner.getCode(), null, inner(inner.getInnererror()));
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
}
