package dev.doctranslation.mock;

import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import dev.doctranslation.contract.models.TranslationErrorResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Gives the contract's error body to an error Jersey answers without one. Jersey answers a request
 * header it cannot read (two Content-Type fields, a Content-Type or Accept it cannot parse) with a
 * bare 400 of its own: it maps that failure internally, never through the exception mappers.
 * Every other error already carries its body, and is left as it is.
 */
@Priority(Priorities.USER)
final class ErrorBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType type = response.getStatusInfo();
        response.setEntity(
                new TranslationErrorResponse()
                        .error(new TranslationError()
                                .code(codeFor(status))
                                .message(status == 400
                                        ? "A header field of the request is repeated or cannot be read."
                                        : type.getReasonPhrase() + ".")
                                .target(status == 400 ? "headers" : null)),
                null,
                MediaType.APPLICATION_JSON_TYPE);
    }

    private static TranslationErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> TranslationErrorCode.UNAUTHORIZED;
            case 404 -> TranslationErrorCode.RESOURCE_NOT_FOUND;
            case 429 -> TranslationErrorCode.REQUEST_RATE_TOO_HIGH;
            case 503 -> TranslationErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? TranslationErrorCode.INTERNAL_SERVER_ERROR : TranslationErrorCode.INVALID_REQUEST;
        };
    }
}
