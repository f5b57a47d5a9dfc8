package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;

/** 404 Not Found: the service knows no operation with this id. */
public class OperationNotFoundException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    OperationNotFoundException(String message, int statusCode, TranslationError error, AnswerInfo answer) {
        super(message, statusCode, error, answer, null);
    }
}
