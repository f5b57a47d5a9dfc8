package dev.doctranslation.client;

import dev.doctranslation.contract.models.TranslationError;

/** 400 Bad Request: the operation cannot be cancelled in its current state (`InvalidRequest`) or the id was rejected (`InvalidArgument`). */
public class BadRequestException extends DocumentTranslationException {
    private static final long serialVersionUID = 1L;

    BadRequestException(String message, int statusCode, TranslationError error, AnswerInfo answer) {
        super(message, statusCode, error, answer, null);
    }
}
