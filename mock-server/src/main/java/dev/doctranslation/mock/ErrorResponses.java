package dev.doctranslation.mock;

import dev.doctranslation.contract.ContractHeaders;

import dev.doctranslation.contract.models.InnerTranslationError;
import dev.doctranslation.contract.models.TranslationError;
import dev.doctranslation.contract.models.TranslationErrorCode;
import dev.doctranslation.contract.models.TranslationErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error the provider answers, in the contract's shape: {@code {"error": {...}}}. */
final class ErrorResponses {

    static final String RETRY_AFTER = ContractHeaders.RETRY_AFTER;

    private ErrorResponses() {}

    static Response error(int status, TranslationErrorCode code, String message, String target) {
        return error(status, new TranslationError().code(code).message(message).target(target));
    }

    static Response error(int status, TranslationError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.bytes(new TranslationErrorResponse().error(error)))
                .build();
    }

    static Response unauthorized() {
        return error(
                401,
                TranslationErrorCode.UNAUTHORIZED,
                "Access denied due to a missing or invalid subscription key.",
                SubscriptionKeyFilter.HEADER);
    }

    static Response notFound(Object id) {
        return error(
                404,
                TranslationErrorCode.RESOURCE_NOT_FOUND,
                "The operation with id " + id + " was not found.",
                "Operation");
    }

    static Response cannotCancel(Object status) {
        return error(
                400,
                new TranslationError()
                        .code(TranslationErrorCode.INVALID_REQUEST)
                        .message(
                                "Operation cannot be canceled because it has already completed, failed or is"
                                        + " being canceled.")
                        .target("Operation")
                        .innerError(
                                new InnerTranslationError()
                                        .code("InvalidOperationState")
                                        .message("The operation is in state " + status + " and cannot be canceled.")
                                        // The generated model starts with an empty map; absent reads better than {}.
                                        .details(null)));
    }

    static Response invalidArgument(String parameter, String message) {
        return error(400, TranslationErrorCode.INVALID_ARGUMENT, message, parameter);
    }

    static Response fault(Fault fault) {
        Response.ResponseBuilder builder =
                fault.status() == Fault.TOO_MANY_REQUESTS
                        ? Response.fromResponse(
                                error(
                                        Fault.TOO_MANY_REQUESTS,
                                        TranslationErrorCode.REQUEST_RATE_TOO_HIGH,
                                        "The request rate is too high; retry after the time in Retry-After.",
                                        "Operation"))
                        : Response.fromResponse(
                                error(
                                        Fault.SERVICE_UNAVAILABLE,
                                        TranslationErrorCode.SERVICE_UNAVAILABLE,
                                        "The service is temporarily unavailable; retry later.",
                                        "Operation"));
        return builder.header(RETRY_AFTER, Integer.toString(fault.retryAfterSeconds())).build();
    }
}
