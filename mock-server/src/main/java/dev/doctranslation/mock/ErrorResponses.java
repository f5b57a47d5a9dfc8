package dev.doctranslation.mock;

import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.ws.rs.core.Response;

/** The API's own errors, as Jersey answers; each body is written by {@link ContractError}. */
final class ErrorResponses {

    static final String RETRY_AFTER = ContractHeaders.RETRY_AFTER;

    private ErrorResponses() {}

    static Response error(int status, TranslationErrorCode code, String message, String target) {
        return new ContractError(status, code, message).withTarget(target).response();
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
        return new ContractError(
                        400,
                        TranslationErrorCode.INVALID_REQUEST,
                        "Operation cannot be canceled because it has already completed, failed or is"
                                + " being canceled.")
                .withTarget("Operation")
                .withInnerError(
                        "InvalidOperationState", "The operation is in state " + status + " and cannot be canceled.")
                .response();
    }

    static Response invalidArgument(String parameter, String message) {
        return error(400, TranslationErrorCode.INVALID_ARGUMENT, message, parameter);
    }

    static Response fault(Fault fault) {
        Response response =
                fault.status() == Fault.TOO_MANY_REQUESTS
                        ? error(
                                Fault.TOO_MANY_REQUESTS,
                                TranslationErrorCode.REQUEST_RATE_TOO_HIGH,
                                "The request rate is too high; retry after the time in Retry-After.",
                                "Operation")
                        : error(
                                Fault.SERVICE_UNAVAILABLE,
                                TranslationErrorCode.SERVICE_UNAVAILABLE,
                                "The service is temporarily unavailable; retry later.",
                                "Operation");
        return Response.fromResponse(response)
                .header(RETRY_AFTER, Integer.toString(fault.retryAfterSeconds()))
                .build();
    }
}
