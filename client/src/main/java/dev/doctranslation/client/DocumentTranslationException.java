package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;
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
 * <p>Messages name the request and the decoded error, never the subscription key.
 */
public class DocumentTranslationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient TranslationError error;

    DocumentTranslationException(String message, int statusCode, TranslationError error, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.error = error;
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
     * body was not the documented error shape (the message then quotes a short excerpt of it).
     */
    public Optional<TranslationError> error() {
        return Optional.ofNullable(error);
    }
}
