package dev.doctranslation.mock;

import dev.doctranslation.contract.ContractHeaders;
import dev.doctranslation.contract.ServiceVersion.ErrorEnvelope;
import dev.doctranslation.contract.models.TranslationErrorCode;
import jakarta.ws.rs.core.Response;

/**
 * The API's own errors, as Jersey answers, each in the envelope of the route that was asked; each
 * body is written by {@link ContractError}. The overloads without an envelope answer in the v1.x
 * one, for {@code /_states} and the routes of the v1.x versions.
 */
final class ErrorResponses {

    static final String RETRY_AFTER = ContractHeaders.RETRY_AFTER;

    private ErrorResponses() {}

    static Response error(int status, TranslationErrorCode code, String message, String target) {
        return error(ErrorEnvelope.TRANSLATION_ERROR, status, code, message, target);
    }

    static Response error(ErrorEnvelope envelope, int status, TranslationErrorCode code, String message, String target) {
        return new ContractError(status, code, message).withTarget(target).response(envelope);
    }

    /**
     * The same 401 whether the credential is missing or wrong, so the answer tells a prober nothing
     * about what was read. Where the version also takes a bearer token, the message says so.
     */
    static Response unauthorized(ErrorEnvelope envelope, boolean bearerAccepted) {
        return error(
                envelope,
                401,
                TranslationErrorCode.UNAUTHORIZED,
                bearerAccepted
                        ? "Access denied due to a missing or invalid subscription key or access token."
                        : "Access denied due to a missing or invalid subscription key.",
                SubscriptionKeyFilter.HEADER);
    }

    static Response notFound(ErrorEnvelope envelope, Object id) {
        return error(
                envelope,
                404,
                TranslationErrorCode.RESOURCE_NOT_FOUND,
                "The operation with id " + id + " was not found.",
                "Operation");
    }

    static Response cannotCancel(ErrorEnvelope envelope, Object status) {
        return new ContractError(
                        400,
                        TranslationErrorCode.INVALID_REQUEST,
                        "Operation cannot be canceled because it has already completed, failed or is"
                                + " being canceled.")
                .withTarget("Operation")
                .withInnerError(
                        "InvalidOperationState", "The operation is in state " + status + " and cannot be canceled.")
                .response(envelope);
    }

    static Response invalidArgument(String parameter, String message) {
        return invalidArgument(ErrorEnvelope.TRANSLATION_ERROR, parameter, message);
    }

    static Response invalidArgument(ErrorEnvelope envelope, String parameter, String message) {
        return error(envelope, 400, TranslationErrorCode.INVALID_ARGUMENT, message, parameter);
    }

    static Response fault(ErrorEnvelope envelope, Fault fault) {
        Response response =
                fault.status() == Fault.TOO_MANY_REQUESTS
                        ? error(
                                envelope,
                                Fault.TOO_MANY_REQUESTS,
                                TranslationErrorCode.REQUEST_RATE_TOO_HIGH,
                                "The request rate is too high; retry after the time in Retry-After.",
                                "Operation")
                        : error(
                                envelope,
                                Fault.SERVICE_UNAVAILABLE,
                                TranslationErrorCode.SERVICE_UNAVAILABLE,
                                "The service is temporarily unavailable; retry later.",
                                "Operation");
        return Response.fromResponse(response)
                .header(RETRY_AFTER, Integer.toString(fault.retryAfterSeconds()))
                .build();
    }
}
