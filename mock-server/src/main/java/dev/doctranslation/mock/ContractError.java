package dev.doctranslation.mock;

import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.AzureCoreError;
import dev.doctranslation.contract.models.AzureCoreErrorResponse;
import dev.doctranslation.contract.models.AzureCoreInnerError;
import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import dev.doctranslation.contract.models.TranslationErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * One error answer: its status and its body, in the envelope of the version whose route was asked.
 * Every error body the mock sends is written by {@link #body(ErrorEnvelope)}, whichever layer
 * answers: Jersey's resources, filters and exception mappers ({@link #response(ErrorEnvelope)}),
 * the handler in front of Jersey ({@link #writeTo}), Grizzly's error page and its HTTP codec
 * ({@link #body()}). So every error of one version has the same shape, and a change of a shape is
 * made once.
 *
 * <ul>
 *   <li>{@link ErrorEnvelope#TRANSLATION_ERROR} (the v1.x routes, and anything that is no version's
 *       route): {@code {"error": {"code", "message", "target"?, "innerError"?}}}, the code one of
 *       the contract's seven.
 *   <li>{@link ErrorEnvelope#AZURE_CORE} (2024-05-01): {@code {"error": {"code", "message",
 *       "target"?, "innererror"?: {"code"}}}} and the code again in the {@code x-ms-error-code}
 *       header. Its codes are not limited to the seven: {@link #azureCode} names one where the
 *       Azure guidelines have a better one (an api-version error, say); otherwise it is the same
 *       code.
 * </ul>
 */
record ContractError(
        int status,
        TranslationErrorCode code,
        String message,
        String target,
        InnerTranslationError innerError,
        String azureCode) {

    /** The Azure Core response header that repeats the error's code. */
    static final String ERROR_CODE_HEADER = "x-ms-error-code";

    ContractError(int status, TranslationErrorCode code, String message) {
        this(status, code, message, null, null, null);
    }

    ContractError(int status, TranslationErrorCode code, String message, String target, InnerTranslationError innerError) {
        this(status, code, message, target, innerError, null);
    }

    /**
     * An error for a bare status that Jersey or Grizzly chose: the contract's code nearest to it
     * ({@code InvalidRequest} for any other client mistake).
     */
    static ContractError forStatus(int status, String message) {
        TranslationErrorCode code = switch (status) {
            case 401 -> TranslationErrorCode.UNAUTHORIZED;
            case 404 -> TranslationErrorCode.RESOURCE_NOT_FOUND;
            case 429 -> TranslationErrorCode.REQUEST_RATE_TOO_HIGH;
            case 503 -> TranslationErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? TranslationErrorCode.INTERNAL_SERVER_ERROR : TranslationErrorCode.INVALID_REQUEST;
        };
        return new ContractError(status, code, message);
    }

    /** The same error, naming what in the request is wrong ({@code "id"}, {@code "headers"}). */
    ContractError withTarget(String newTarget) {
        return new ContractError(status, code, message, newTarget, innerError, azureCode);
    }

    /** The same error, with the page's more specific inner error. */
    ContractError withInnerError(String innerCode, String innerMessage) {
        InnerTranslationError inner = new InnerTranslationError()
                .code(innerCode)
                .message(innerMessage)
                // The generated model starts with an empty map; absent reads better than {}.
                .details(null);
        return new ContractError(status, code, message, target, inner, azureCode);
    }

    /** The same error, with another code in the Azure Core envelope (the v1.x envelope keeps {@link #code}). */
    ContractError withAzureCode(String newAzureCode) {
        return new ContractError(status, code, message, target, innerError, newAzureCode);
    }

    /** The code as the Azure Core envelope and its {@code x-ms-error-code} header carry it. */
    String azureCoreCode() {
        return azureCode != null ? azureCode : code.getValue();
    }

    /** The body in the v1.x envelope, as JSON bytes: for answers that belong to no route. */
    byte[] body() {
        return body(ErrorEnvelope.TRANSLATION_ERROR);
    }

    /** The body in {@code envelope}, as JSON bytes. */
    byte[] body(ErrorEnvelope envelope) {
        if (envelope == ErrorEnvelope.AZURE_CORE) {
            return Json.bytes(azureCoreBody());
        }
        return Json.bytes(new TranslationErrorResponse()
                .error(new TranslationError().code(code).message(message).target(target).innerError(innerError)));
    }

    /**
     * Azure Core's {@code ErrorResponse}: its inner error has a code and no message, so the page's
     * inner message stays in the v1.x envelope only.
     */
    private AzureCoreErrorResponse azureCoreBody() {
        AzureCoreError error = new AzureCoreError()
                .code(azureCoreCode())
                .message(message)
                .target(target)
                // The generated model starts with an empty list; absent reads better than [].
                .details(null);
        if (innerError != null && innerError.getCode() != null) {
            error.innererror(new AzureCoreInnerError().code(innerError.getCode()));
        }
        return new AzureCoreErrorResponse().error(error);
    }

    /** As Jersey's answer in the v1.x envelope. */
    Response response() {
        return response(ErrorEnvelope.TRANSLATION_ERROR);
    }

    /** As Jersey's answer: from a resource, a filter's {@code abortWith} or an exception mapper. */
    Response response(ErrorEnvelope envelope) {
        Response.ResponseBuilder answer =
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(envelope));
        if (envelope == ErrorEnvelope.AZURE_CORE) {
            answer.header(ERROR_CODE_HEADER, azureCoreCode());
        }
        return answer.build();
    }

    /** Written on Grizzly's response, for an answer given before Jersey; replaces anything buffered. */
    void writeTo(org.glassfish.grizzly.http.server.Response response, ErrorEnvelope envelope) throws IOException {
        byte[] body = body(envelope);
        response.reset();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON);
        if (envelope == ErrorEnvelope.AZURE_CORE) {
            response.setHeader(ERROR_CODE_HEADER, azureCoreCode());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
