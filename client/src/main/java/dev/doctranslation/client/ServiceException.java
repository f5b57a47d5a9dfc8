package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;

/** A server error (5xx) that persisted after the configured retries. */
public class ServiceException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    ServiceException(String message, int statusCode, TranslationError error) {
        super(message, statusCode, error, null);
    }
}
