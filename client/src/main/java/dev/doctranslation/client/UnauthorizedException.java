package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;

/** 401 Unauthorized: the subscription key or bearer token is missing, wrong or expired for this resource. */
public class UnauthorizedException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    UnauthorizedException(String message, int statusCode, TranslationError error, AnswerInfo answer) {
        super(message, statusCode, error, answer, null);
    }
}
