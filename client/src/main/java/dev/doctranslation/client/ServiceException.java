package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;

/**
 * The server side failed: a 5xx, or 408 Request Timeout (a server or gateway that gave up waiting).
 * 408, 500, 502, 503 and 504 are reported only once the configured retries are spent; any other
 * 5xx (501 Not Implemented, say) at once, since a retry would meet it again. When the body is not
 * the documented error, as with a gateway's HTML page, {@link #error()} is empty and the message
 * quotes the start of the body, without the subscription key.
 */
public class ServiceException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    ServiceException(String message, int statusCode, TranslationError error, AnswerInfo answer) {
        super(message, statusCode, error, answer, null);
    }
}
