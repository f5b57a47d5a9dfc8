package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;
import java.util.List;
import java.util.Optional;

/**
 * Root of every failure the SDK reports, keyed by HTTP status. Unchecked, like the Azure SDK's
 * {@code HttpResponseException}: a caller catches the subtype it can act on.
 *
 * <p>Subtypes: {@link BadRequestException} (400), {@link UnauthorizedException} (401),
 * {@link OperationNotFoundException} (404), {@link ThrottledException} (429 after retries),
 * {@link ServiceException} (5xx, and 408; after retries where retried), {@link TransportException}
 * (no usable HTTP answer),
 * {@link InvalidResponseException} (strict mode rejected the answer),
 * {@link PollingTimeoutException} (the caller's wait ran out) and
 * {@link OperationInterruptedException} (the caller's thread was interrupted; never retried). Any
 * other status is reported as this class itself.
 *
 * <p>Every service version's error envelope reads into the same accessors: {@link #error()} (the
 * {@code v1.x} shape), {@link #responseError()} with its {@link #details()} and
 * {@link #innerError()} chain, {@link #errorCode()} as sent, {@link #errorCodeHeader()} and
 * {@link #requestId()}.
 *
 * <p>Messages name the request and the decoded error, never the subscription key or a token.
 */
public class DocumentTranslationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient TranslationError error;
    private final String requestId;
    private final String errorCodeHeader;
    private final ResponseError responseError;

    DocumentTranslationException(String message, int statusCode, TranslationError error, Throwable cause) {
        this(message, statusCode, error, AnswerInfo.NONE, cause);
    }

    DocumentTranslationException(String message, int statusCode, TranslationError error, AnswerInfo answer,
            Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.error = error;
        this.requestId = answer.requestId();
        this.errorCodeHeader = answer.errorCodeHeader();
        this.responseError = answer.responseError();
    }

    /**
     * The HTTP status code of the answer this failure reports, or 0 when it reports none: no
     * answer arrived ({@link TransportException} of kind {@code TIMEOUT} or {@code CONNECTION}),
     * or the client stopped on the caller's behalf ({@link PollingTimeoutException},
     * {@link OperationInterruptedException}).
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The error the service sent, decoded with its whole {@code innerError} chain; empty when the
     * body was not the documented error shape (the message then quotes a short excerpt of it). A
     * {@code 2024-05-01} error (Azure Core's shape) is given here too: its code, message, target and
     * inner error codes; a code outside {@code TranslationErrorCode} reads as
     * {@code UNKNOWN_DEFAULT_OPEN_API}, and {@link #errorCode()} has it as sent.
     */
    public Optional<TranslationError> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The id the service gave the answer this failure reports ({@code apim-request-id}, else
     * {@code X-RequestId}), to quote in a support request; empty when no answer arrived or it
     * carried neither.
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * The error in the one shape every service version reads into: code as sent, message, target,
     * details and inner error chain. Empty when the body was not the version's documented error.
     */
    public Optional<ResponseError> responseError() {
        return Optional.ofNullable(responseError);
    }

    /**
     * The error code exactly as the service sent it, also one this SDK does not know: the body's,
     * else the {@code x-ms-error-code} header's. Empty when the answer said neither.
     */
    public Optional<String> errorCode() {
        return responseError != null ? Optional.of(responseError.code()) : errorCodeHeader();
    }

    /** The {@code x-ms-error-code} header of the answer ({@code 2024-05-01} sends it), if present. */
    public Optional<String> errorCodeHeader() {
        return Optional.ofNullable(errorCodeHeader);
    }

    /** The error's details ({@code 2024-05-01}); empty when there are none or no error was decoded. */
    public List<ResponseError> details() {
        return responseError == null ? List.of() : responseError.details();
    }

    /** The error's inner error chain, if the service sent one. */
    public Optional<ResponseInnerError> innerError() {
        return responseError == null ? Optional.empty() : responseError.innerError();
    }
}
