package dev.doctranslation.mock;

import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import dev.doctranslation.contract.models.TranslationErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * One error answer: its status and the contract's body {@code {"error": {"code", "message",
 * "target"?, "innerError"?}}}. Every error body the mock sends is written by {@link #body()},
 * whichever layer answers: Jersey's resources, filters and exception mappers ({@link
 * #response()}), the handler in front of Jersey ({@link #writeTo}), Grizzly's error page and its
 * HTTP codec ({@link #body()}). So every error has the same shape, and a change of the shape is
 * made once.
 */
record ContractError(
        int status, TranslationErrorCode code, String message, String target, InnerTranslationError innerError) {

    ContractError(int status, TranslationErrorCode code, String message) {
        this(status, code, message, null, null);
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
        return new ContractError(status, code, message, newTarget, innerError);
    }

    /** The same error, with the page's more specific inner error. */
    ContractError withInnerError(String innerCode, String innerMessage) {
        InnerTranslationError inner = new InnerTranslationError()
                .code(innerCode)
                .message(innerMessage)
                // The generated model starts with an empty map; absent reads better than {}.
                .details(null);
        return new ContractError(status, code, message, target, inner);
    }

    /** The body, as JSON bytes. */
    byte[] body() {
        return Json.bytes(new TranslationErrorResponse()
                .error(new TranslationError().code(code).message(message).target(target).innerError(innerError)));
    }

    /** As Jersey's answer: from a resource, a filter's {@code abortWith} or an exception mapper. */
    Response response() {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body()).build();
    }

    /** Written on Grizzly's response, for an answer given before Jersey; replaces anything buffered. */
    void writeTo(org.glassfish.grizzly.http.server.Response response) throws IOException {
        byte[] body = body();
        response.reset();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
