package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;

/** 401 Unauthorized: the subscription key is missing or wrong for this resource. */
public class UnauthorizedException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    UnauthorizedException(String message, int statusCode, TranslationError error) {
        super(message, statusCode, error, null);
    }
}
